using StalemateSim.Core.Analysis;
using StalemateSim.Core.Engine;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.MonteCarlo;

/// <summary>
/// Runs the runs of one shard of an ensemble in parallel, in batches. Each run depends only on
/// (scenario, master seed, run index), results are aggregated in run-index order and the
/// aggregation is exact, so outputs are bit-identical for any thread count and any sharding.
/// Cancellation is honoured between batches, so what has been handed on is always consistent.
/// </summary>
public static class EnsembleRunner
{
    /// <summary>
    /// Runs this shard's runs from its <paramref name="alreadyDone"/>-th on, adding them to
    /// <paramref name="aggregator"/>. <paramref name="stopAfterBatch"/>, given the runs done, may end
    /// the ensemble early (adaptive stopping). Returns how many of the shard's runs are done in all.
    /// </summary>
    public static long Run(
        IRunFactory factory,
        EnsembleOptions options,
        SeriesAggregator aggregator,
        int[] aggregatorMetricIndices,
        IEnsembleSink sink,
        long alreadyDone,
        CancellationToken cancellation,
        Func<long, bool>? stopAfterBatch = null)
    {
        long total = options.Shard.RunsIn(options.Runs);
        long done = alreadyDone;
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) };
        while (done < total && !cancellation.IsCancellationRequested)
        {
            int size = (int)Math.Min(options.BatchSize, total - done);
            var batch = new RunResult[size];
            long first = done;
            Parallel.For(0, size, parallel, k =>
            {
                long runIndex = options.Shard.RunIndex(first + k);
                batch[k] = RunOne(factory, options.Seed, runIndex);
            });

            foreach (RunResult result in batch)
            {
                aggregator.Add(result.Trajectory, aggregatorMetricIndices);
            }

            done += size;
            sink.OnBatch(batch, aggregator, done);
            if (stopAfterBatch?.Invoke(done) == true)
            {
                break;
            }
        }

        return done;
    }

    /// <summary>Runs a single run of an ensemble.</summary>
    public static RunResult RunOne(IRunFactory factory, ulong masterSeed, long runIndex)
    {
        ulong seed = StreamSeed.ForRun(masterSeed, runIndex);
        Simulation simulation = factory.Create(seed, out IReadOnlyDictionary<string, double> sampled);
        double initialHostile = OutcomeClassifier.HostileFighters(simulation.World);
        simulation.RunToEnd();
        Trajectory trajectory = simulation.Recorder.Trajectory;
        Outcome outcome = OutcomeClassifier.Classify(simulation.World, trajectory, factory.Outcomes, initialHostile);
        return new RunResult(runIndex, seed, outcome, RunSummary.Of(trajectory), sampled, trajectory, simulation.World);
    }
}
