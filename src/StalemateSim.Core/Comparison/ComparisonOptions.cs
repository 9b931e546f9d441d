namespace StalemateSim.Core.Comparison;

/// <summary>How to run a comparison.</summary>
/// <param name="Runs">Runs per arm; run i of every arm (and of the baseline) uses the seed derived from (Seed, i).</param>
/// <param name="Seed">Master seed.</param>
/// <param name="Threads">Worker threads; results do not depend on it.</param>
/// <param name="BatchSize">Run indices per batch: every arm's run of each index in a batch runs in parallel, then the batch is folded in run order.</param>
/// <param name="BootstrapResamples">0 for paired t intervals on the key metrics; otherwise the number of bootstrap resamples.</param>
/// <param name="Confidence">Confidence level of the intervals.</param>
public sealed record ComparisonOptions(int Runs, ulong Seed, int Threads, int BatchSize = 32, int BootstrapResamples = 0, double Confidence = 0.95)
{
    /// <summary>How the key metrics' intervals are computed, in words.</summary>
    public string IntervalMethod => BootstrapResamples > 0
        ? $"percentile bootstrap of the mean paired difference ({BootstrapResamples} resamples, seeded from the master seed)"
        : "paired t on the per-run differences";
}
