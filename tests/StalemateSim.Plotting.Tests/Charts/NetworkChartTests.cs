using StalemateSim.Plotting.Tests.Support;

namespace StalemateSim.Plotting.Tests.Charts;

[TestFixture]
public sealed class NetworkChartTests
{
    [Test]
    public void Title_and_size_come_from_the_spec()
    {
        var svg = new SvgInspector(NetworkChart.Render(SampleData.NetworkSpec()));

        Assert.That((svg.Width, svg.Height), Is.EqualTo((1200.0, 700.0)));
        Assert.That(svg.SingleText("title"), Is.EqualTo("Alliances and blocs, January 2016"));
        Assert.That(svg.SingleText("subtitle"), Is.EqualTo("Node area proportional to fighters"));
    }

    [Test]
    public void Every_node_and_edge_is_drawn_by_kind()
    {
        var svg = new SvgInspector(NetworkChart.Render(SampleData.NetworkSpec()));

        Assert.That(svg.WithClass("node", "circle"), Has.Count.EqualTo(11));
        Assert.That(svg.TextsOf("node-label"), Has.Count.EqualTo(11));
        Assert.That(svg.WithClass("alliance", "line"), Has.Count.EqualTo(5));
        Assert.That(svg.WithClass("hostility", "line"), Has.Count.EqualTo(5));
        Assert.That(svg.WithClass("bloc", "line"), Has.Count.EqualTo(4));
        Assert.That(svg.WithClass("hostility", "line").Select(l => (string?)l.Attribute("stroke-dasharray")), Is.All.Not.Null);
    }

    [Test]
    public void Nodes_are_grouped_by_category_around_a_circle()
    {
        var spec = SampleData.NetworkSpec() with
        {
            Nodes = [.. SampleData.NetworkSpec().Nodes.Reverse()],
        };
        var svg = new SvgInspector(NetworkChart.Render(spec));
        var circles = svg.WithClass("node", "circle");
        var fills = circles.Select(c => (string)c.Attribute("fill")!).ToArray();
        var centres = circles.Select(c => (X: SvgInspector.Number(c, "cx"), Y: SvgInspector.Number(c, "cy"))).ToArray();

        var runs = fills.Zip(fills.Skip(1), (a, b) => a != b).Count(changed => changed) + 1;
        Assert.That(runs, Is.EqualTo(fills.Distinct().Count()), "each category's nodes are consecutive");

        // The first node sits at the top of the circle, so every other node gives the radius.
        var top = centres[0];
        var radii = centres.Skip(1)
            .Select(p => (((p.X - top.X) * (p.X - top.X)) + ((p.Y - top.Y) * (p.Y - top.Y))) / (2 * (p.Y - top.Y)))
            .ToArray();
        Assert.That(radii.Max() - radii.Min(), Is.LessThan(1), "nodes lie on one circle");
    }

    [Test]
    public void Larger_nodes_get_larger_circles()
    {
        var svg = new SvgInspector(NetworkChart.Render(SampleData.NetworkSpec()));
        var radii = svg.WithClass("node", "circle").Select(c => SvgInspector.Number(c, "r")).ToArray();

        Assert.That(radii[0], Is.EqualTo(radii.Max()), "FAMa is the largest");
        Assert.That(radii, Is.All.InRange(6, 20));
    }

    [Test]
    public void Legend_lists_categories_then_edge_kinds_present()
    {
        var svg = new SvgInspector(NetworkChart.Render(SampleData.NetworkSpec()));

        Assert.That(svg.LegendLabels(), Is.EqualTo(new[]
        {
            "state", "proGovernment", "separatist", "jihadist", "selfDefence", "Alliance", "Hostility", "Bloc",
        }));
    }

    [Test]
    public void Edges_to_unknown_nodes_and_self_loops_are_left_out()
    {
        var spec = new NetworkChartSpec("Odd edges", [
            new NetworkNode("a", "A", "x", 1),
            new NetworkNode("b", "B", "y", 1),
        ], [
            new NetworkEdge("a", "b", EdgeKind.Alliance),
            new NetworkEdge("a", "a", EdgeKind.Hostility),
            new NetworkEdge("a", "ghost", EdgeKind.Bloc),
        ]);
        var svg = new SvgInspector(NetworkChart.Render(spec));

        Assert.That(svg.WithClass("edge", "line"), Has.Count.EqualTo(1));
        Assert.That(svg.LegendLabels(), Is.EqualTo(new[] { "x", "y", "Alliance" }));
    }

    [Test]
    public void Nothing_is_clipped_and_no_text_overlaps()
    {
        new SvgInspector(NetworkChart.Render(SampleData.NetworkSpec())).AssertReadable();
    }

    [Test]
    public void No_nodes_gives_a_note()
    {
        var svg = new SvgInspector(NetworkChart.Render(new NetworkChartSpec("Empty", [], [])));

        Assert.That(svg.SingleText("note"), Is.EqualTo("No nodes"));
        svg.AssertReadable();
    }

    [Test]
    public void Layout_is_deterministic()
    {
        var first = NetworkChart.Render(SampleData.NetworkSpec());
        var second = NetworkChart.Render(SampleData.NetworkSpec());

        Assert.That(second, Is.EqualTo(first));
    }
}
