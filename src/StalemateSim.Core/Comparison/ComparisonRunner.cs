using StalemateSim.Core.Analysis;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Comparison;

/// <summary>
/// Runs the baseline and every arm on common random numbers: run i of every arm uses the seed
/// <see cref="StreamSeed.ForRun"/>(seed, i), so every arm's run i is paired with the baseline's run
/// i. Because every draw comes from a stream derived from (run seed, tick, rule), a paired run is
/// bit-identical to its baseline until the lever's first event. Runs go in batches, every
/// (arm, run) of a batch in parallel; the batch is then folded in run order into running
/// statistics, so results are identical for any thread count and memory does not grow with the
/// number of runs (except the differences a bootstrap keeps).
/// </summary>
public static class ComparisonRunner
{
    private static readonly ulong BootstrapStream = StreamSeed.KeyOf("bootstrap");

    /// <summary>Runs the comparison.</summary>
    /// <param name="plan">Baseline and arms.</param>
    /// <param name="options">Runs, seed, threads, interval method.</param>
    /// <param name="progress">Called after each batch with the paired runs done.</param>
    /// <param name="observer">
    /// For tests: called for every run index in order with the full results of that run in the
    /// baseline (index 0) and each arm. Keeps whole worlds and trajectories for a batch at a time.
    /// </param>
    /// <param name="cancellation">Honoured between batches; the result then covers the runs done.</param>
    public static ComparisonResult Run(
        ComparisonPlan plan,
        ComparisonOptions options,
        Action<long>? progress = null,
        Action<long, IReadOnlyList<RunResult>>? observer = null,
        CancellationToken cancellation = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Runs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BatchSize, 1);
        IRunFactory[] factories = [new ScenarioRunFactory(plan.Baseline), .. plan.Arms.Select(a => new ScenarioRunFactory(a.Scenario))];
        int width = factories.Length;
        int armCount = plan.Arms.Count;
        int metricCount = ComparisonMetrics.All.Count;
        int months = plan.Baseline.Spec.Months;
        OutcomeSpec outcomeSpec = plan.Baseline.Spec.Outcomes;
        bool keep = options.BootstrapResamples > 0;

        var accumulators = new PairedAccumulator[armCount][];
        for (int a = 0; a < armCount; a++)
        {
            accumulators[a] = new PairedAccumulator[metricCount];
            for (int m = 0; m < metricCount; m++)
            {
                accumulators[a][m] = new PairedAccumulator(keep && ComparisonMetrics.All[m].Kind == ComparisonMetricKind.Key);
            }
        }

        var deaths = new SeriesAggregator[width];
        var outcomes = new OutcomeCounts[width];
        for (int i = 0; i < width; i++)
        {
            deaths[i] = new SeriesAggregator([MetricNames.Deaths], months);
            outcomes[i] = new OutcomeCounts();
        }

        var censored = new (long Baseline, long Arm)[armCount];
        var baselineValues = new double[metricCount];
        var armValues = new double[metricCount];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) };
        long done = 0;
        while (done < options.Runs && !cancellation.IsCancellationRequested)
        {
            int size = (int)Math.Min(options.BatchSize, options.Runs - done);
            long first = done;
            var kept = new KeySeries[size * width];
            RunResult[]? full = observer is null ? null : new RunResult[size * width];
            Parallel.For(0, size * width, parallel, j =>
            {
                RunResult run = EnsembleRunner.RunOne(factories[j % width], options.Seed, first + (j / width));
                kept[j] = KeySeries.Of(run);
                if (full is not null)
                {
                    full[j] = run;
                }
            });

            for (int k = 0; k < size; k++)
            {
                KeySeries baseline = kept[k * width];
                deaths[0].Add(baseline.Trajectory, KeySeries.DeathsIndex);
                outcomes[0].Add(baseline.Outcome);
                for (int a = 0; a < armCount; a++)
                {
                    KeySeries arm = kept[(k * width) + a + 1];
                    deaths[a + 1].Add(arm.Trajectory, KeySeries.DeathsIndex);
                    outcomes[a + 1].Add(arm.Outcome);
                    int onset = plan.Arms[a].Onset;
                    bool baselineCensored = ComparisonMetrics.Compute(baseline, onset, outcomeSpec, baselineValues);
                    bool armCensored = ComparisonMetrics.Compute(arm, onset, outcomeSpec, armValues);
                    censored[a] = (censored[a].Baseline + (baselineCensored ? 1 : 0), censored[a].Arm + (armCensored ? 1 : 0));
                    for (int m = 0; m < metricCount; m++)
                    {
                        accumulators[a][m].Add(baselineValues[m], armValues[m]);
                    }
                }

                if (full is not null)
                {
                    observer!(first + k, new ArraySegment<RunResult>(full, k * width, width));
                }
            }

            done += size;
            progress?.Invoke(done);
        }

        var rows = new List<ComparisonRow>(armCount * metricCount);
        for (int a = 0; a < armCount; a++)
        {
            ComparisonArm arm = plan.Arms[a];
            for (int m = 0; m < metricCount; m++)
            {
                ComparisonMetric metric = ComparisonMetrics.All[m];
                PairedAccumulator acc = accumulators[a][m];
                ConfidenceInterval interval = metric.Kind == ComparisonMetricKind.Outcome
                    ? PairedStatistics.PairedProportions(acc.Count, acc.ArmHigher, acc.BaselineHigher, options.Confidence)
                    : keep
                        ? PairedStatistics.Bootstrap(acc.Differences, StreamSeed.Derive(options.Seed, BootstrapStream, StreamSeed.KeyOf(arm.Id + "/" + metric.Id)), options.BootstrapResamples, options.Confidence)
                        : PairedStatistics.PairedT(acc, options.Confidence);
                rows.Add(new ComparisonRow(
                    arm.Id, arm.Label, metric, acc.BaselineMean, acc.ArmMean, acc.DifferenceMean, interval, acc.Count,
                    PairedStatistics.UnpairedHalfWidth(acc, options.Confidence), acc.NonZero));
            }
        }

        return new ComparisonResult(plan, options, done, rows, deaths, outcomes, censored);
    }
}
