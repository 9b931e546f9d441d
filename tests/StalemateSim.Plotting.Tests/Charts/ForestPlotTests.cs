using System.Globalization;
using StalemateSim.Plotting.Tests.Support;

namespace StalemateSim.Plotting.Tests.Charts;

[TestFixture]
public sealed class ForestPlotTests
{
    [Test]
    public void Title_and_x_label_come_from_the_spec()
    {
        var spec = SampleData.ForestSpec();
        var svg = new SvgInspector(ForestPlot.Render(spec));

        Assert.Multiple(() =>
        {
            Assert.That((svg.Width, svg.Height), Is.EqualTo((1200.0, 700.0)));
            Assert.That(svg.SingleText("title"), Is.EqualTo(spec.Title));
            Assert.That(svg.SingleText("x-label"), Is.EqualTo(spec.XLabel));
            Assert.That(svg.TextsOf("y-label"), Is.Empty);
        });
    }

    [Test]
    public void Each_row_has_a_label_an_interval_and_an_estimate()
    {
        var spec = SampleData.ForestSpec();
        var svg = new SvgInspector(ForestPlot.Render(spec));

        Assert.That(svg.TextsOf("row-label"), Is.EqualTo(spec.Rows.Select(r => r.Label)));
        Assert.That(svg.WithClass("interval", "path"), Has.Count.EqualTo(6));
        Assert.That(svg.WithClass("estimate", "circle"), Has.Count.EqualTo(6));
    }

    [Test]
    public void Rows_run_top_to_bottom_and_estimates_sit_on_their_rows()
    {
        var svg = new SvgInspector(ForestPlot.Render(SampleData.ForestSpec()));
        var estimateYs = svg.WithClass("estimate", "circle").Select(c => SvgInspector.Number(c, "cy")).ToArray();
        var labelYs = svg.Texts("row-label").Select(t => t.Y).ToArray();

        Assert.That(estimateYs, Is.Ordered);
        for (var i = 0; i < estimateYs.Length; i++)
        {
            Assert.That(labelYs[i] - estimateYs[i], Is.InRange(0, 8), "label baseline just below the row centre");
        }
    }

    [Test]
    public void Reference_line_is_drawn_at_zero()
    {
        var svg = new SvgInspector(ForestPlot.Render(SampleData.ForestSpec()));
        var zeroTick = svg.Texts("x-tick").Single(t => t.Text == "0");
        var reference = svg.WithClass("reference-line", "line").Single();

        Assert.That(SvgInspector.Number(reference, "x1"), Is.EqualTo(zeroTick.X).Within(0.01));
        Assert.That(svg.LegendLabels(), Is.EqualTo(new[] { "Estimate", "95% interval", "Reference (0)" }));
    }

    [Test]
    public void Estimates_are_placed_on_the_x_scale()
    {
        var svg = new SvgInspector(ForestPlot.Render(SampleData.ForestSpec()));
        var ticks = svg.Texts("x-tick").Select(t => (Value: double.Parse(t.Text, CultureInfo.InvariantCulture), t.X)).ToArray();
        var pixelsPerUnit = (ticks[^1].X - ticks[0].X) / (ticks[^1].Value - ticks[0].Value);
        var firstEstimate = SvgInspector.Number(svg.WithClass("estimate", "circle")[0], "cx");

        Assert.That(firstEstimate, Is.EqualTo(ticks[0].X + ((4.2 - ticks[0].Value) * pixelsPerUnit)).Within(0.05));
    }

    [Test]
    public void Row_labels_are_left_of_the_plot_and_never_clipped()
    {
        var longLabel = "An extremely long parameter description that goes on and on about recruitment, rainfall and revenue";
        var spec = SampleData.ForestSpec() with { Rows = [.. SampleData.ForestSpec().Rows, new ForestRow(longLabel, 1, 0, 2)] };
        var svg = new SvgInspector(ForestPlot.Render(spec));
        var plotLeft = svg.WithClass("axis-line", "line").Min(l => SvgInspector.Number(l, "x1"));

        Assert.That(svg.Texts("row-label").Select(t => t.Bounds.Right), Is.All.LessThan(plotLeft));
        Assert.That(svg.TextsOf("row-label")[^1], Does.EndWith("\u2026"));
        svg.AssertReadable();
    }

    [Test]
    public void Nothing_is_clipped_and_no_text_overlaps()
    {
        new SvgInspector(ForestPlot.Render(SampleData.ForestSpec())).AssertReadable();
    }

    [Test]
    public void Rows_with_missing_values_keep_their_label()
    {
        var spec = new ForestPlotSpec("Gaps", "Effect (months)", [
            new ForestRow("Known", 1, 0, 2),
            new ForestRow("Unknown", double.NaN, double.NaN, double.NaN),
        ]);
        var svg = new SvgInspector(ForestPlot.Render(spec));

        Assert.That(svg.TextsOf("row-label"), Is.EqualTo(new[] { "Known", "Unknown" }));
        Assert.That(svg.WithClass("estimate", "circle"), Has.Count.EqualTo(1));
    }

    [Test]
    public void No_rows_gives_a_note()
    {
        var svg = new SvgInspector(ForestPlot.Render(new ForestPlotSpec("Nothing", "Effect (months)", [])));

        Assert.That(svg.SingleText("note"), Is.EqualTo("No data"));
        svg.AssertReadable();
    }

    [Test]
    public void Rendering_is_deterministic()
    {
        var first = ForestPlot.Render(SampleData.ForestSpec());
        var second = ForestPlot.Render(SampleData.ForestSpec());

        Assert.That(second, Is.EqualTo(first));
    }
}
