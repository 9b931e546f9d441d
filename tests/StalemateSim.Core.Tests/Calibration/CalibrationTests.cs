using StalemateSim.Core.Analysis;
using StalemateSim.Core.Calibration;

namespace StalemateSim.Core.Tests.Calibration;

public class CalibrationTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "stalemate-calibration-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private static Trajectory Deaths(params double[] monthly)
    {
        var t = new Trajectory(["deaths", "idps"], monthly.Length);
        for (int i = 0; i < monthly.Length; i++)
        {
            t[0, i] = monthly[i];
            t[1, i] = 100 * i;
        }

        return t;
    }

    [Test]
    public void WindowsAggregateTheMonthsTheyName()
    {
        Trajectory t = Deaths(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        Assert.That(WindowValue.Of(t, new MetricWindow("deaths", "sum", "2012-01", "2012-12"), 2012, 1), Is.EqualTo(78));
        Assert.That(WindowValue.Of(t, new MetricWindow("deaths", "mean", "2013-01", "2013-02"), 2012, 1), Is.EqualTo(13.5));
        Assert.That(WindowValue.Of(t, new MetricWindow("idps", "max", "2012-01", "2012-06"), 2012, 1), Is.EqualTo(500));
        Assert.That(WindowValue.Of(t, new MetricWindow("idps", "last", "2012-03", "2012-03"), 2012, 1), Is.EqualTo(200));
        Assert.That(WindowValue.Of(t, new MetricWindow("nothing", "sum", "2012-01", "2012-02"), 2012, 1), Is.NaN);
        Assert.That(WindowValue.Of(t, new MetricWindow("deaths", "sum", "2020-01", "2020-02"), 2012, 1), Is.NaN, "outside the run");
    }

    [Test]
    public void ChecksHoldOnlyWhenEveryComparisonDoes()
    {
        Trajectory t = Deaths(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        var rises = new CheckComparison(new MetricWindow("deaths", "sum", "2013-01", "2013-02"), ">=", new MetricWindow("deaths", "sum", "2012-01", "2012-02"), null, 3);
        var small = new CheckComparison(new MetricWindow("deaths", "max", "2012-01", "2013-02"), "<", null, 10, 1);
        Assert.That(Evaluation.Holds(new Check("a", "", "7.2.10", true, [rises], 0.5, "", ""), t, 2012, 1), Is.True, "27 >= 3 × 3");
        Assert.That(Evaluation.Holds(new Check("b", "", "7.2.10", true, [rises, small], 0.5, "", ""), t, 2012, 1), Is.False, "max 14 is not < 10");
    }

    [Test]
    public void AtLeastKOfTheComparisonsMustHoldWhenTheCheckSaysSo()
    {
        Trajectory t = Deaths(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14);
        var yes = new CheckComparison(new MetricWindow("deaths", "max", "2012-01", "2012-12"), ">=", null, 12, 1);
        var alsoYes = new CheckComparison(new MetricWindow("deaths", "first", "2012-01", "2012-12"), "<", null, 2, 1);
        var no = new CheckComparison(new MetricWindow("deaths", "sum", "2012-01", "2012-02"), ">", null, 100, 1);
        Check TwoOf(params CheckComparison[] c) => new("m", "", "7.2.23", true, c, 0.7, "", "") { AtLeast = 2 };
        Assert.That(Evaluation.Holds(TwoOf(yes, alsoYes, no), t, 2012, 1), Is.True, "two of three");
        Assert.That(Evaluation.Holds(TwoOf(yes, no, no), t, 2012, 1), Is.False, "one of three");
        Assert.That(Evaluation.Holds(new Check("m", "", "7.2.23", true, [yes, alsoYes, no], 0.7, "", ""), t, 2012, 1), Is.False, "without atLeast, all three");
    }

    [Test]
    public void AtLeastMustBeAWholeNumberNoLargerThanTheComparisons()
    {
        string path = Path.Combine(_dir, "atleast.json");
        File.WriteAllText(path, """
            { "targets": {},
              "checks": {
                "ok": { "atLeast": 1, "all": [ { "left": { "metric": "deaths", "aggregate": "sum", "from": "2012-01", "to": "2012-12" }, "op": ">", "value": 0 } ] },
                "big": { "atLeast": 3, "all": [ { "left": { "metric": "deaths", "aggregate": "sum", "from": "2012-01", "to": "2012-12" }, "op": ">", "value": 0 } ] },
                "half": { "atLeast": 0.5, "all": [ { "left": { "metric": "deaths", "aggregate": "sum", "from": "2012-01", "to": "2012-12" }, "op": ">", "value": 0 } ] } } }
            """);
        var problems = new List<string>();
        TargetSet? set = TargetSetReader.Read(path, problems);
        Assert.That(problems, Has.Count.EqualTo(2));
        Assert.That(problems, Has.Some.Contains("checks:big:atLeast"));
        Assert.That(problems, Has.Some.Contains("checks:half:atLeast"));
    }

    [Test]
    public void LossIsZeroInsideTheRecordedRangeAndGrowsWithTheLogRatioOutside()
    {
        Assert.That(Evaluation.Distance(300, (160, 411)), Is.Zero);
        Assert.That(Evaluation.Distance(822, (160, 411)), Is.EqualTo(Math.Log(2) * Math.Log(2)).Within(1e-12));
        Assert.That(Evaluation.Distance(80, (160, 411)), Is.EqualTo(Math.Log(2) * Math.Log(2)).Within(1e-12), "half as much is as far as twice as much");
    }

    [Test]
    public void ChecksCostTheirSquaredShortfallOrAFlatWeightWhenTheyFail()
    {
        var target = new Target("t", "", new MetricWindow("deaths", "sum", "2012-01", "2012-12"), null, 160, 411, null, "calibration", "");
        Check Fact(string id) => new(id, "", "7.2.1", true, [], 0.5, "", "");
        var e = new Evaluation(
            [new TargetResult(target, 822, 0, 0, false, false, 10)],
            [new CheckResult(Fact("far"), 0.1, false, 10), new CheckResult(Fact("near"), 0.4, false, 10), new CheckResult(Fact("held"), 0.9, true, 10)]);
        double targets = Math.Log(2) * Math.Log(2);
        Assert.That(e.LossWith(LossWeights.TargetsOnly), Is.EqualTo(targets).Within(1e-12));
        Assert.That(e.LossWith(new LossWeights(10)), Is.EqualTo(targets + (10 * ((0.4 * 0.4) + (0.1 * 0.1)))).Within(1e-12), "squared shortfalls 0.16 and 0.01");
        Assert.That(e.LossWith(new LossWeights(10, CheckPenalty.Failed)), Is.EqualTo(targets + 20).Within(1e-12), "two failing checks, whatever their shortfall");
        Assert.That(e.LossWith(new LossWeights(MissWeight: 3)), Is.EqualTo(targets + 3).Within(1e-12), "the one target missed costs its distance and the flat charge");

        var weighted = new Dictionary<string, double> { ["t"] = 2, ["far"] = 3, ["held"] = 100 };
        Assert.That(
            e.LossWith(new LossWeights(10, CheckPenalty.Failed, 3, weighted)),
            Is.EqualTo((2 * (targets + 3)) + (3 * 10) + 10).Within(1e-12),
            "the target counts twice, 'far' three times, 'near' once; 'held' holds, so its weight multiplies nothing");
    }

    [Test]
    public void TargetsAcceptAValueWithToleranceOrARange()
    {
        var value = new Target("t", "", null, 265, null, null, 0.35, "calibration", "");
        Assert.That(value.Accepted().Low, Is.EqualTo(172.25).Within(1e-9));
        Assert.That(value.Accepted().High, Is.EqualTo(357.75).Within(1e-9));
        var floor = new Target("f", "", null, null, 496, null, null, "calibration", "");
        Assert.That(floor.Accepted(), Is.EqualTo((496.0, double.PositiveInfinity)));
        Assert.That(floor.RecordedText(), Is.EqualTo("≥ 496"));
    }

    [Test]
    public void TheSeedsTargetsFileReadsWithoutProblems()
    {
        string root = TestContext.CurrentContext.TestDirectory;
        while (!File.Exists(Path.Combine(root, "StalemateSim.sln")))
        {
            root = Directory.GetParent(root)!.FullName;
        }

        var problems = new List<string>();
        TargetSet? set = TargetSetReader.Read(Path.Combine(root, "seeds", "targets.json"), problems);
        Assert.That(problems, Is.Empty);
        Assert.That(set!.Targets.Count(t => t.Use == "calibration"), Is.GreaterThanOrEqualTo(10));
        Assert.That(set.Checks.Count(c => c.Evaluable), Is.GreaterThanOrEqualTo(20));
    }

    [Test]
    public void ABadTargetsFileListsEveryProblemWithItsKeyPath()
    {
        string path = Path.Combine(_dir, "bad.json");
        File.WriteAllText(path, """
            { "targets": { "x": { "metric": "deaths", "aggregate": "median", "from": "2012-1", "to": "2012-12" } },
              "checks": { "y": { "all": [ { "left": { "metric": "deaths", "aggregate": "sum", "from": "2012-01", "to": "2012-12" }, "op": "=>" } ] } } }
            """);
        var problems = new List<string>();
        TargetSetReader.Read(path, problems);
        Assert.That(problems, Has.Some.Contains("targets:x:aggregate"));
        Assert.That(problems, Has.Some.Contains("targets:x:from"));
        Assert.That(problems, Has.Some.Contains("targets:x: expected 'value' or 'low'/'high'"));
        Assert.That(problems, Has.Some.Contains("checks:y:all:0:op"));
        Assert.That(problems, Has.Some.Contains("checks:y:all:0: expected 'right' or 'value'"));
        Assert.That(problems, Has.All.StartsWith(path));
    }

    [Test]
    public void FittedValuesGoBesideTheirRangesWithAProvenanceNote()
    {
        string path = Path.Combine(_dir, "s.json");
        File.WriteAllText(path, """{ "rules": { "clashes": { "lethality": { "low": 0.001, "high": 0.01, "free": true } } }, "provenance": { "other": "kept" } }""");
        var problems = FittedValuesWriter.Write(path, new Dictionary<string, double> { ["rules:clashes:lethality"] = 0.004, ["rules:clashes:missing"] = 1 }, "fitted by test");
        var root = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllText(path))!;
        Assert.That((double)root["rules"]!["clashes"]!["lethality"]!["value"]!, Is.EqualTo(0.004));
        Assert.That((double)root["rules"]!["clashes"]!["lethality"]!["low"]!, Is.EqualTo(0.001), "the range stays as the search space");
        Assert.That((string)root["provenance"]!["calibration"]!, Is.EqualTo("fitted by test"));
        Assert.That((string)root["provenance"]!["other"]!, Is.EqualTo("kept"));
        Assert.That(problems, Has.Count.EqualTo(1).And.Some.Contains("rules:clashes:missing"));
    }
}
