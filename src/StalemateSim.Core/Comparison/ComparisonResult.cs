using StalemateSim.Core.MonteCarlo;

namespace StalemateSim.Core.Comparison;

/// <summary>What a comparison found: one row per (arm, metric), the deaths per month of every arm, outcomes and censoring.</summary>
public sealed class ComparisonResult
{
    internal ComparisonResult(
        ComparisonPlan plan,
        ComparisonOptions options,
        long runsDone,
        IReadOnlyList<ComparisonRow> rows,
        IReadOnlyList<SeriesAggregator> deaths,
        IReadOnlyList<OutcomeCounts> outcomes,
        IReadOnlyList<(long Baseline, long Arm)> censored)
    {
        Plan = plan;
        Options = options;
        RunsDone = runsDone;
        Rows = rows;
        Deaths = deaths;
        Outcomes = outcomes;
        Censored = censored;
    }

    public ComparisonPlan Plan { get; }

    public ComparisonOptions Options { get; }

    /// <summary>Paired runs done (fewer than asked when interrupted).</summary>
    public long RunsDone { get; }

    public bool Complete => RunsDone >= Options.Runs;

    /// <summary>Rows arm by arm (in plan order), each arm's metrics in the order of <see cref="ComparisonMetrics.All"/>.</summary>
    public IReadOnlyList<ComparisonRow> Rows { get; }

    /// <summary>Monthly deaths across runs: index 0 the baseline, then each arm in plan order.</summary>
    public IReadOnlyList<SeriesAggregator> Deaths { get; }

    /// <summary>Outcome counts: index 0 the baseline, then each arm.</summary>
    public IReadOnlyList<OutcomeCounts> Outcomes { get; }

    /// <summary>Per arm: runs with no settlement from the arm's onset on, in the baseline and in the arm (years_to_settlement is censored there).</summary>
    public IReadOnlyList<(long Baseline, long Arm)> Censored { get; }

    /// <summary>The rows of the given metrics (all when null), in arm order then the given metric order.</summary>
    public IEnumerable<ComparisonRow> RowsFor(IReadOnlyList<ComparisonMetric>? metrics)
    {
        if (metrics is null)
        {
            return Rows;
        }

        return Plan.Arms.SelectMany(arm => metrics.Select(m => Rows.First(r => r.Arm == arm.Id && r.Metric.Id == m.Id)));
    }
}
