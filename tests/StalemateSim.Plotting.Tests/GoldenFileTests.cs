using System.Text;
using StalemateSim.Plotting.Tests.Support;

namespace StalemateSim.Plotting.Tests;

/// <summary>
/// Compares small charts byte for byte with the expected SVGs in Golden/ (copied to the test
/// output folder). After an intended change to the drawing code, rewrite them with
///
///     UPDATE_GOLDEN=1 dotnet test tests/StalemateSim.Plotting.Tests --filter GoldenFileTests
///
/// which writes the new files into the source tree's Golden/ folder; review the diff (and the
/// PNG previews, see ChartPreviewTests) before committing them.
/// </summary>
[TestFixture]
public sealed class GoldenFileTests
{
    private static readonly ChartSize Small = new(640, 400);

    public static IEnumerable<TestCaseData> Charts()
    {
        yield return Case("fan-small.svg", () => FanChart.Render(new FanChartSpec(
            "Fatalities",
            "Deaths per month (persons)",
            [
                new FanSeries(
                    "Baseline",
                    [new DateOnly(2012, 11, 1), new DateOnly(2012, 12, 1), new DateOnly(2013, 1, 1), new DateOnly(2013, 2, 1), new DateOnly(2013, 3, 1)],
                    [10, 12, 30, 22, 15],
                    [8, 9, 24, 18, 12],
                    [12, 15, 36, 27, 19],
                    [5, 6, 18, 12, 8],
                    [15, 20, 45, 33, 25]),
            ])
        {
            Events = [new EventMarker(new DateOnly(2013, 1, 1), "Serval")],
            Size = Small,
        }));
        yield return Case("bars-small.svg", () => BarIntervalChart.Render(new BarIntervalChartSpec(
            "Outcomes",
            [new BarInterval("Stalemate", 0.6, 0.55, 0.65), new BarInterval("Settlement", 0.3, 0.25, 0.35), new BarInterval("Collapse", 0.1, 0.07, 0.13)])
        {
            Size = Small,
        }));
        yield return Case("histogram-small.svg", () => Histogram.Render(new HistogramSpec(
            "Months to ceasefire",
            "Months (months)",
            [3, 5, 5, 6, 7, 7, 7, 8, 9, 12, 14, 20])
        {
            BinCount = 6,
            Size = Small,
        }));
        yield return Case("network-small.svg", () => NetworkChart.Render(new NetworkChartSpec(
            "Blocs",
            [new NetworkNode("s", "State", "state", 5), new NetworkNode("m", "Militia", "proGovernment", 2), new NetworkNode("r", "Rebels", "separatist", 3)],
            [new NetworkEdge("s", "m", EdgeKind.Alliance), new NetworkEdge("s", "r", EdgeKind.Hostility), new NetworkEdge("m", "r", EdgeKind.Bloc)])
        {
            Size = Small,
        }));
    }

    [TestCaseSource(nameof(Charts))]
    public void Chart_matches_its_golden_file(string fileName, Func<string> render)
    {
        var actual = Encoding.UTF8.GetBytes(render());
        var outputPath = Path.Combine(TestContext.CurrentContext.TestDirectory, "Golden", fileName);

        if (Environment.GetEnvironmentVariable("UPDATE_GOLDEN") == "1")
        {
            var sourcePath = Path.Combine(SourceFolder(), "Golden", fileName);
            File.WriteAllBytes(sourcePath, actual);
            Directory.CreateDirectory(Path.GetDirectoryName(outputPath)!);
            File.WriteAllBytes(outputPath, actual);
            Assert.Pass($"Rewrote {sourcePath}");
        }

        Assert.That(File.Exists(outputPath), Is.True, $"{fileName} is missing; create it with UPDATE_GOLDEN=1");
        var expected = File.ReadAllBytes(outputPath);
        Assert.That(actual, Is.EqualTo(expected), () => FirstDifference(expected, actual));
    }

    [TestCaseSource(nameof(Charts))]
    public void Golden_chart_is_readable(string fileName, Func<string> render)
    {
        Assert.That(fileName, Does.EndWith(".svg"));
        new SvgInspector(render()).AssertReadable();
    }

    private static TestCaseData Case(string fileName, Func<string> render) =>
        new TestCaseData(fileName, render).SetArgDisplayNames(fileName);

    /// <summary>The test project's source folder, found by walking up from the output folder.</summary>
    private static string SourceFolder()
    {
        for (var dir = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "StalemateSim.Plotting.Tests.csproj")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException("Cannot find StalemateSim.Plotting.Tests.csproj above the test output folder.");
    }

    private static string FirstDifference(byte[] expected, byte[] actual)
    {
        var expectedLines = Encoding.UTF8.GetString(expected).Split('\n');
        var actualLines = Encoding.UTF8.GetString(actual).Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end>";
            var a = i < actualLines.Length ? actualLines[i] : "<end>";
            if (e != a)
            {
                return $"first difference at line {i + 1}:\n  expected: {e}\n  actual:   {a}\n(rewrite with UPDATE_GOLDEN=1 if the change is intended)";
            }
        }

        return "files differ";
    }
}
