using StalemateSim.Plotting.Tests.Support;

namespace StalemateSim.Plotting.Tests.Png;

/// <summary>
/// Renders one of each chart to PNG and checks the files. Set PLOT_PREVIEW_DIR to a folder to
/// keep the PNGs and SVGs there for a visual check; otherwise they go to a temporary folder
/// that is deleted afterwards.
/// </summary>
[TestFixture]
public sealed class ChartPreviewTests
{
    private string folder = "";
    private bool keep;

    public static IEnumerable<TestCaseData> Charts()
    {
        yield return new TestCaseData("fan", (Func<string>)(() => FanChart.Render(SampleData.FanSpec()))).SetArgDisplayNames("fan");
        yield return new TestCaseData("bars", (Func<string>)(() => BarIntervalChart.Render(SampleData.BarSpec()))).SetArgDisplayNames("bars");
        yield return new TestCaseData("histogram", (Func<string>)(() => Histogram.Render(SampleData.HistogramSpec()))).SetArgDisplayNames("histogram");
        yield return new TestCaseData("stacked", (Func<string>)(() => StackedAreaChart.Render(SampleData.StackedSpec()))).SetArgDisplayNames("stacked");
        yield return new TestCaseData("forest", (Func<string>)(() => ForestPlot.Render(SampleData.ForestSpec()))).SetArgDisplayNames("forest");
        yield return new TestCaseData("network", (Func<string>)(() => NetworkChart.Render(SampleData.NetworkSpec()))).SetArgDisplayNames("network");
        yield return new TestCaseData("fan-crowded", (Func<string>)(() => FanChart.Render(SampleData.CrowdedFanSpec()))).SetArgDisplayNames("fan-crowded");
        yield return new TestCaseData("network-big", (Func<string>)(() => NetworkChart.Render(SampleData.BigNetworkSpec()))).SetArgDisplayNames("network-big");
        yield return new TestCaseData("fan-tiny", (Func<string>)(() => FanChart.Render(SampleData.FanSpec() with { Size = new ChartSize(ChartSize.MinWidth, ChartSize.MinHeight) }))).SetArgDisplayNames("fan-tiny");
        yield return new TestCaseData("bars-rotated", (Func<string>)(() => BarIntervalChart.Render(SampleData.ManyBarsSpec()))).SetArgDisplayNames("bars-rotated");
    }

    /// <summary>The small golden-file charts (640 × 400), to check that small charts stay readable.</summary>
    public static IEnumerable<TestCaseData> SmallCharts() => GoldenFileTests.Charts();

    [OneTimeSetUp]
    public void CreateFolder()
    {
        var requested = Environment.GetEnvironmentVariable("PLOT_PREVIEW_DIR");
        keep = !string.IsNullOrWhiteSpace(requested);
        folder = keep ? requested! : Path.Combine(Path.GetTempPath(), "stalemate-plot-preview-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [OneTimeTearDown]
    public void DeleteFolder()
    {
        if (!keep && Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [TestCaseSource(nameof(Charts))]
    public void Chart_renders_to_a_png_of_its_size(string name, Func<string> render)
    {
        Rasteriser.AssumeAvailable();
        var svg = render();
        File.WriteAllText(Path.Combine(folder, name + ".svg"), svg);
        var path = Path.Combine(folder, name + ".png");

        var ok = SvgPng.TryRender(svg, path, out var problem);

        Assert.That(ok, Is.True, problem);
        var svgRoot = new SvgInspector(svg);
        Assert.That(PngHeader.Read(path), Is.EqualTo(((int)svgRoot.Width, (int)svgRoot.Height)));
    }

    [TestCaseSource(nameof(SmallCharts))]
    public void Small_chart_renders_to_a_png_of_its_size(string fileName, Func<string> render) =>
        Chart_renders_to_a_png_of_its_size(Path.GetFileNameWithoutExtension(fileName), render);
}
