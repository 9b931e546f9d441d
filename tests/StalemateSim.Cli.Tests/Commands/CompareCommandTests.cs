using System.Text.Json.Nodes;
using StalemateSim.Core.Comparison;

namespace StalemateSim.Cli.Tests.Commands;

/// <summary>
/// stalemate compare end to end on the example scenario, with test copies of the committed levers
/// translated to the example's ids and months (the levers themselves name Mali's).
/// </summary>
public class CompareCommandTests
{
    private static readonly (string From, string To)[] ExampleIds =
    [
        ("barkhane-withdraws", "coalition-leaves"), ("\"algiers-accord\"", "\"peace-accord\""), ("barkhane", "coalition"), ("minusma", "coalition"),
        ("region.kidal.", "region.highlands."), ("region.mopti.", "region.plains."),
        ("\"2015-05\"", "\"2023-01\""), ("\"2016-01\"", "\"2023-06\""), ("\"2018-01\"", "\"2024-01\""),
    ];

    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = CliRunner.TempDir();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static string Example => CliRunner.Scenario("examples/three-regions.json");

    [Test]
    public void Compare_writes_every_output_and_prints_the_table()
    {
        string state = Lever("end-state-militia-support"), foreign = Lever("end-foreign-militia-support");
        string outDir = Path.Combine(_dir, "out");
        var (exit, output, error) = CliRunner.Run("compare", Example, "--lever", state, "--lever", foreign, "--combine", "--runs", "6", "--seed", "4", "--threads", "2", "--out", outDir);
        Assert.That(exit, Is.EqualTo(0), error);

        foreach (string file in new[]
        {
            "comparison.csv", "comparison.md", "deaths-series.csv", "manifest.json", "forest.svg", "forest-outcomes.svg", "forest-deaths_after.svg",
            "fan-deaths-end-state-militia-support.svg", "fan-deaths-end-foreign-militia-support.svg", "fan-deaths-combined.svg",
        })
        {
            Assert.That(File.Exists(Path.Combine(outDir, file)), Is.True, file);
        }

        string[] csv = File.ReadAllLines(Path.Combine(outDir, "comparison.csv"));
        Assert.That(csv[0], Is.EqualTo("arm,metric,baseline_mean,arm_mean,difference,low,high,n"));
        Assert.That(csv, Has.Length.EqualTo(1 + (3 * ComparisonMetrics.All.Count)), "a row per arm and metric");
        Assert.That(csv[1..].Select(l => l.Split(',')[0]).Distinct(), Is.EqualTo(new[] { "end-state-militia-support", "end-foreign-militia-support", "combined" }));
        Assert.That(csv[1..].Select(l => l.Split(',')[^1]), Is.All.EqualTo("6"));

        string md = File.ReadAllText(Path.Combine(outDir, "comparison.md"));
        Assert.That(md, Does.Contain("## End state support to militias (2016)").And.Contain("In plain words").And.Contain("![").And.Contain("Deaths after the lever"));
        string[] series = File.ReadAllLines(Path.Combine(outDir, "deaths-series.csv"));
        Assert.That(series, Has.Length.EqualTo(1 + (4 * 120)), "baseline and three arms, 120 months each");

        var manifest = ComparisonManifest.FromJson(File.ReadAllText(Path.Combine(outDir, "manifest.json")))!;
        Assert.That(manifest.Status, Is.EqualTo("complete"));
        Assert.That(manifest.RunsDone, Is.EqualTo(6));
        Assert.That(manifest.Arms.Select(a => a.OnsetMonth), Is.All.EqualTo("2023-06"));
        Assert.That(manifest.Outputs, Does.Contain("comparison.csv").And.Contain("forest.svg"));

        Assert.That(output, Does.Contain("end-state-militia-support: End state support to militias (2016), from 2023-06"));
        Assert.That(output, Does.Contain("deaths_after").And.Contain("years_to_settlement").And.Contain("p_stalemate").And.Contain("95% interval"));
    }

    [Test]
    public void Metric_filter_limits_the_outputs()
    {
        string outDir = Path.Combine(_dir, "m");
        var (exit, output, error) = CliRunner.Run("compare", Example, "-l", Lever("jnim-dialogue"), "--runs", "3", "--metric", "deaths_after", "--metric", "p_settlement", "--out", outDir, "-q");
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Is.Empty, "quiet");
        string[] csv = File.ReadAllLines(Path.Combine(outDir, "comparison.csv"));
        Assert.That(csv[1..].Select(l => l.Split(',')[1]), Is.EqualTo(new[] { "deaths_after", "p_settlement" }));
        Assert.That(File.Exists(Path.Combine(outDir, "forest-splinters_after.svg")), Is.False);
    }

    [Test]
    public void Outputs_do_not_depend_on_threads()
    {
        string lever = Lever("end-abuses-and-profiling");
        string one = Path.Combine(_dir, "t1"), two = Path.Combine(_dir, "t2");
        Assert.That(CliRunner.Run("compare", Example, "-l", lever, "--runs", "5", "--threads", "1", "--batch-size", "2", "--out", one, "-q").Exit, Is.EqualTo(0));
        Assert.That(CliRunner.Run("compare", Example, "-l", lever, "--runs", "5", "--threads", "2", "--batch-size", "5", "--out", two, "-q").Exit, Is.EqualTo(0));
        foreach (string file in new[] { "comparison.csv", "comparison.md", "deaths-series.csv", "forest.svg" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(two, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(one, file))), file);
        }
    }

    [Test]
    public void Sweep_writes_the_effect_at_each_value()
    {
        string outDir = Path.Combine(_dir, "sweep");
        var (exit, output, error) = CliRunner.Run("compare", Example, "-l", Lever("end-foreign-militia-support"), "--sweep", "rules.upkeep.desertionRate=0.2:0.4:2", "--runs", "3", "--out", outDir);
        Assert.That(exit, Is.EqualTo(0), error);
        string[] csv = File.ReadAllLines(Path.Combine(outDir, "sweep.csv"));
        Assert.That(csv[0], Is.EqualTo("key,value,arm,metric,baseline_mean,arm_mean,difference,low,high,n"));
        Assert.That(csv, Has.Length.EqualTo(1 + (2 * ComparisonMetrics.All.Count)));
        Assert.That(csv[1..].Select(l => l.Split(',')[1]).Distinct(), Is.EqualTo(new[] { "0.2", "0.4" }));
        Assert.That(File.Exists(Path.Combine(outDir, "sweep-deaths_after.svg")), Is.True);
        Assert.That(File.ReadAllText(Path.Combine(outDir, "sweep.md")), Does.Contain("Where the conclusion changes"));
        Assert.That(ComparisonManifest.FromJson(File.ReadAllText(Path.Combine(outDir, "manifest.json")))!.SweepValues, Is.EqualTo(new[] { 0.2, 0.4 }));
        Assert.That(output, Does.Contain("rules.upkeep.desertionRate"));
    }

    [Test]
    public void A_bad_lever_file_exits_2_and_names_the_file()
    {
        string bad = Path.Combine(_dir, "bad-lever.json");
        File.WriteAllText(bad, """{ "events": { "lever-x": { "at": "2023-06", "type": "policy", "set": { "region.atlantis.autonomy": 1 } } } }""");
        var (exit, _, error) = CliRunner.Run("compare", Example, "--lever", bad, "--runs", "2", "--out", Path.Combine(_dir, "x"));
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("bad-lever.json").And.Contain("atlantis"));
        Assert.That(Directory.Exists(Path.Combine(_dir, "x")), Is.False, "nothing written");

        string broken = Path.Combine(_dir, "broken.json");
        File.WriteAllText(broken, "{ \"events\": ");
        Assert.That(CliRunner.Run("compare", Example, "--lever", broken, "--runs", "2", "--out", Path.Combine(_dir, "y")).Exit, Is.EqualTo(2));
        Assert.That(CliRunner.Run("compare", Example, "--lever", Path.Combine(_dir, "missing.json"), "--runs", "2", "--out", Path.Combine(_dir, "z")).Exit, Is.EqualTo(2));
    }

    [Test]
    public void A_mali_lever_on_a_scenario_without_its_ids_exits_2()
    {
        var (exit, _, error) = CliRunner.Run("compare", Example, "--lever", CliRunner.Scenario("levers/kidal-autonomy.json"), "--runs", "2", "--out", Path.Combine(_dir, "k"));
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("kidal"));
    }

    [TestCase("--metric", "deaths")]
    [TestCase("--sweep", "rules.upkeep.desertionRate=0.1")]
    [TestCase("--runs", "0")]
    [TestCase("--bootstrap", "-1")]
    public void Bad_options_exit_2(string option, string value)
    {
        var (exit, _, error) = CliRunner.Run("compare", Example, "--lever", Lever("jnim-dialogue"), option, value, "--out", Path.Combine(_dir, "o"));
        Assert.That(exit, Is.EqualTo(2), error);
        Assert.That(error, Is.Not.Empty);
    }

    [Test]
    public void No_lever_and_a_sweep_of_two_levers_exit_2()
    {
        Assert.That(CliRunner.Run("compare", Example, "--runs", "2", "--out", Path.Combine(_dir, "a")).Exit, Is.EqualTo(2));
        var (exit, _, error) = CliRunner.Run("compare", Example, "-l", Lever("jnim-dialogue"), "-l", Lever("mopti-roadmap"), "--sweep", "rules.upkeep.desertionRate=0.1:0.3:2", "--out", Path.Combine(_dir, "b"));
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("exactly one --lever"));
    }

    /// <summary>
    /// A copy of a committed lever with the example's ids and months, in the test folder; patches of
    /// Mali events the example does not have (entries with no "at") are dropped.
    /// </summary>
    private string Lever(string name)
    {
        string text = File.ReadAllText(CliRunner.Scenario($"levers/{name}.json"));
        foreach ((string from, string to) in ExampleIds)
        {
            text = text.Replace(from, to, StringComparison.Ordinal);
        }

        JsonNode root = JsonNode.Parse(text)!;
        JsonObject events = root["events"]!.AsObject();
        JsonObject exampleEvents = JsonNode.Parse(File.ReadAllText(Example))!["events"]!.AsObject();
        foreach (string id in events.Where(e => e.Value?["at"] is null && !exampleEvents.ContainsKey(e.Key)).Select(e => e.Key).ToList())
        {
            events.Remove(id);
        }

        string path = Path.Combine(_dir, name + ".json");
        File.WriteAllText(path, root.ToJsonString());
        return path;
    }
}
