using StalemateSim.Plotting.Tests.Support;

namespace StalemateSim.Plotting.Tests.Charts;

[TestFixture]
public sealed class HistogramTests
{
    [Test]
    public void Title_and_axis_labels_come_from_the_spec()
    {
        var svg = new SvgInspector(Histogram.Render(SampleData.HistogramSpec()));

        Assert.Multiple(() =>
        {
            Assert.That((svg.Width, svg.Height), Is.EqualTo((1200.0, 700.0)));
            Assert.That(svg.SingleText("title"), Is.EqualTo("Total fatalities over ten years"));
            Assert.That(svg.SingleText("x-label"), Is.EqualTo("Fatalities per run (persons)"));
            Assert.That(svg.SingleText("y-label"), Is.EqualTo("Runs"));
        });
    }

    [Test]
    public void A_given_bin_count_gives_that_many_bars()
    {
        var svg = new SvgInspector(Histogram.Render(SampleData.HistogramSpec() with { BinCount = 12 }));

        Assert.That(svg.WithClass("bar", "rect"), Has.Count.EqualTo(12));
    }

    [Test]
    public void Default_bin_count_follows_Freedman_Diaconis()
    {
        var spec = SampleData.HistogramSpec();
        var sorted = spec.Values.Order().ToArray();
        var iqr = HistogramBins.Quantile(sorted, 0.75) - HistogramBins.Quantile(sorted, 0.25);
        var expected = (int)Math.Ceiling((sorted[^1] - sorted[0]) / (2 * iqr / Math.Cbrt(sorted.Length)));

        var svg = new SvgInspector(Histogram.Render(spec));

        Assert.That(svg.WithClass("bar", "rect"), Has.Count.EqualTo(expected));
    }

    [Test]
    public void Sturges_is_used_when_the_interquartile_range_is_zero()
    {
        double[] values = [.. Enumerable.Repeat(5.0, 30), 1, 9];

        Assert.That(HistogramBins.AutomaticBinCount(values.Order().ToArray()), Is.EqualTo(5 + 1), "ceil(log2 32) + 1");
    }

    [Test]
    public void Bin_counts_add_up_to_the_finite_values()
    {
        double[] values = [1, 2, 2, 3, 3, 3, double.NaN, double.PositiveInfinity, 4];
        var bins = HistogramBins.From(values, binCount: 3);

        Assert.That(bins.Counts.Sum(), Is.EqualTo(7));
        Assert.That(bins.Counts, Is.EqualTo(new[] { 1, 2, 4 }), "bins are closed on the left; the last is closed on both sides");
        Assert.That(bins.Edges, Is.EqualTo(new[] { 1.0, 2.0, 3.0, 4.0 }));
        Assert.That(bins.Median, Is.EqualTo(3));
    }

    [Test]
    public void Whole_number_counts_get_one_bar_per_number_over_whole_number_ticks()
    {
        double[] values = [0, 0, 0, 1, 1, 2, 2, 2, 2, 5];
        var bins = HistogramBins.From(values, binCount: null);

        Assert.That(bins.Discrete, Is.True);
        Assert.That(bins.Edges, Is.EqualTo(new[] { -0.5, 0.5, 1.5, 2.5, 3.5, 4.5, 5.5 }));
        Assert.That(bins.Counts, Is.EqualTo(new[] { 3, 2, 4, 0, 0, 1 }));

        var svg = new SvgInspector(Histogram.Render(new HistogramSpec("Splinters", "Splinter groups (count)", values)));
        Assert.That(svg.TextsOf("x-tick"), Is.All.Match(@"^\d+$"), "whole numbers, none below zero for counts");
        svg.AssertReadable();
    }

    [Test]
    public void Whole_numbers_over_a_wide_range_keep_the_automatic_bins()
    {
        var values = Enumerable.Range(0, 500).Select(i => (double)(i * 7 % 1000)).ToArray();

        Assert.That(HistogramBins.From(values, binCount: null).Discrete, Is.False);
        Assert.That(HistogramBins.From([0, 1, 2, 3], binCount: 2).Discrete, Is.False, "a given bin count wins");
    }

    [Test]
    public void Y_ticks_are_whole_run_counts()
    {
        var spec = new HistogramSpec("Few runs", "Months (months)", [1, 2, 3]);
        var svg = new SvgInspector(Histogram.Render(spec));

        Assert.That(svg.TextsOf("y-tick"), Is.All.Match(@"^\d+$"));
        Assert.That(svg.TextsOf("y-tick"), Is.Unique);
    }

    [Test]
    public void Legend_gives_run_count_and_median_and_the_median_is_marked()
    {
        var svg = new SvgInspector(Histogram.Render(SampleData.HistogramSpec()));

        Assert.That(svg.LegendLabels(), Has.Count.EqualTo(2));
        Assert.That(svg.LegendLabels()[0], Is.EqualTo("Runs per bin (n = 1,000)"));
        Assert.That(svg.LegendLabels()[1], Does.Match(@"^Median \(\d{2},\d{3}(\.\d)?\)$"));
        Assert.That(svg.WithClass("median-line", "line"), Has.Count.EqualTo(1));
    }

    [Test]
    public void X_ticks_cover_the_data_and_do_not_overlap()
    {
        var spec = SampleData.HistogramSpec();
        var svg = new SvgInspector(Histogram.Render(spec));
        var ticks = svg.TextsOf("x-tick").Select(t => double.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.That(ticks.Min(), Is.LessThanOrEqualTo(spec.Values.Min()));
        Assert.That(ticks.Max(), Is.GreaterThanOrEqualTo(spec.Values.Max()));
        SvgInspector.AssertNoOverlap(svg.Texts("tick-label"));
    }

    [Test]
    public void Nothing_is_clipped_and_no_text_overlaps()
    {
        new SvgInspector(Histogram.Render(SampleData.HistogramSpec())).AssertReadable();
    }

    [Test]
    public void Constant_values_give_one_bar_inside_a_padded_axis()
    {
        var spec = new HistogramSpec("All the same", "Value (units)", Enumerable.Repeat(42.0, 50).ToArray());
        var svg = new SvgInspector(Histogram.Render(spec));
        var ticks = svg.TextsOf("x-tick").Select(t => double.Parse(t, System.Globalization.CultureInfo.InvariantCulture)).ToArray();

        Assert.That(svg.WithClass("bar", "rect"), Has.Count.EqualTo(1));
        Assert.That(ticks.Min(), Is.LessThan(42));
        Assert.That(ticks.Max(), Is.GreaterThan(42));
        svg.AssertReadable();
    }

    [Test]
    public void A_single_value_is_drawn()
    {
        var svg = new SvgInspector(Histogram.Render(new HistogramSpec("One run", "Value (units)", [3.5])));

        Assert.That(svg.WithClass("bar", "rect"), Has.Count.EqualTo(1));
        Assert.That(svg.LegendLabels()[0], Is.EqualTo("Runs per bin (n = 1)"));
    }

    [Test]
    public void No_finite_values_gives_a_note()
    {
        var svg = new SvgInspector(Histogram.Render(new HistogramSpec("Nothing", "Value (units)", [double.NaN])));

        Assert.That(svg.WithClass("bar", "rect"), Is.Empty);
        Assert.That(svg.SingleText("note"), Is.EqualTo("No data"));
        svg.AssertReadable();
    }

    [Test]
    public void Rendering_is_deterministic()
    {
        var first = Histogram.Render(SampleData.HistogramSpec());
        var second = Histogram.Render(SampleData.HistogramSpec());

        Assert.That(second, Is.EqualTo(first));
    }
}
