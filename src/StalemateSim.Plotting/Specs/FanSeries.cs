namespace StalemateSim.Plotting;

/// <summary>
/// Quantiles of one quantity across runs, one value per date. All arrays have one entry per
/// date; NaN entries are skipped (lines and bands break there). Dates need not be sorted;
/// points are joined in date order.
/// </summary>
public sealed record FanSeries(
    string Label,
    IReadOnlyList<DateOnly> Dates,
    double[] Median,
    double[] P25,
    double[] P75,
    double[] P05,
    double[] P95);
