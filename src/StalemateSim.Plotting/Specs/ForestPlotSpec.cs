namespace StalemateSim.Plotting;

/// <summary>Estimates with intervals, one row each, against a reference line.</summary>
/// <param name="Title">Chart title.</param>
/// <param name="XLabel">What the estimates measure, with units.</param>
/// <param name="Rows">Rows from top to bottom.</param>
public sealed record ForestPlotSpec(string Title, string XLabel, IReadOnlyList<ForestRow> Rows)
{
    public string? Subtitle { get; init; }

    /// <summary>Where the reference line is drawn; 0 unless set.</summary>
    public double ReferenceValue { get; init; }

    public string EstimateLabel { get; init; } = "Estimate";

    public string IntervalLabel { get; init; } = "95% interval";

    public ChartSize Size { get; init; } = ChartSize.Default;
}
