namespace StalemateSim.Plotting;

/// <summary>Bars with interval whiskers on a 0–1 axis, e.g. outcome probabilities.</summary>
public sealed record BarIntervalChartSpec(string Title, IReadOnlyList<BarInterval> Bars)
{
    public string? Subtitle { get; init; }

    public string YLabel { get; init; } = "Probability";

    public string XLabel { get; init; } = "Outcome";

    /// <summary>Legend text for the bars.</summary>
    public string ValueLabel { get; init; } = "Estimate";

    /// <summary>Legend text for the whiskers.</summary>
    public string IntervalLabel { get; init; } = "95% interval";

    public ChartSize Size { get; init; } = ChartSize.Default;
}
