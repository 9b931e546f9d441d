namespace StalemateSim.Core.Comparison;

/// <summary>What kind of per-run value a comparison metric is.</summary>
public enum ComparisonMetricKind
{
    /// <summary>An indicator (1 when the run ends in one outcome, else 0); its mean is the outcome's probability.</summary>
    Outcome,

    /// <summary>A key metric of the run (deaths, splinters, displaced ...).</summary>
    Key,
}

/// <summary>One metric a comparison reports: its id (the <c>metric</c> column of comparison.csv), a label and a unit.</summary>
/// <param name="Id">Column value, e.g. <c>deaths_after</c> or <c>p_settlement</c>.</param>
/// <param name="Label">Plain-words name for tables and plots.</param>
/// <param name="Unit">Unit of the values (probabilities are shares, 0..1).</param>
/// <param name="Kind">Indicator or key metric.</param>
/// <param name="Definition">One-sentence definition for the markdown report.</param>
public sealed record ComparisonMetric(string Id, string Label, string Unit, ComparisonMetricKind Kind, string Definition);
