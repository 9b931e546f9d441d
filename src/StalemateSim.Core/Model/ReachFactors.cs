namespace StalemateSim.Core.Model;

/// <summary>How state reach falls with distance from the regional capital (digest 3.4 ST1).</summary>
public readonly record struct ReachFactors(double Capital, double District, double Village)
{
    public double For(PlaceLevel level) => level switch
    {
        PlaceLevel.Capital => Capital,
        PlaceLevel.District => District,
        _ => Village,
    };
}
