namespace StalemateSim.Cli.Tests.Commands;

public class RunCommandTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = CliRunner.TempDir();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private string Example => CliRunner.Scenario("examples/three-regions.json");

    [Test]
    public void SingleRunWritesTrajectoryAndEventLogAndSummary()
    {
        string outDir = Path.Combine(_dir, "one");
        var (exit, output, error) = CliRunner.Run("run", Example, "--runs", "1", "--seed", "7", "--out", outDir, "--quiet");
        Assert.That(exit, Is.EqualTo(0), error);
        foreach (string file in new[] { "trajectory.csv", "events.csv", "manifest.json", "runs.csv", "series.csv", "outcomes.json" })
        {
            Assert.That(File.Exists(Path.Combine(outDir, file)), Is.True, file);
        }

        string[] trajectory = File.ReadAllLines(Path.Combine(outDir, "trajectory.csv"));
        Assert.That(trajectory, Has.Length.EqualTo(121), "a header and 120 months");
        Assert.That(trajectory[0], Does.StartWith("tick,date,deaths,"));
        Assert.That(trajectory[1], Does.StartWith("0,2020-01,"));
        Assert.That(output, Is.Empty, "quiet");
    }

    [Test]
    public void SameSeedTwiceGivesByteIdenticalFiles()
    {
        string a = Path.Combine(_dir, "a"), b = Path.Combine(_dir, "b");
        Assert.That(CliRunner.Run("run", Example, "--runs", "1", "--seed", "11", "--out", a, "-q").Exit, Is.EqualTo(0));
        Assert.That(CliRunner.Run("run", Example, "--runs", "1", "--seed", "11", "--out", b, "-q").Exit, Is.EqualTo(0));
        foreach (string file in new[] { "trajectory.csv", "events.csv", "runs.csv", "series.csv", "outcomes.json" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(a, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(b, file))), file);
        }
    }

    [Test]
    public void ThreadCountDoesNotChangeResults()
    {
        string one = Path.Combine(_dir, "t1"), two = Path.Combine(_dir, "t2");
        Assert.That(CliRunner.Run("run", Example, "--runs", "12", "--seed", "3", "--threads", "1", "--batch-size", "5", "--out", one, "-q").Exit, Is.EqualTo(0));
        Assert.That(CliRunner.Run("run", Example, "--runs", "12", "--seed", "3", "--threads", "2", "--batch-size", "5", "--out", two, "-q").Exit, Is.EqualTo(0));
        foreach (string file in new[] { "runs.csv", "series.csv", "outcomes.json" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(one, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(two, file))), file);
        }

        Assert.That(File.ReadAllLines(Path.Combine(one, "runs.csv")), Has.Length.EqualTo(13));
    }

    [Test]
    public void FourShardsMergedEqualTheUnshardedRun()
    {
        string whole = Path.Combine(_dir, "whole");
        Assert.That(CliRunner.Run("run", Example, "--runs", "10", "--seed", "5", "--out", whole, "-q").Exit, Is.EqualTo(0));
        var shards = new List<string>();
        for (int i = 0; i < 4; i++)
        {
            string shard = Path.Combine(_dir, $"shard{i}");
            shards.Add(shard);
            var run = CliRunner.Run("run", Example, "--runs", "10", "--seed", "5", "--shard", $"{i}/4", "--out", shard, "-q");
            Assert.That(run.Exit, Is.EqualTo(0), run.Error);
        }

        string merged = Path.Combine(_dir, "merged");
        var merge = CliRunner.Run(["merge", .. shards, "--out", merged]);
        Assert.That(merge.Exit, Is.EqualTo(0), merge.Error);
        foreach (string file in new[] { "runs.csv", "series.csv", "outcomes.json" })
        {
            Assert.That(File.ReadAllBytes(Path.Combine(merged, file)), Is.EqualTo(File.ReadAllBytes(Path.Combine(whole, file))), file);
        }
    }

    [Test]
    public void BadShardIsABadInput()
    {
        var (exit, _, error) = CliRunner.Run("run", Example, "--runs", "4", "--shard", "4/4", "--out", Path.Combine(_dir, "x"), "-q");
        Assert.That(exit, Is.EqualTo(2));
        Assert.That(error, Does.Contain("0 <= i < N"));
    }
}
