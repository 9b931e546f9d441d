using StalemateSim.Plotting.Tests.Support;

namespace StalemateSim.Plotting.Tests.Charts;

[TestFixture]
public sealed class BarIntervalChartTests
{
    [Test]
    public void Root_title_and_axis_labels_come_from_the_spec()
    {
        var spec = SampleData.BarSpec();
        var svg = new SvgInspector(BarIntervalChart.Render(spec));

        Assert.Multiple(() =>
        {
            Assert.That((svg.Width, svg.Height), Is.EqualTo((1200.0, 700.0)));
            Assert.That(svg.SingleText("title"), Is.EqualTo("Outcome after ten years"));
            Assert.That(svg.SingleText("y-label"), Is.EqualTo("Probability"));
            Assert.That(svg.SingleText("x-label"), Is.EqualTo("Outcome"));
        });
    }

    [Test]
    public void Each_category_has_a_bar_a_whisker_a_value_label_and_a_tick_label()
    {
        var svg = new SvgInspector(BarIntervalChart.Render(SampleData.BarSpec()));

        Assert.That(svg.WithClass("bar", "rect"), Has.Count.EqualTo(5));
        Assert.That(svg.WithClass("whisker", "path"), Has.Count.EqualTo(5));
        Assert.That(svg.TextsOf("value-label"), Is.EqualTo(new[] { "0.52", "0.21", "0.09", "0.15", "0.03" }));
        Assert.That(svg.TextsOf("x-tick"), Is.EqualTo(new[] { "Stalemate", "Negotiated settlement", "State victory", "Jihadist expansion", "Partition" }));
    }

    [Test]
    public void Y_axis_runs_from_0_to_1()
    {
        var svg = new SvgInspector(BarIntervalChart.Render(SampleData.BarSpec()));
        var ticks = svg.TextsOf("y-tick");

        Assert.That(ticks[0], Is.EqualTo("0.0"));
        Assert.That(ticks[^1], Is.EqualTo("1.0"));
    }

    [Test]
    public void Bar_heights_are_proportional_to_values()
    {
        var svg = new SvgInspector(BarIntervalChart.Render(SampleData.BarSpec()));
        var heights = svg.WithClass("bar", "rect").Select(r => SvgInspector.Number(r, "height")).ToArray();

        Assert.That(heights[0] / heights[1], Is.EqualTo(0.52 / 0.21).Within(0.02));
    }

    [Test]
    public void Value_labels_sit_above_bar_and_whisker()
    {
        var svg = new SvgInspector(BarIntervalChart.Render(SampleData.BarSpec()));
        var whiskerTops = svg.WithClass("whisker", "path").Select(w => SvgInspector.PathPoints(w).Min(p => p.Y)).ToArray();
        var labels = svg.Texts("value-label");

        for (var i = 0; i < labels.Count; i++)
        {
            Assert.That(labels[i].Bounds.Bottom, Is.LessThanOrEqualTo(whiskerTops[i]), labels[i].Text);
        }
    }

    [Test]
    public void A_value_label_at_1_is_not_clipped()
    {
        var spec = new BarIntervalChartSpec("Certain", [new BarInterval("Always", 1, 1, 1)]);
        var svg = new SvgInspector(BarIntervalChart.Render(spec));

        Assert.That(svg.TextsOf("value-label"), Is.EqualTo(new[] { "1.00" }));
        svg.AssertReadable();
        var title = svg.Texts("title").Single();
        Assert.That(svg.Texts("value-label").Single().Bounds.Top, Is.GreaterThan(title.Bounds.Bottom));
    }

    [Test]
    public void Legend_names_bars_and_whiskers_outside_the_plot()
    {
        var svg = new SvgInspector(BarIntervalChart.Render(SampleData.BarSpec()));
        var plotRight = svg.WithClass("axis-line", "line").Max(l => SvgInspector.Number(l, "x2"));

        Assert.That(svg.LegendLabels(), Is.EqualTo(new[] { "Estimate", "95% interval" }));
        Assert.That(svg.Texts("legend-label").Select(t => t.Bounds.Left), Is.All.GreaterThan(plotRight));
    }

    [Test]
    public void Nothing_is_clipped_and_no_text_overlaps()
    {
        new SvgInspector(BarIntervalChart.Render(SampleData.BarSpec())).AssertReadable();
    }

    [Test]
    public void Long_category_names_are_rotated_and_still_fit()
    {
        var svg = new SvgInspector(BarIntervalChart.Render(SampleData.ManyBarsSpec()));
        var ticks = svg.Texts("x-tick");

        Assert.That(ticks, Has.Count.EqualTo(12));
        Assert.That(ticks.Select(t => t.Rotation), Is.All.EqualTo(-40));
        svg.AssertReadable();
    }

    [Test]
    public void Missing_values_and_intervals_are_left_out()
    {
        var spec = new BarIntervalChartSpec("Gaps", [
            new BarInterval("Known", 0.4, 0.3, 0.5),
            new BarInterval("Unknown", double.NaN, double.NaN, double.NaN),
            new BarInterval("No interval", 0.2, double.NaN, 0.3),
        ]);
        var svg = new SvgInspector(BarIntervalChart.Render(spec));

        Assert.That(svg.WithClass("bar", "rect"), Has.Count.EqualTo(2));
        Assert.That(svg.WithClass("whisker", "path"), Has.Count.EqualTo(1));
        Assert.That(svg.TextsOf("value-label"), Is.EqualTo(new[] { "0.40", "n/a", "0.20" }));
    }

    [Test]
    public void No_bars_gives_a_note()
    {
        var svg = new SvgInspector(BarIntervalChart.Render(new BarIntervalChartSpec("Empty", [])));

        Assert.That(svg.SingleText("note"), Is.EqualTo("No data"));
        svg.AssertReadable();
    }

    [Test]
    public void Rendering_is_deterministic()
    {
        var first = BarIntervalChart.Render(SampleData.BarSpec());
        var second = BarIntervalChart.Render(SampleData.BarSpec());

        Assert.That(second, Is.EqualTo(first));
    }
}
