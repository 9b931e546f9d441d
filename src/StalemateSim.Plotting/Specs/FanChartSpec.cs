namespace StalemateSim.Plotting;

/// <summary>A fan chart: one or more quantile series over monthly dates.</summary>
/// <param name="Title">Chart title.</param>
/// <param name="YLabel">Y axis label including units, e.g. "Fatalities per month".</param>
/// <param name="Series">Series to overlay; each gets its own palette colour.</param>
public sealed record FanChartSpec(string Title, string YLabel, IReadOnlyList<FanSeries> Series)
{
    public string? Subtitle { get; init; }

    public string XLabel { get; init; } = "Date (monthly)";

    /// <summary>Vertical event markers; events outside the dates are left out.</summary>
    public IReadOnlyList<EventMarker> Events { get; init; } = [];

    public ChartSize Size { get; init; } = ChartSize.Default;
}
