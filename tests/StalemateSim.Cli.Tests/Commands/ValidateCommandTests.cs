namespace StalemateSim.Cli.Tests.Commands;

public class ValidateCommandTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = CliRunner.TempDir();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void ExampleScenarioValidatesWithAOneLineSummary()
    {
        var (exit, output, error) = CliRunner.Run("validate", CliRunner.Scenario("examples/three-regions.json"));
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output.Trim().Split('\n'), Has.Length.EqualTo(1));
        Assert.That(output, Does.Contain("3 regions").And.Contain("4 armed groups").And.Contain("120 months"));
    }

    [Test]
    public void BadScenarioListsEveryProblemWithKeyPathsAndExitCode2()
    {
        string bad = Path.Combine(_dir, "bad.json");
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(CliRunner.Scenario("examples/three-regions.json")))!;
        var group = root["armedGroups"]!["brotherhood"]!.AsObject();
        group["leader"] = "nobody";
        group["fighters"] = -5;
        group["bogus"] = 1;
        File.WriteAllText(bad, root.ToJsonString());

        var (exit, _, error) = CliRunner.Run("validate", bad);

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("armedGroups:brotherhood:leader"));
        Assert.That(error, Does.Contain("armedGroups:brotherhood:fighters"));
        Assert.That(error, Does.Contain("armedGroups:brotherhood:bogus"));
        Assert.That(error, Does.Contain("bad.json"));
        Assert.That(error, Does.Not.Contain("   at "), "no stack trace");
    }

    [Test]
    public void MalformedJsonNamesFileAndLine()
    {
        string bad = Path.Combine(_dir, "broken.json");
        File.WriteAllText(bad, "{\n  \"schemaVersion\": 1,\n  \"name\": \"x\"\n  \"start\": \"2012-01\"\n}\n");
        var (exit, _, error) = CliRunner.Run("validate", bad);
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Match(@"broken\.json:\d+"));
        Assert.That(error, Does.Not.Contain("   at "));
    }

    [Test]
    public void AnUnknownOptionAfterTheScenarioIsNamedAsSuchNotReadAsAFile()
    {
        var (exit, _, error) = CliRunner.Run("calibrate", CliRunner.Scenario("examples/three-regions.json"), "-q", "--runs", "1");

        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("unknown option '-q'"));
        Assert.That(error, Does.Not.Contain("not found"));
    }

    [Test]
    public void MissingFileIsReportedWithExitCode2()
    {
        var (exit, _, error) = CliRunner.Run("validate", Path.Combine(_dir, "nowhere.json"));
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("nowhere.json"));
        Assert.That(error, Does.Contain("not found"));
    }

    [Test]
    public void HelpTeachesWithAnExample()
    {
        var (exit, output, _) = CliRunner.Run("run", "--help");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("--runs").And.Contain("--seed").And.Contain("--out").And.Contain("Example"));
    }
}
