using StalemateSim.Plotting.Tests.Support;

namespace StalemateSim.Plotting.Tests.Charts;

[TestFixture]
public sealed class StackedAreaChartTests
{
    [Test]
    public void Title_and_axis_labels_come_from_the_spec()
    {
        var svg = new SvgInspector(StackedAreaChart.Render(SampleData.StackedSpec()));

        Assert.Multiple(() =>
        {
            Assert.That((svg.Width, svg.Height), Is.EqualTo((1200.0, 700.0)));
            Assert.That(svg.SingleText("title"), Is.EqualTo("Territorial control by kind of actor"));
            Assert.That(svg.SingleText("y-label"), Is.EqualTo("Share of districts (fraction)"));
            Assert.That(svg.SingleText("x-label"), Is.EqualTo("Date (monthly)"));
        });
    }

    [Test]
    public void Each_layer_is_one_area_in_its_colour()
    {
        var svg = new SvgInspector(StackedAreaChart.Render(SampleData.StackedSpec()));
        var layers = svg.WithClass("layer", "path");

        Assert.That(layers, Has.Count.EqualTo(6));
        Assert.That(layers.Select(l => (string?)l.Attribute("fill")), Is.EqualTo(new[]
        {
            Palette.At(0), Palette.At(1), Palette.At(2), Palette.At(3), Palette.At(4), "#bbbbbb",
        }));
    }

    [Test]
    public void Layers_stack_without_gaps_up_to_the_top_of_the_axis()
    {
        var svg = new SvgInspector(StackedAreaChart.Render(SampleData.StackedSpec()));
        var layers = svg.WithClass("layer", "path").Select(SvgInspector.PathPoints).ToArray();
        var n = 120;
        var plotTop = svg.WithClass("axis-line", "line").Min(l => SvgInspector.Number(l, "y1"));

        for (var k = 1; k < layers.Length; k++)
        {
            var upperOfBelow = layers[k - 1].Take(n).Select(p => p.Y);
            var lowerOfThis = layers[k].Skip(n).Reverse().Select(p => p.Y);
            Assert.That(lowerOfThis, Is.EqualTo(upperOfBelow), $"layer {k} starts where layer {k - 1} ends");
        }

        Assert.That(layers[^1].Take(n).Select(p => p.Y), Is.All.EqualTo(plotTop).Within(0.02), "shares add up to 1");
    }

    [Test]
    public void Legend_lists_layers_from_the_top_of_the_stack_down()
    {
        var svg = new SvgInspector(StackedAreaChart.Render(SampleData.StackedSpec()));

        Assert.That(svg.LegendLabels(), Is.EqualTo(new[] { "none", "selfDefence", "proGovernment", "jihadist", "separatist", "state" }));
    }

    [Test]
    public void Axes_show_shares_from_0_to_1_and_year_labels()
    {
        var svg = new SvgInspector(StackedAreaChart.Render(SampleData.StackedSpec()));

        Assert.That(svg.TextsOf("y-tick")[0], Is.EqualTo("0.0"));
        Assert.That(svg.TextsOf("y-tick")[^1], Is.EqualTo("1.0"));
        Assert.That(svg.TextsOf("x-tick"), Does.Contain("2012").And.Contain("2021"));
        Assert.That(svg.TextsOf("event-label"), Is.EqualTo(new[] { "Serval" }));
    }

    [Test]
    public void Nothing_is_clipped_and_no_text_overlaps()
    {
        new SvgInspector(StackedAreaChart.Render(SampleData.StackedSpec())).AssertReadable();
    }

    [Test]
    public void NaN_and_negative_values_count_as_zero()
    {
        var dates = SampleData.Months(2015, 1, 3);
        var spec = new StackedAreaChartSpec("Gaps", "Share (fraction)", dates, [
            new AreaLayer("a", [0.5, double.NaN, 0.5]),
            new AreaLayer("b", [0.5, -0.2, 0.5]),
        ]);
        var svg = new SvgInspector(StackedAreaChart.Render(spec));
        var top = SvgInspector.PathPoints(svg.WithClass("layer", "path")[1]);
        var bottom = svg.WithClass("axis-line", "line").Max(l => SvgInspector.Number(l, "y2"));

        Assert.That(top[1].Y, Is.EqualTo(bottom).Within(0.01));
    }

    [Test]
    public void A_single_date_is_a_visible_strip()
    {
        var spec = new StackedAreaChartSpec("One month", "Share (fraction)", [new DateOnly(2016, 6, 1)], [
            new AreaLayer("a", [0.3]),
            new AreaLayer("b", [0.7]),
        ]);
        var svg = new SvgInspector(StackedAreaChart.Render(spec));
        var points = SvgInspector.PathPoints(svg.WithClass("layer", "path")[0]);

        Assert.That(points.Max(p => p.X) - points.Min(p => p.X), Is.GreaterThan(5));
        svg.AssertReadable();
    }

    [Test]
    public void No_dates_gives_a_note()
    {
        var spec = new StackedAreaChartSpec("Nothing", "Share (fraction)", [], [new AreaLayer("a", [])]);
        var svg = new SvgInspector(StackedAreaChart.Render(spec));

        Assert.That(svg.SingleText("note"), Is.EqualTo("No data"));
        svg.AssertReadable();
    }

    [Test]
    public void Layers_of_the_wrong_length_are_rejected()
    {
        var spec = new StackedAreaChartSpec("Bad", "Share", SampleData.Months(2015, 1, 3), [new AreaLayer("a", [0.5])]);

        Assert.That(() => StackedAreaChart.Render(spec), Throws.ArgumentException);
    }

    [Test]
    public void Rendering_is_deterministic()
    {
        var first = StackedAreaChart.Render(SampleData.StackedSpec());
        var second = StackedAreaChart.Render(SampleData.StackedSpec());

        Assert.That(second, Is.EqualTo(first));
    }
}
