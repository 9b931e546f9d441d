using System.Xml.Linq;
using StalemateSim.Cli.Plots;
using StalemateSim.Cli.Tests.Support;

namespace StalemateSim.Cli.Tests.Commands;

/// <summary>The standard charts 'stalemate run' writes into DIR/plots/.</summary>
public class PlotsTests
{
    /// <summary>Every standard chart of the example scenario, with its title and y-axis label.</summary>
    private static readonly (string Name, string Title, string YLabel)[] Expected =
    [
        ("outcomes", "Outcome probabilities", "Probability (share of runs)"),
        ("deaths", "Conflict deaths", "Deaths per month"),
        ("deaths-civilians", "Civilian deaths", "Deaths per month"),
        ("deaths-by-zone", "Conflict deaths by zone", "Deaths per month"),
        ("groups-active", "Active armed groups", "Armed groups (count)"),
        ("fighters-by-kind", "Fighters by kind of armed group", "Fighters (people)"),
        ("displacement", "Displaced people", "People"),
        ("state-reach", "State reach", "Share of population under state control"),
        ("control-shares", "Who controls the population", "Share of population"),
        ("hist-deaths-total", "Total deaths per run", "Runs"),
        ("hist-splinters", "Splinter groups per run", "Runs"),
        ("hist-militias-new", "New militias per run", "Runs"),
    ];

    private static readonly string[] FanCharts = ["deaths", "deaths-civilians", "deaths-by-zone", "groups-active", "fighters-by-kind", "displacement", "state-reach"];

    private string _dir = "";
    private string _out = "";
    private (int Exit, string Out, string Error) _run;

    private static string Example => CliRunner.Scenario("examples/three-regions.json");

    private string Plots => Path.Combine(_out, "plots");

    [OneTimeSetUp]
    public void RunOnce()
    {
        _dir = CliRunner.TempDir();
        _out = Path.Combine(_dir, "ex");
        _run = CliRunner.Run("run", Example, "--runs", "8", "--seed", "3", "--out", _out);
    }

    [OneTimeTearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private XDocument Chart(string name) => Markup.Parse(File.ReadAllText(Path.Combine(Plots, name + ".svg")));

    [Test]
    public void RunWritesEveryStandardChartAsAWellFormedSvgWithTitleAxesAndData()
    {
        Assert.That(_run.Exit, Is.EqualTo(0), _run.Error);
        Assert.That(StandardPlots.Names, Is.EquivalentTo(Expected.Select(e => e.Name)), "the test knows every standard chart");
        foreach (var (name, title, yLabel) in Expected)
        {
            var svg = Chart(name);
            var root = svg.Root!;
            Assert.Multiple(() =>
            {
                Assert.That(root.Name, Is.EqualTo(Markup.Svg + "svg"), name);
                Assert.That(((string?)root.Attribute("width"), (string?)root.Attribute("height")), Is.EqualTo(("1200", "700")), name);
                Assert.That(root.Element(Markup.Svg + "title")?.Value, Is.EqualTo(title), name);
                Assert.That(svg.SingleText("title"), Is.EqualTo(title), name);
                Assert.That(svg.SingleText("subtitle"), Does.StartWith("Three regions (stylised example) · 8 runs"), name);
                Assert.That(svg.SingleText("y-label"), Is.EqualTo(yLabel), name);
                Assert.That(svg.SingleText("x-label"), Is.Not.Empty, name);
                Assert.That(svg.WithClass("y-axis").Count(), Is.EqualTo(1), name + ": y axis");
                Assert.That(svg.WithClass("x-axis").Count(), Is.EqualTo(1), name + ": x axis");
                Assert.That(svg.WithClass("tick-label").Count(), Is.GreaterThan(3), name + ": tick labels");
                Assert.That(svg.WithClass("data").Single().Elements().Count(), Is.GreaterThan(0), name + ": series drawn");
                Assert.That(svg.WithClass("legend").Count(), Is.EqualTo(1), name + ": legend");
            });
        }
    }

    [Test]
    public void FanChartsHaveYearsOnTheTimeAxisBandsAMedianAndTheScenariosScheduledEvents()
    {
        foreach (var name in FanCharts)
        {
            var svg = Chart(name);
            Assert.Multiple(() =>
            {
                Assert.That(svg.WithClass("time-axis").Single().WithClass("tick-label").Select(t => t.Value), Does.Contain("2020").And.Contain("2029"), name);
                Assert.That(svg.WithClass("band90"), Is.Not.Empty, name);
                Assert.That(svg.WithClass("band50"), Is.Not.Empty, name);
                Assert.That(svg.WithClass("median"), Is.Not.Empty, name);
                Assert.That(svg.WithClass("event-label").Select(e => e.Value), Is.EqualTo(new[] { "Coalition arrives", "Peace accord", "Coalition leaves" }), name);
            });
        }
    }

    [Test]
    public void OverlaidChartsHaveOneSeriesEach()
    {
        Assert.That(Chart("deaths-by-zone").WithClass("median").Count(), Is.EqualTo(3), "north, centre, south");
        Assert.That(Chart("displacement").WithClass("median").Count(), Is.EqualTo(2), "IDPs and refugees");
        Assert.That(Chart("outcomes").WithClass("bar").Count(), Is.EqualTo(5), "one bar per outcome");
        Assert.That(Chart("outcomes").WithClass("whisker").Count(), Is.EqualTo(5), "one interval per outcome");
    }

    [Test]
    public void ControlSharesStackEveryKindAndSayTheyAreRescaled()
    {
        var svg = Chart("control-shares");
        Assert.That(svg.WithClass("layer").Count(), Is.EqualTo(6));
        Assert.That(svg.WithClass("legend-label").Select(l => l.Value), Is.EquivalentTo(new[] { "State", "Pro-government", "Self-defence", "Separatist", "Jihadist", "No one" }));
        Assert.That(svg.SingleText("subtitle"), Does.Contain("rescaled to sum to 1"));
    }

    [Test]
    public void PngsAreWrittenBesideTheSvgsWhenLibrsvgIsInstalled()
    {
        if (_run.Error.Contains("PNGs not written", StringComparison.Ordinal))
        {
            Assert.That(_run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries).Count(l => l.Contains("PNG", StringComparison.Ordinal)), Is.EqualTo(1), "one line");
            Assert.Inconclusive("librsvg is not installed here: " + _run.Error);
        }

        Assert.That(_run.Out, Does.Contain("Plots: ").And.Contain("(12 charts, SVG and PNG)"));
        foreach (var (name, _, _) in Expected)
        {
            var png = File.ReadAllBytes(Path.Combine(Plots, name + ".png"));
            Assert.That(png.Take(8), Is.EqualTo(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }), name);
        }
    }

    [Test]
    public void ASingleRunGetsItsTimeChartsButNoHistograms()
    {
        string outDir = Path.Combine(_dir, "one");
        Assert.That(CliRunner.Run("run", Example, "--runs", "1", "--out", outDir, "-q").Exit, Is.EqualTo(0));
        var names = Directory.GetFiles(Path.Combine(outDir, "plots"), "*.svg").Select(Path.GetFileNameWithoutExtension);
        Assert.That(names, Does.Contain("deaths").And.Contain("outcomes").And.Not.Contain("hist-deaths-total"));
    }

    [Test]
    public void NoPlotsWritesNoneAndRemovesThoseOfAnEarlierRun()
    {
        string outDir = Path.Combine(_dir, "no-plots");
        var fresh = CliRunner.Run("run", Example, "--runs", "4", "--out", outDir, "--no-plots", "-q");
        Assert.That(fresh.Exit, Is.EqualTo(0), fresh.Error);
        Assert.That(Directory.Exists(Path.Combine(outDir, "plots")), Is.False);

        Assert.That(CliRunner.Run("run", Example, "--runs", "4", "--out", outDir, "-q").Exit, Is.EqualTo(0));
        Assert.That(Directory.GetFiles(Path.Combine(outDir, "plots"), "*.svg"), Has.Length.EqualTo(12));
        Assert.That(CliRunner.Run("run", Example, "--runs", "4", "--out", outDir, "--no-plots", "-q").Exit, Is.EqualTo(0));
        Assert.That(Directory.Exists(Path.Combine(outDir, "plots")), Is.False, "no stale pictures beside new data");
    }

    [Test]
    public void PlotsThatCannotBeWrittenDoNotFailTheRun()
    {
        string outDir = Path.Combine(_dir, "blocked");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "plots"), "a file where the plots folder would go");

        var (exit, _, error) = CliRunner.Run("run", Example, "--runs", "4", "--out", outDir, "-q");

        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(File.Exists(Path.Combine(outDir, "series.csv")), Is.True);
        var lines = error.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.That(lines, Has.Length.EqualTo(1), error);
        Assert.That(lines[0], Does.StartWith("stalemate: plots: none written"));
    }

    [Test]
    public void UnreadableOutputsAreReportedInOneLineNotThrown()
    {
        string outDir = Path.Combine(_dir, "garbage");
        Directory.CreateDirectory(outDir);
        File.WriteAllText(Path.Combine(outDir, "series.csv"), "not,the,header\n1,2,3\n");
        var error = new StringWriter();

        var result = PlotWriter.WriteAndReport(outDir, new CommandIo(new StringWriter(), error), quiet: false);

        Assert.That(result.Plots, Is.Empty);
        Assert.That(error.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries), Has.Length.EqualTo(1));
        Assert.That(error.ToString(), Does.Contain("expected the header"));
    }

    [Test]
    public void WithoutTheScenarioFilesTheChartsAreDrawnWithoutEventMarkers()
    {
        string scenario = Path.Combine(_dir, "copy.json");
        File.Copy(Example, scenario);
        string outDir = Path.Combine(_dir, "gone");
        Assert.That(CliRunner.Run("run", scenario, "--runs", "4", "--out", outDir, "--no-plots", "-q").Exit, Is.EqualTo(0));
        File.Delete(scenario);

        var result = PlotWriter.Write(outDir);

        Assert.That(result.Problems, Is.Empty);
        Assert.That(result.Plots, Has.Count.EqualTo(12));
        var deaths = Markup.Parse(File.ReadAllText(Path.Combine(outDir, "plots", "deaths.svg")));
        Assert.That(deaths.WithClass("event-label"), Is.Empty);
    }
}
