namespace StalemateSim.Cli.Tests.Commands;

public class CalibrateCommandTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = CliRunner.TempDir();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Targets()
    {
        string path = Path.Combine(_dir, "targets.json");
        File.WriteAllText(path, """
            { "schemaVersion": 1,
              "targets": {
                "deaths-2020": { "metric": "deaths", "aggregate": "sum", "from": "2020-01", "to": "2020-12", "low": 0, "high": 1000000, "use": "calibration" },
                "impossible": { "metric": "groups.active", "aggregate": "max", "from": "2020-01", "to": "2029-12", "low": 500, "use": "validation" } },
              "checks": {
                "some-groups": { "fact": "7.2.1", "all": [ { "left": { "metric": "groups.active", "aggregate": "last", "from": "2029-12", "to": "2029-12" }, "op": ">", "value": 0 } ], "minShare": 0.5 },
                "unknown": { "fact": "7.2.2", "evaluable": false, "all": [] } } }
            """);
        return path;
    }

    /// <summary>The three-regions example written to the test folder with these clashes rule settings (free ranges) and, if given, a calibration note.</summary>
    private string ExampleWithClashes(string clashes, string? note = null)
    {
        string scenario = Path.Combine(_dir, "example.json");
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(CliRunner.Scenario("examples/three-regions.json")))!;
        root["rules"]!["clashes"] = System.Text.Json.Nodes.JsonNode.Parse(clashes);
        if (note is not null)
        {
            root["provenance"]!["calibration"] = note;
        }

        File.WriteAllText(scenario, root.ToJsonString());
        return scenario;
    }

    [Test]
    public void PrintsEachTargetBesideTheSimulatedMedianAndBandAndEachCheck()
    {
        string outDir = Path.Combine(_dir, "cal");
        var (exit, output, error) = CliRunner.Run("calibrate", CliRunner.Scenario("examples/three-regions.json"), "--targets", Targets(), "--runs", "6", "--out", outDir);
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("| deaths-2020 | calibration |").And.Contain("| yes | yes |"), "inside a huge range");
        Assert.That(output, Does.Contain("| impossible | validation |").And.Contain("≥ 500"));
        Assert.That(output, Does.Contain("| some-groups | 7.2.1 | 100 % | 50 % | pass |"));
        Assert.That(output, Does.Contain("| unknown | 7.2.2 | – | – | not evaluable |"));
        string[] targets = File.ReadAllLines(Path.Combine(outDir, "targets.csv"));
        Assert.That(targets[0], Does.StartWith("target,use,metric,aggregate,from,to,value,low,high,tolerance,median,p10,p90"));
        Assert.That(targets, Has.Length.EqualTo(3));
        Assert.That(File.Exists(Path.Combine(outDir, "checks.csv")), Is.True);
    }

    [Test]
    public void SearchWritesFittedValuesBackIntoTheScenario()
    {
        string scenario = ExampleWithClashes("""{ "lethality": { "low": 0.01, "high": 0.05, "free": true } }""");
        var (exit, output, error) = CliRunner.Run("calibrate", scenario, "--targets", Targets(), "--runs", "3", "--search", "3", "--write", "--out", Path.Combine(_dir, "s"));
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("Best candidate").And.Contain("rules:clashes:lethality ="));
        var written = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(scenario))!;
        double value = (double)written["rules"]!["clashes"]!["lethality"]!["value"]!;
        Assert.That(value, Is.InRange(0.01, 0.05));
        Assert.That((string)written["provenance"]!["calibration"]!, Does.Contain("stalemate calibrate --search 3"));
        Assert.That(File.ReadAllLines(Path.Combine(_dir, "s", "search.csv")), Has.Length.EqualTo(4));
    }

    [Test]
    public void RefineStartsFromTheCurrentValueAndStaysInTheQuarterBoxAroundIt()
    {
        string scenario = ExampleWithClashes("""{ "lethality": { "low": 0.01, "high": 0.05, "free": true, "value": 0.02 } }""");
        var (exit, _, error) = CliRunner.Run("calibrate", scenario, "--targets", Targets(), "--runs", "2", "--search", "4", "--refine", "--write", "--out", Path.Combine(_dir, "r"));
        Assert.That(exit, Is.EqualTo(0), error);

        string[] rows = File.ReadAllLines(Path.Combine(_dir, "r", "search.csv"));
        double[] values = rows.Skip(1).Select(r => double.Parse(r.Split(',')[3], System.Globalization.CultureInfo.InvariantCulture)).ToArray();
        Assert.That(values, Has.Length.EqualTo(4));
        Assert.That(values[0], Is.EqualTo(0.02), "the first candidate is the current fit");
        Assert.That(values.Skip(1), Is.All.InRange(0.02 - 0.005, 0.02 + 0.005), "a quarter of the 0.04-wide range, centred on it");
        var written = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(scenario))!;
        Assert.That((string)written["provenance"]!["calibration"]!, Does.Contain("--refine"));
    }

    [Test]
    public void OnlySearchesTheNamedParametersAndAddsToTheCalibrationNote()
    {
        string scenario = ExampleWithClashes("""{ "lethality": { "low": 0.01, "high": 0.05, "free": true, "value": 0.02 }, "clashRate": { "low": 0.2, "high": 1, "free": true, "value": 0.5 } }""", note: "First fit.");
        var (exit, _, error) = CliRunner.Run("calibrate", scenario, "--targets", Targets(), "--runs", "2", "--search", "3", "--only", "rules.clashes.clashRate", "--write", "--out", Path.Combine(_dir, "o"));
        Assert.That(exit, Is.EqualTo(0), error);

        string[] rows = File.ReadAllLines(Path.Combine(_dir, "o", "search.csv"));
        Assert.That(rows.Skip(1).Select(r => r.Split(',')[2]), Is.All.EqualTo("rules:clashes:clashRate"));
        var written = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(scenario))!;
        Assert.That((double)written["rules"]!["clashes"]!["lethality"]!["value"]!, Is.EqualTo(0.02), "held");
        Assert.That((string)written["provenance"]!["calibration"]!, Does.StartWith("First fit. Then: ").And.Contain("--only rules:clashes:clashRate"));

        var bad = CliRunner.Run("calibrate", scenario, "--targets", Targets(), "--runs", "2", "--search", "3", "--only", "rules.clashes.nothing", "--out", Path.Combine(_dir, "b"));
        Assert.That(bad.Exit, Is.EqualTo(2));
        Assert.That(bad.Error, Does.Contain("rules:clashes:nothing").And.Contain("rules:clashes:lethality"));
    }

    [Test]
    public void WeightsAreRecordedInTheNoteAndBadOnesAreAllListed()
    {
        string scenario = ExampleWithClashes("""{ "lethality": { "low": 0.01, "high": 0.05, "free": true } }""");
        var (exit, _, error) = CliRunner.Run("calibrate", scenario, "--targets", Targets(), "--runs", "2", "--search", "2", "--check-weight", "1", "--weight", "deaths-2020=3", "--weight", "some-groups=0.5", "--write", "--out", Path.Combine(_dir, "w"));
        Assert.That(exit, Is.EqualTo(0), error);
        var written = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(scenario))!;
        Assert.That((string)written["provenance"]!["calibration"]!, Does.Contain("--weight deaths-2020=3 --weight some-groups=0.5").And.Contain("counted that many times"));

        var bad = CliRunner.Run("calibrate", scenario, "--targets", Targets(), "--runs", "2", "--search", "2", "--weight", "impossible=2", "--weight", "deaths-2020=-1", "--weight", "nothing", "--out", Path.Combine(_dir, "v"));
        Assert.That(bad.Exit, Is.EqualTo(2));
        Assert.That(bad.Error, Does.Contain("3 problem(s) with --weight"));
        Assert.That(bad.Error, Does.Contain("'impossible' is neither a calibration target nor a check"), "a validation target does not enter the loss");
        Assert.That(bad.Error, Does.Contain("--weight deaths-2020=-1: expected ID=W"));
        Assert.That(bad.Error, Does.Contain("--weight nothing: expected ID=W"));
    }

    [Test]
    public void SearchWithoutFreeParametersOrABadTargetsFileIsABadInput()
    {
        var noFree = CliRunner.Run("calibrate", CliRunner.Scenario("examples/three-regions.json"), "--targets", Targets(), "--runs", "2", "--search", "2", "--out", Path.Combine(_dir, "x"));
        Assert.That(noFree.Exit, Is.EqualTo(2));
        Assert.That(noFree.Error, Does.Contain("free"));
        var negative = CliRunner.Run("calibrate", CliRunner.Scenario("mali-2012.json"), "--targets", Targets(), "--runs", "2", "--search", "2", "--miss-weight", "-1", "--out", Path.Combine(_dir, "y"));
        Assert.That(negative.Exit, Is.EqualTo(2));
        Assert.That(negative.Error, Does.Contain("--miss-weight"));
        var missing = CliRunner.Run("calibrate", CliRunner.Scenario("examples/three-regions.json"), "--targets", Path.Combine(_dir, "none.json"));
        Assert.That(missing.Exit, Is.EqualTo(2));
        Assert.That(missing.Error, Does.Contain("none.json: not found"));
    }
}
