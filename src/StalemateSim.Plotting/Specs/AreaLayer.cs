namespace StalemateSim.Plotting;

/// <summary>One layer of a stacked area chart, one value per date (NaN counts as 0).</summary>
public sealed record AreaLayer(string Name, double[] Values)
{
    /// <summary>Fill colour as "#rrggbb"; when null, the next palette colour.</summary>
    public string? Colour { get; init; }
}
