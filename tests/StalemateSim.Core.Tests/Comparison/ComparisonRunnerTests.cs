using StalemateSim.Core.Analysis;
using StalemateSim.Core.Comparison;
using StalemateSim.Core.MonteCarlo;

namespace StalemateSim.Core.Tests.Comparison;

/// <summary>Common random numbers on the example scenario: no-op levers, identical ticks before a lever, thread counts, and what pairing buys.</summary>
public sealed class ComparisonRunnerTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp() => _dir = LeverCopies.TempFolder();

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    [Test]
    public void A_lever_with_no_events_gives_exactly_zero_difference_on_every_run_and_metric()
    {
        string noop = Path.Combine(_dir, "no-op.json");
        File.WriteAllText(noop, """{ "name": "No-op lever", "description": "Changes nothing.", "provenance": { "no-op": "a test lever" } }""");
        ComparisonPlan plan = Load(noop);
        Assert.That(plan.Arms[0].ChangesAnything, Is.False);

        int runs = 0;
        ComparisonResult result = ComparisonRunner.Run(plan, new ComparisonOptions(12, 3, 2, BatchSize: 5), observer: (_, pair) =>
        {
            runs++;
            Assert.That(pair[1].Trajectory.Values, Is.EqualTo(pair[0].Trajectory.Values), "every metric of every month of the run");
            Assert.That(pair[1].Outcome, Is.EqualTo(pair[0].Outcome));
        });

        Assert.That(runs, Is.EqualTo(12));
        Assert.That(result.Rows, Has.Count.EqualTo(ComparisonMetrics.All.Count));
        foreach (ComparisonRow row in result.Rows)
        {
            Assert.That(row.Difference, Is.Zero, row.Metric.Id);
            Assert.That(row.RunsChanged, Is.Zero, row.Metric.Id);
            Assert.That(row.ArmMean, Is.EqualTo(row.BaselineMean), row.Metric.Id);
            Assert.That(row.N, Is.EqualTo(12), row.Metric.Id);
            if (row.Metric.Kind == ComparisonMetricKind.Key)
            {
                Assert.That(row.Interval, Is.EqualTo(new ConfidenceInterval(0, 0)), row.Metric.Id);
            }
            else
            {
                Assert.That(row.Interval.Low, Is.EqualTo(-row.Interval.High).Within(1e-15), row.Metric.Id + ": symmetric about zero");
            }
        }
    }

    [Test]
    public void Ticks_before_the_lever_are_bit_identical_and_ticks_after_differ()
    {
        ComparisonPlan plan = Load(LeverCopies.ForExample("end-foreign-militia-support", _dir));
        int onset = plan.Arms[0].Onset;
        Assert.That(onset, Is.EqualTo(41), "2023-06 in the example");

        int runs = 0, differentAfter = 0;
        ComparisonRunner.Run(plan, new ComparisonOptions(8, 11, 2, BatchSize: 3), observer: (_, pair) =>
        {
            Trajectory baseline = pair[0].Trajectory, arm = pair[1].Trajectory;
            int firstDifferent = int.MaxValue;
            for (int m = 0; m < baseline.MetricNames.Count; m++)
            {
                Assert.That(arm.MetricNames[m], Is.EqualTo(baseline.MetricNames[m]));
                for (int t = 0; t < baseline.Months; t++)
                {
                    if (BitConverter.DoubleToInt64Bits(baseline[m, t]) != BitConverter.DoubleToInt64Bits(arm[m, t]))
                    {
                        firstDifferent = Math.Min(firstDifferent, t);
                    }
                }
            }

            Assert.That(firstDifferent, Is.GreaterThanOrEqualTo(onset), "every metric is bit-identical before the lever's month");
            runs++;
            differentAfter += firstDifferent < baseline.Months ? 1 : 0;
        });

        Assert.That(runs, Is.EqualTo(8));
        Assert.That(differentAfter, Is.EqualTo(8), "the lever changes every run after its month");
    }

    [Test]
    public void Results_are_identical_for_any_thread_count_and_batch_size()
    {
        string[] levers = [LeverCopies.ForExample("end-state-militia-support", _dir), LeverCopies.ForExample("early-foreign-withdrawal", _dir)];
        (ComparisonPlan? plan, _) = ComparisonPlan.Load([LeverCopies.Example], levers, combine: true);
        ComparisonResult one = ComparisonRunner.Run(plan!, new ComparisonOptions(10, 7, 1, BatchSize: 3));
        ComparisonResult two = ComparisonRunner.Run(plan!, new ComparisonOptions(10, 7, 2, BatchSize: 8));
        ComparisonResult bootOne = ComparisonRunner.Run(plan!, new ComparisonOptions(10, 7, 1, BatchSize: 4, BootstrapResamples: 200));
        ComparisonResult bootTwo = ComparisonRunner.Run(plan!, new ComparisonOptions(10, 7, 2, BatchSize: 10, BootstrapResamples: 200));

        Assert.That(plan!.Arms.Select(a => a.Id), Is.EqualTo(new[] { "end-state-militia-support", "early-foreign-withdrawal", "combined" }));
        Assert.That(two.Rows, Is.EqualTo(one.Rows));
        Assert.That(bootTwo.Rows, Is.EqualTo(bootOne.Rows));
        Assert.That(bootOne.Rows.Select(r => r.Difference), Is.EqualTo(one.Rows.Select(r => r.Difference)));
        for (int i = 0; i < one.Deaths.Count; i++)
        {
            for (int t = 0; t < one.Deaths[i].Months; t++)
            {
                Assert.That(two.Deaths[i].Mean(0, t), Is.EqualTo(one.Deaths[i].Mean(0, t)));
                Assert.That(two.Deaths[i].Quantile(0, t, 0.9), Is.EqualTo(one.Deaths[i].Quantile(0, t, 0.9)));
            }
        }
    }

    /// <summary>
    /// Pairing pays: at the same N, the paired interval of the lever's effect is much narrower than
    /// the interval from running the arm on independent seeds (Welch). The ratios seen are printed.
    /// </summary>
    [Test]
    public void Paired_intervals_are_markedly_narrower_than_intervals_from_independent_seeds()
    {
        const int Runs = 60;
        ComparisonPlan plan = Load(LeverCopies.ForExample("end-foreign-militia-support", _dir));
        ComparisonResult paired = ComparisonRunner.Run(plan, new ComparisonOptions(Runs, 1, 2));

        // The same arm on other seeds: baseline runs i with master seed 1, arm runs i with master seed 2.
        var baselineFactory = new ScenarioRunFactory(plan.Baseline);
        var armFactory = new ScenarioRunFactory(plan.Arms[0].Scenario);
        int metrics = ComparisonMetrics.All.Count;
        var baselineValues = new double[Runs][];
        var armValues = new double[Runs][];
        Parallel.For(0, Runs, new ParallelOptions { MaxDegreeOfParallelism = 2 }, i =>
        {
            baselineValues[i] = new double[metrics];
            armValues[i] = new double[metrics];
            ComparisonMetrics.Compute(KeySeries.Of(EnsembleRunner.RunOne(baselineFactory, 1, i)), plan.Arms[0].Onset, plan.Baseline.Spec.Outcomes, baselineValues[i]);
            ComparisonMetrics.Compute(KeySeries.Of(EnsembleRunner.RunOne(armFactory, 2, i)), plan.Arms[0].Onset, plan.Baseline.Spec.Outcomes, armValues[i]);
        });

        var ratios = new Dictionary<string, double>();
        foreach (ComparisonMetric metric in ComparisonMetrics.Key)
        {
            int m = ComparisonMetrics.IndexOf(metric.Id);
            (double meanA, double varA) = MeanVariance(baselineValues.Select(v => v[m]));
            (double meanB, double varB) = MeanVariance(armValues.Select(v => v[m]));
            ConfidenceInterval independent = PairedStatistics.Welch(Runs, meanA, varA, Runs, meanB, varB);
            ComparisonRow row = paired.Rows.Single(r => r.Metric.Id == metric.Id);
            ratios[metric.Id] = row.Interval.HalfWidth / independent.HalfWidth;
            TestContext.Out.WriteLine($"{metric.Id}: paired half-width {row.Interval.HalfWidth:G4}, independent {independent.HalfWidth:G4}, ratio {ratios[metric.Id]:F2} (estimated from the paired runs alone: {row.PairingRatio:F2})");
        }

        Assert.That(ratios[ComparisonMetrics.DeathsAfter], Is.LessThan(0.7));
        Assert.That(ratios[ComparisonMetrics.DisplacedPeakAfter], Is.LessThan(0.7));
        Assert.That(ratios[ComparisonMetrics.SplintersAfter], Is.LessThan(0.7));
    }

    [Test]
    public void A_lever_that_changes_the_start_of_the_run_is_refused()
    {
        string shift = Path.Combine(_dir, "shift.json");
        File.WriteAllText(shift, """{ "start": "2019-01" }""");
        (ComparisonPlan? plan, var problems) = ComparisonPlan.Load([LeverCopies.Example], [shift], combine: false);
        Assert.That(plan, Is.Null);
        Assert.That(problems.Single().ToString(), Does.Contain("start or months"));
    }

    [Test]
    public void A_bad_lever_is_reported_with_its_file_and_no_plan()
    {
        string bad = Path.Combine(_dir, "bad.json");
        File.WriteAllText(bad, """{ "events": { "x": { "at": "2023-01", "type": "policy", "set": { "state.bribes": 1 } } } }""");
        (ComparisonPlan? plan, var problems) = ComparisonPlan.Load([LeverCopies.Example], [bad, LeverCopies.ForExample("jnim-dialogue", _dir)], combine: true);
        Assert.That(plan, Is.Null);
        Assert.That(problems, Has.Count.EqualTo(1), "the combined arm does not repeat the lever's problem");
        Assert.That(problems[0].File, Is.EqualTo(bad));
        Assert.That(problems[0].Message, Does.Contain("state.bribes"));
    }

    private static ComparisonPlan Load(string lever)
    {
        (ComparisonPlan? plan, var problems) = ComparisonPlan.Load([LeverCopies.Example], [lever], combine: false);
        Assert.That(problems.Select(p => p.ToString()), Is.Empty);
        return plan!;
    }

    private static (double Mean, double Variance) MeanVariance(IEnumerable<double> values)
    {
        double[] v = [.. values];
        double mean = v.Average();
        return (mean, v.Sum(x => (x - mean) * (x - mean)) / (v.Length - 1));
    }
}
