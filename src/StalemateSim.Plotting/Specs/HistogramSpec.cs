namespace StalemateSim.Plotting;

/// <summary>A histogram of one value per run.</summary>
/// <param name="Title">Chart title.</param>
/// <param name="XLabel">The metric with its units, e.g. "Months to ceasefire".</param>
/// <param name="Values">One value per run; NaN and infinite values are skipped.</param>
public sealed record HistogramSpec(string Title, string XLabel, IReadOnlyList<double> Values)
{
    public string? Subtitle { get; init; }

    public string YLabel { get; init; } = "Runs";

    /// <summary>
    /// Number of bins; when null, the Freedman–Diaconis rule, or Sturges' rule when the
    /// interquartile range is zero.
    /// </summary>
    public int? BinCount { get; init; }

    public ChartSize Size { get; init; } = ChartSize.Default;
}
