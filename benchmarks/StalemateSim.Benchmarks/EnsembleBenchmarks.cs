using BenchmarkDotNet.Attributes;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Benchmarks;

/// <summary>
/// An ensemble of 1,000 runs of a scenario on every core, as <c>stalemate run</c> does it
/// (parallel batches, exact aggregation of the per-month series) but with no files written.
/// </summary>
[MemoryDiagnoser]
public class EnsembleBenchmarks
{
    private const int Runs = 1000;

    private ScenarioRunFactory _factory = null!;
    private string[] _seriesNames = [];
    private int[] _seriesIndices = [];

    [Params("mali-2012")]
    public string Scenario { get; set; } = "";

    [GlobalSetup]
    public void Setup()
    {
        _factory = BenchmarkScenarios.Bundled(Scenario);
        IReadOnlyList<string> metrics = _factory.Create(StreamSeed.ForRun(1, 0), out _).Recorder.Trajectory.MetricNames;
        (_seriesNames, _seriesIndices) = SeriesMetrics.Select(metrics);
    }

    /// <summary>1,000 runs (seed 1) on <see cref="Environment.ProcessorCount"/> threads.</summary>
    [Benchmark]
    public long Ensemble1000()
    {
        var aggregator = new SeriesAggregator(_seriesNames, _factory.Scenario.Spec.Months);
        var options = new EnsembleOptions(Runs, 1, Environment.ProcessorCount, ShardSpec.Whole);
        return EnsembleRunner.Run(_factory, options, aggregator, _seriesIndices, new DiscardingSink(), 0, CancellationToken.None);
    }

    private sealed class DiscardingSink : IEnsembleSink
    {
        public void OnBatch(IReadOnlyList<RunResult> batch, SeriesAggregator aggregator, long completed)
        {
        }
    }
}
