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
        if (done >= total || cancellation.IsCancellationRequested)
        {
            return done;
        }

        // Batches are pipelined: while this thread aggregates a batch and hands it to the sink
        // (checkpoint files: tens of milliseconds a batch, all on one thread), the next batch
        // already runs on the workers, so the cores do not wait for the bookkeeping. Batches are
        // still aggregated and handed on one at a time, in run order, and the stopping rules are
        // the same: cancellation and stopAfterBatch are checked after each batch is handed on,
        // and the batch already started then is discarded (it was never handed on), as if it had
        // not been started.
        RunBatch running = RunBatch.Start(factory, options, done, BatchSize(options, total, done));
        while (true)
        {
            RunResult[] batch = running.Finish();
            long next = done + batch.Length;
            RunBatch? following = next < total && !cancellation.IsCancellationRequested
                ? RunBatch.Start(factory, options, next, BatchSize(options, total, next))
                : null;

            foreach (RunResult result in batch)
            {
                aggregator.Add(result.Trajectory, aggregatorMetricIndices);
            }

            done = next;
            sink.OnBatch(batch, aggregator, done);
            bool stop = stopAfterBatch?.Invoke(done) == true;
            if (following is null || stop || cancellation.IsCancellationRequested)
            {
                following?.Discard();
                break;
            }

            running = following;
        }

        return done;
    }

    private static int BatchSize(EnsembleOptions options, long total, long done) => (int)Math.Min(options.BatchSize, total - done);

    /// <summary>One batch of runs, running on the thread pool (Parallel.For on at most options.Threads threads).</summary>
    private sealed class RunBatch
    {
        private readonly RunResult[] _results;
        private readonly Task _task;
        private volatile bool _discarded;

        private RunBatch(IRunFactory factory, EnsembleOptions options, long first, int size)
        {
            _results = new RunResult[size];
            var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, options.Threads) };
            _task = Task.Run(() => Parallel.For(0, size, parallel, (k, loop) =>
            {
                if (_discarded)
                {
                    loop.Stop();
                    return;
                }

                long runIndex = options.Shard.RunIndex(first + k);
                _results[k] = RunOne(factory, options.Seed, runIndex);
            }));
        }

        public static RunBatch Start(IRunFactory factory, EnsembleOptions options, long first, int size) =>
            new(factory, options, first, size);

        /// <summary>Waits for every run of the batch; a run's exception is rethrown as Parallel.For throws it.</summary>
        public RunResult[] Finish()
        {
            _task.GetAwaiter().GetResult();
            return _results;
        }

        /// <summary>Starts no further run of the batch and waits for those under way, dropping the results.</summary>
        public void Discard()
        {
            _discarded = true;
            _task.GetAwaiter().GetResult();
        }
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
