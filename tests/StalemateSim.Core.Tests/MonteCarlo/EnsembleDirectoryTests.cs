using StalemateSim.Core.Engine;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;

namespace StalemateSim.Core.Tests.MonteCarlo;

public class EnsembleDirectoryTests
{
    private string _dir = "";

    [SetUp]
    public void SetUp()
    {
        _dir = Path.Combine(Path.GetTempPath(), "stalemate-core-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_dir);
    }

    [TearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private sealed class TinyFactory : IRunFactory
    {
        private readonly TinyWorld _tiny = new TinyWorld { Months = 6 }.WithSeparatists();

        public OutcomeSpec Outcomes { get; } = new();

        public IReadOnlyList<string> UncertainKeys { get; } = [];

        public Simulation Create(ulong runSeed, out IReadOnlyDictionary<string, double> sampled)
        {
            sampled = new Dictionary<string, double>();
            return _tiny.Simulate(runSeed, new EventsSpec());
        }
    }

    private sealed class CancelAfterFirstBatch(EnsembleDirectory inner, CancellationTokenSource cancel) : IEnsembleSink
    {
        public void OnBatch(IReadOnlyList<RunResult> batch, SeriesAggregator aggregator, long completed)
        {
            inner.OnBatch(batch, aggregator, completed);
            cancel.Cancel();
        }
    }

    private static DateOnly DateOf(int t) => new DateOnly(2012, 1, 1).AddMonths(t);

    private static string RunAll(string path, int runs)
    {
        var factory = new TinyFactory();
        var options = new EnsembleOptions(runs, 9, 2, ShardSpec.Whole, BatchSize: 3);
        var dir = EnsembleDirectory.Start(path, options, "hash", [], DateOf, keepTrajectories: false);
        var (names, indices) = SeriesMetrics.Select(factory.Create(1, out _).Recorder.Trajectory.MetricNames);
        var aggregator = new SeriesAggregator(names, 6);
        EnsembleRunner.Run(factory, options, aggregator, indices, dir, 0, CancellationToken.None);
        dir.Finish(aggregator);
        dir.RemoveCheckpoint();
        return File.ReadAllText(Path.Combine(path, EnsembleDirectory.RunsFile));
    }

    [Test]
    public void InterruptedThenResumedEqualsUninterrupted()
    {
        string whole = RunAll(Path.Combine(_dir, "whole"), 10);

        string path = Path.Combine(_dir, "resumed");
        var factory = new TinyFactory();
        var options = new EnsembleOptions(10, 9, 2, ShardSpec.Whole, BatchSize: 3);
        var (names, indices) = SeriesMetrics.Select(factory.Create(1, out _).Recorder.Trajectory.MetricNames);
        var dir = EnsembleDirectory.Start(path, options, "hash", [], DateOf, keepTrajectories: false);
        var aggregator = new SeriesAggregator(names, 6);
        using var cancel = new CancellationTokenSource();
        long done = EnsembleRunner.Run(factory, options, aggregator, indices, new CancelAfterFirstBatch(dir, cancel), 0, cancel.Token);
        dir.Finish(aggregator);
        Assert.That(done, Is.EqualTo(3), "stopped after the first batch");
        Assert.That(File.ReadAllLines(Path.Combine(path, EnsembleDirectory.RunsFile)), Has.Length.EqualTo(4), "partial outputs are consistent");

        var again = EnsembleDirectory.Resume(path, options, "hash", [], DateOf, keepTrajectories: false, out SeriesAggregator restored);
        Assert.That(restored.Runs, Is.EqualTo(3));
        long total = EnsembleRunner.Run(factory, options, restored, indices, again, again.Done, CancellationToken.None);
        again.Finish(restored);
        again.RemoveCheckpoint();

        Assert.That(total, Is.EqualTo(10));
        Assert.That(File.ReadAllText(Path.Combine(path, EnsembleDirectory.RunsFile)), Is.EqualTo(whole));
        Assert.That(File.ReadAllText(Path.Combine(path, EnsembleDirectory.SeriesFile)), Is.EqualTo(File.ReadAllText(Path.Combine(_dir, "whole", EnsembleDirectory.SeriesFile))));
        Assert.That(Directory.Exists(Path.Combine(path, ".state")), Is.False, "checkpoint removed when complete");
    }

    [Test]
    public void AKillBetweenTheAggregateAndTheProgressFileDoesNotCountABatchTwice()
    {
        string whole = RunAll(Path.Combine(_dir, "whole"), 10);

        string path = Path.Combine(_dir, "killed");
        var factory = new TinyFactory();
        var options = new EnsembleOptions(10, 9, 2, ShardSpec.Whole, BatchSize: 3);
        var (names, indices) = SeriesMetrics.Select(factory.Create(1, out _).Recorder.Trajectory.MetricNames);
        var dir = EnsembleDirectory.Start(path, options, "hash", [], DateOf, keepTrajectories: false);
        var aggregator = new SeriesAggregator(names, 6);
        string progress = Path.Combine(path, ".state", "progress.json");
        string afterFirstBatch = "";
        using var cancel = new CancellationTokenSource();
        var sink = new SnapshotAfterFirstBatch(dir, () => afterFirstBatch = File.ReadAllText(progress), cancel, batches: 2);
        EnsembleRunner.Run(factory, options, aggregator, indices, sink, 0, cancel.Token);

        // As if killed after the second batch's aggregate was written but before its progress.json.
        File.WriteAllText(progress, afterFirstBatch);
        var again = EnsembleDirectory.Resume(path, options, "hash", [], DateOf, keepTrajectories: false, out SeriesAggregator restored);
        Assert.That(again.Done, Is.EqualTo(6), "the aggregate, not the stale progress file, says how far the ensemble got");
        EnsembleRunner.Run(factory, options, restored, indices, again, again.Done, CancellationToken.None);
        again.Finish(restored);

        Assert.That(restored.Runs, Is.EqualTo(10));
        Assert.That(File.ReadAllText(Path.Combine(path, EnsembleDirectory.RunsFile)), Is.EqualTo(whole));
        Assert.That(again.Outcomes.Total, Is.EqualTo(10));
    }

    [Test]
    public void AFreshStartRemovesTheOutputsOfAnEarlierEnsemble()
    {
        string path = Path.Combine(_dir, "reused");
        RunAll(path, 4);
        File.WriteAllText(Path.Combine(path, "manifest.json"), "{}");
        EnsembleDirectory.Start(path, new EnsembleOptions(4, 9, 1, ShardSpec.Whole), "hash", [], DateOf, keepTrajectories: false);
        Assert.That(File.Exists(Path.Combine(path, EnsembleDirectory.RunsFile)), Is.False);
        Assert.That(File.Exists(Path.Combine(path, "manifest.json")), Is.False, "an interrupted rerun must not show the old run as complete");
    }

    private sealed class SnapshotAfterFirstBatch(EnsembleDirectory inner, Action snapshot, CancellationTokenSource cancel, int batches) : IEnsembleSink
    {
        private int _seen;

        public void OnBatch(IReadOnlyList<RunResult> batch, SeriesAggregator aggregator, long completed)
        {
            inner.OnBatch(batch, aggregator, completed);
            if (++_seen == 1)
            {
                snapshot();
            }

            if (_seen == batches)
            {
                cancel.Cancel();
            }
        }
    }

    [Test]
    public void ResumeRefusesAnotherScenarioOrSeed()
    {
        string path = Path.Combine(_dir, "x");
        var factory = new TinyFactory();
        var options = new EnsembleOptions(10, 9, 1, ShardSpec.Whole, BatchSize: 3);
        var (names, indices) = SeriesMetrics.Select(factory.Create(1, out _).Recorder.Trajectory.MetricNames);
        var dir = EnsembleDirectory.Start(path, options, "hash-one", [], DateOf, keepTrajectories: false);
        var aggregator = new SeriesAggregator(names, 6);
        using var cancel = new CancellationTokenSource();
        EnsembleRunner.Run(factory, options, aggregator, indices, new CancelAfterFirstBatch(dir, cancel), 0, cancel.Token);
        dir.Finish(aggregator);

        var otherScenario = Assert.Throws<EnsembleStateException>(() => EnsembleDirectory.Resume(path, options, "hash-two", [], DateOf, false, out _));
        Assert.That(otherScenario!.Message, Does.Contain("scenario differs"));
        var otherSeed = Assert.Throws<EnsembleStateException>(() => EnsembleDirectory.Resume(path, options with { Seed = 10 }, "hash-one", [], DateOf, false, out _));
        Assert.That(otherSeed!.Message, Does.Contain("seed 9"));
    }

    private sealed class CountingSink : IEnsembleSink
    {
        public List<long> Completed { get; } = [];

        public void OnBatch(IReadOnlyList<RunResult> batch, SeriesAggregator aggregator, long completed) => Completed.Add(completed);
    }

    [Test]
    public void StoppingAfterABatchHandsOnNothingMoreThoughTheNextBatchHadStarted()
    {
        // The runner starts batch k + 1 while batch k is handed on; stopping after batch k must
        // still leave exactly k batches aggregated and handed on.
        var factory = new TinyFactory();
        var options = new EnsembleOptions(30, 9, 2, ShardSpec.Whole, BatchSize: 3);
        var (names, indices) = SeriesMetrics.Select(factory.Create(1, out _).Recorder.Trajectory.MetricNames);
        var aggregator = new SeriesAggregator(names, 6);
        var sink = new CountingSink();
        long done = EnsembleRunner.Run(factory, options, aggregator, indices, sink, 0, CancellationToken.None, completed => completed >= 6);
        Assert.That(done, Is.EqualTo(6));
        Assert.That(sink.Completed, Is.EqualTo(new long[] { 3, 6 }));
        Assert.That(aggregator.Runs, Is.EqualTo(6));
    }
}
