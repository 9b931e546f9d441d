namespace StalemateSim.Plotting;

/// <summary>The relation an edge of a network chart shows.</summary>
public enum EdgeKind
{
    Alliance,
    Hostility,
    Bloc,
}
