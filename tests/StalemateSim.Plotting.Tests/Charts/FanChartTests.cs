using StalemateSim.Plotting.Tests.Support;

namespace StalemateSim.Plotting.Tests.Charts;

[TestFixture]
public sealed class FanChartTests
{
    [Test]
    public void Root_has_the_default_size_and_a_matching_view_box()
    {
        var svg = new SvgInspector(FanChart.Render(SampleData.FanSpec()));

        Assert.That(svg.Root.Name, Is.EqualTo(SvgInspector.Svg + "svg"));
        Assert.That((svg.Width, svg.Height), Is.EqualTo((1200.0, 700.0)));
        Assert.That(svg.ViewBox, Is.EqualTo("0 0 1200 700"));
        Assert.That((string?)svg.Root.Attribute("font-family"), Is.EqualTo("DejaVu Sans, Arial, sans-serif"));
    }

    [Test]
    public void Size_can_be_set()
    {
        var svg = new SvgInspector(FanChart.Render(SampleData.FanSpec() with { Size = new ChartSize(800, 500) }));

        Assert.That((svg.Width, svg.Height), Is.EqualTo((800.0, 500.0)));
        svg.AssertReadable();
    }

    [Test]
    public void Title_subtitle_and_axis_labels_come_from_the_spec()
    {
        var spec = SampleData.FanSpec();
        var svg = new SvgInspector(FanChart.Render(spec));

        Assert.Multiple(() =>
        {
            Assert.That(svg.SingleText("title"), Is.EqualTo(spec.Title));
            Assert.That(svg.SingleText("subtitle"), Is.EqualTo(spec.Subtitle));
            Assert.That(svg.SingleText("y-label"), Is.EqualTo("Fatalities per month (persons)"));
            Assert.That(svg.SingleText("x-label"), Is.EqualTo("Date (monthly)"));
        });
    }

    [Test]
    public void Each_series_has_a_90_band_a_50_band_and_a_median_in_its_own_colour()
    {
        var svg = new SvgInspector(FanChart.Render(SampleData.FanSpec(seriesCount: 3)));

        var outer = svg.WithClass("band90", "path");
        var inner = svg.WithClass("band50", "path");
        var medians = svg.WithClass("median", "path");
        Assert.That(outer, Has.Count.EqualTo(3));
        Assert.That(inner, Has.Count.EqualTo(3));
        Assert.That(medians, Has.Count.EqualTo(3));
        Assert.That(medians.Select(m => (string?)m.Attribute("stroke")), Is.EqualTo(Palette.Colours.Take(3)));
        Assert.That(outer.Select(b => (string?)b.Attribute("fill")), Is.EqualTo(Palette.Colours.Take(3)));
        var outerOpacity = double.Parse((string)outer[0].Attribute("fill-opacity")!, System.Globalization.CultureInfo.InvariantCulture);
        var innerOpacity = double.Parse((string)inner[0].Attribute("fill-opacity")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(innerOpacity, Is.GreaterThan(outerOpacity), "50% band darker than 90% band");
    }

    [Test]
    public void Median_lies_inside_its_bands_and_the_bands_inside_the_plot()
    {
        var svg = new SvgInspector(FanChart.Render(SampleData.FanSpec(seriesCount: 1)));
        var median = SvgInspector.PathPoints(svg.WithClass("median", "path")[0]);
        var inner = SvgInspector.PathPoints(svg.WithClass("band50", "path")[0]);
        var axisY = svg.Texts("y-tick").Select(t => t.Y).ToArray();

        Assert.That(median, Has.Count.EqualTo(144));
        Assert.That(inner, Has.Count.EqualTo(288), "upper edge forwards, lower edge back");
        for (var i = 0; i < median.Count; i++)
        {
            Assert.That(median[i].Y, Is.InRange(inner[i].Y, inner[inner.Count - 1 - i].Y), $"point {i}");
        }

        Assert.That(inner.Select(p => p.Y), Is.All.InRange(axisY.Min() - 10, axisY.Max()));
    }

    [Test]
    public void Time_axis_labels_years_in_order_without_overlap()
    {
        var svg = new SvgInspector(FanChart.Render(SampleData.FanSpec()));
        var labels = svg.TextsOf("x-tick");

        Assert.That(labels, Does.Contain("2012").And.Contain("2016").And.Contain("2020"));
        Assert.That(labels, Is.Ordered.And.Unique);
        Assert.That(labels, Is.All.Match(@"^\d{4}$"));
        SvgInspector.AssertNoOverlap(svg.Texts("tick-label"));
    }

    [Test]
    public void Long_time_spans_thin_out_year_labels()
    {
        var spec = new FanChartSpec("Century", "Value (units)", [SampleData.Fan("Long", months: 1200, level: 50, trend: 0.01, startYear: 1900)])
        {
            Size = new ChartSize(640, 400),
        };
        var svg = new SvgInspector(FanChart.Render(spec));
        var years = svg.TextsOf("x-tick").Select(int.Parse).ToArray();

        Assert.That(years, Has.Length.InRange(3, 12));
        Assert.That(years.Zip(years.Skip(1), (a, b) => b - a).Distinct(), Has.Exactly(1).Items, "evenly spaced");
        SvgInspector.AssertNoOverlap(svg.Texts("tick-label"));
        svg.AssertReadable();
    }

    [Test]
    public void Short_time_spans_label_months()
    {
        var spec = new FanChartSpec("Half a year", "Value (units)", [SampleData.Fan("Short", months: 6, level: 50, trend: 1, startYear: 2013)]);
        var labels = new SvgInspector(FanChart.Render(spec)).TextsOf("x-tick");

        Assert.That(labels, Does.Contain("Jan 2013").And.Contain("Jun 2013"));
    }

    [Test]
    public void Y_tick_labels_use_nice_steps_and_thousands_separators()
    {
        var big = SampleData.Fan("Big", 24, level: 50_000, trend: 500);
        var svg = new SvgInspector(FanChart.Render(new FanChartSpec("Large numbers", "Displaced persons (people)", [big])));
        var labels = svg.TextsOf("y-tick");
        var values = labels.Select(l => double.Parse(l, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.That(labels, Is.All.Match(@"^\d{1,3}(,\d{3})*$"));
        var steps = values.Zip(values.Skip(1), (a, b) => b - a).Distinct().ToArray();
        Assert.That(steps, Has.Length.EqualTo(1));
        var mantissa = steps[0] / Math.Pow(10, Math.Floor(Math.Log10(steps[0])));
        Assert.That(new[] { 1.0, 2.0, 5.0 }, Does.Contain(Math.Round(mantissa, 6)));
    }

    [Test]
    public void Legend_lists_each_series_and_the_interval_key_outside_the_plot()
    {
        var svg = new SvgInspector(FanChart.Render(SampleData.FanSpec(seriesCount: 2)));

        Assert.That(svg.LegendLabels(), Is.EqualTo(new[]
        {
            "Baseline", "Scenario 1", "Median", "50% interval (P25–P75)", "90% interval (P05–P95)",
        }));
        var plotRight = svg.WithClass("axis-line", "line").Max(l => SvgInspector.Number(l, "x2"));
        Assert.That(svg.Texts("legend-label").Select(t => t.Bounds.Left), Is.All.GreaterThan(plotRight));
    }

    [Test]
    public void Many_long_series_names_move_the_legend_below_the_chart()
    {
        var svg = new SvgInspector(FanChart.Render(SampleData.CrowdedFanSpec()));
        var xLabel = svg.Texts("x-label").Single();

        Assert.That(svg.LegendLabels(), Has.Count.EqualTo(11));
        Assert.That(svg.Texts("legend-label").Select(t => t.Bounds.Top), Is.All.GreaterThan(xLabel.Bounds.Bottom));
        svg.AssertReadable();
    }

    [Test]
    public void Event_markers_draw_a_line_and_a_label_each_and_skip_events_outside_the_dates()
    {
        var spec = SampleData.FanSpec() with
        {
            Events = [.. SampleData.FanSpec().Events, new EventMarker(new DateOnly(1990, 1, 1), "Too early")],
        };
        var svg = new SvgInspector(FanChart.Render(spec));

        Assert.That(svg.WithClass("event-line", "line"), Has.Count.EqualTo(6));
        Assert.That(svg.TextsOf("event-label"), Is.EqualTo(new[] { "Serval", "Barkhane", "Algiers Accord", "MINUSMA mandate", "Coup", "Second coup" }));
        var plotTop = svg.WithClass("axis-line", "line").Min(l => SvgInspector.Number(l, "y1"));
        Assert.That(svg.Texts("event-label").Select(t => t.Bounds.Bottom), Is.All.LessThanOrEqualTo(plotTop), "labels sit above the data");
    }

    [Test]
    public void Nothing_is_clipped_and_no_text_overlaps()
    {
        var svg = new SvgInspector(FanChart.Render(SampleData.FanSpec()));

        svg.AssertReadable();
    }

    [Test]
    public void Rendering_is_deterministic()
    {
        var first = FanChart.Render(SampleData.FanSpec());
        var second = FanChart.Render(SampleData.FanSpec());

        Assert.That(second, Is.EqualTo(first));
    }

    [Test]
    public void Text_is_escaped()
    {
        var spec = SampleData.FanSpec() with { Title = "Rates <per> 1,000 & \"more\"", Subtitle = "line\nbreak" };
        var svg = new SvgInspector(FanChart.Render(spec));

        Assert.That(svg.SingleText("title"), Is.EqualTo("Rates <per> 1,000 & \"more\""));
        Assert.That(svg.SingleText("subtitle"), Is.EqualTo("line break"));
    }

    [Test]
    public void No_series_gives_an_empty_frame_with_a_note()
    {
        var svg = new SvgInspector(FanChart.Render(new FanChartSpec("Nothing yet", "Value (units)", [])));

        Assert.That(svg.WithClass("median"), Is.Empty);
        Assert.That(svg.SingleText("note"), Is.EqualTo("No data"));
        Assert.That(svg.LegendLabels(), Is.Empty);
        svg.AssertReadable();
    }

    [Test]
    public void Series_without_dates_gives_a_note_and_no_paths()
    {
        var empty = new FanSeries("Empty", [], [], [], [], [], []);
        var svg = new SvgInspector(FanChart.Render(new FanChartSpec("Empty series", "Value (units)", [empty])));

        Assert.That(svg.WithClass("band", "path"), Is.Empty);
        Assert.That(svg.SingleText("note"), Is.EqualTo("No data"));
    }

    [Test]
    public void NaN_values_break_the_lines_and_bands_instead_of_drawing_through_them()
    {
        var series = SampleData.Fan("Gappy", 24, 50, 0);
        series.Median[10] = double.NaN;
        series.P05[5] = double.NaN;
        var svg = new SvgInspector(FanChart.Render(new FanChartSpec("Gaps", "Value (units)", [series])));

        Assert.That(SvgInspector.SubpathCount(svg.WithClass("median", "path").Single()), Is.EqualTo(2));
        Assert.That(SvgInspector.SubpathCount(svg.WithClass("band90", "path").Single()), Is.EqualTo(2));
        Assert.That(SvgInspector.SubpathCount(svg.WithClass("band50", "path").Single()), Is.EqualTo(1));
    }

    [Test]
    public void A_constant_series_gets_a_padded_y_range()
    {
        var dates = SampleData.Months(2014, 1, 12);
        var flat = Enumerable.Repeat(7.0, 12).ToArray();
        var series = new FanSeries("Flat", dates, flat, flat, flat, flat, flat);
        var svg = new SvgInspector(FanChart.Render(new FanChartSpec("Constant", "Value (units)", [series])));
        var ticks = svg.TextsOf("y-tick").Select(t => double.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.That(ticks, Has.Length.GreaterThanOrEqualTo(2));
        Assert.That(ticks.Min(), Is.LessThan(7));
        Assert.That(ticks.Max(), Is.GreaterThan(7));
    }

    [Test]
    public void A_single_point_is_drawn_as_a_marker()
    {
        double[] one = [5];
        var series = new FanSeries("Point", [new DateOnly(2015, 3, 1)], one, [4], [6], [3], [7]);
        var svg = new SvgInspector(FanChart.Render(new FanChartSpec("One month", "Value (units)", [series])));

        Assert.That(svg.WithClass("median-point", "circle"), Has.Count.EqualTo(1));
        Assert.That(svg.TextsOf("x-tick"), Is.Not.Empty);
        svg.AssertReadable();
    }

    [Test]
    public void Points_are_joined_in_date_order()
    {
        var sorted = SampleData.Fan("Sorted", 12, 50, 1);
        var order = new[] { 3, 0, 11, 5, 1, 2, 4, 6, 10, 7, 9, 8 };
        var shuffled = new FanSeries(
            "Sorted",
            order.Select(i => sorted.Dates[i]).ToArray(),
            order.Select(i => sorted.Median[i]).ToArray(),
            order.Select(i => sorted.P25[i]).ToArray(),
            order.Select(i => sorted.P75[i]).ToArray(),
            order.Select(i => sorted.P05[i]).ToArray(),
            order.Select(i => sorted.P95[i]).ToArray());

        var expected = FanChart.Render(new FanChartSpec("Order", "Value (units)", [sorted]));
        var actual = FanChart.Render(new FanChartSpec("Order", "Value (units)", [shuffled]));

        Assert.That(actual, Is.EqualTo(expected));
    }

    [Test]
    public void Mismatched_array_lengths_are_rejected()
    {
        var series = new FanSeries("Bad", SampleData.Months(2012, 1, 3), [1, 2, 3], [1, 2], [1, 2, 3], [1, 2, 3], [1, 2, 3]);

        Assert.That(() => FanChart.Render(new FanChartSpec("Bad", "Value", [series])), Throws.ArgumentException);
    }
}
