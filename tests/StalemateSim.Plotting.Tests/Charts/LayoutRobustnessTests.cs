using StalemateSim.Plotting.Tests.Support;

namespace StalemateSim.Plotting.Tests.Charts;

/// <summary>
/// Every chart at several sizes and data shapes: the SVG must parse, keep all text inside the
/// view box and have no overlapping text.
/// </summary>
[TestFixture]
public sealed class LayoutRobustnessTests
{
    private static readonly ChartSize[] Sizes =
    [
        new(ChartSize.MinWidth, ChartSize.MinHeight),
        new(640, 400),
        new(1200, 700),
        new(1920, 1080),
    ];

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var size in Sizes)
        {
            var name = $"{size.Width}x{size.Height}";
            foreach (var months in new[] { 1, 2, 13, 400 })
            {
                yield return Case($"fan {months} months {name}", () => FanChart.Render(SampleData.FanSpec(seriesCount: 2, months: months) with { Size = size }));
                yield return Case($"stacked {months} months {name}", () => StackedAreaChart.Render(SampleData.StackedSpec(months) with { Size = size }));
            }

            yield return Case($"bars {name}", () => BarIntervalChart.Render(SampleData.BarSpec() with { Size = size }));
            yield return Case($"many bars {name}", () => BarIntervalChart.Render(SampleData.ManyBarsSpec() with { Size = size }));
            yield return Case($"histogram {name}", () => Histogram.Render(SampleData.HistogramSpec() with { Size = size }));
            yield return Case($"forest {name}", () => ForestPlot.Render(SampleData.ForestSpec() with { Size = size }));
            yield return Case($"network {name}", () => NetworkChart.Render(SampleData.NetworkSpec() with { Size = size }));
            if (size.Width >= 1200)
            {
                // Known limit: thirty labels around a circle still collide on charts smaller than
                // the default size; the label placer is a few heuristics, not a solver.
                yield return Case($"big network {name}", () => NetworkChart.Render(SampleData.BigNetworkSpec() with { Size = size }));
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void Chart_is_readable(string name, Func<string> render)
    {
        var svg = new SvgInspector(render());

        Assert.That(svg.Texts("title"), Has.Count.EqualTo(1), name);
        svg.AssertReadable();
    }

    private static TestCaseData Case(string name, Func<string> render) =>
        new TestCaseData(name, render).SetArgDisplayNames(name);
}
