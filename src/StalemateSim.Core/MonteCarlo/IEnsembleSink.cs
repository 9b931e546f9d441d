namespace StalemateSim.Core.MonteCarlo;

/// <summary>Receives finished runs in run-index order, one batch at a time, after they have been aggregated.</summary>
public interface IEnsembleSink
{
    /// <summary>Called after each batch; <paramref name="completed"/> counts this shard's runs done so far.</summary>
    void OnBatch(IReadOnlyList<RunResult> batch, SeriesAggregator aggregator, long completed);
}
