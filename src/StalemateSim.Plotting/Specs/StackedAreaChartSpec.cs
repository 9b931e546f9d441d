namespace StalemateSim.Plotting;

/// <summary>Layers stacked over monthly dates, e.g. share of territory by kind of controller.</summary>
/// <param name="Title">Chart title.</param>
/// <param name="YLabel">Y axis label with units, e.g. "Share of districts".</param>
/// <param name="Dates">The dates, one per value in each layer.</param>
/// <param name="Layers">Layers from the bottom of the stack up.</param>
public sealed record StackedAreaChartSpec(string Title, string YLabel, IReadOnlyList<DateOnly> Dates, IReadOnlyList<AreaLayer> Layers)
{
    public string? Subtitle { get; init; }

    public string XLabel { get; init; } = "Date (monthly)";

    /// <summary>Vertical event markers; events outside the dates are left out.</summary>
    public IReadOnlyList<EventMarker> Events { get; init; } = [];

    public ChartSize Size { get; init; } = ChartSize.Default;
}
