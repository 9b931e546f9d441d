namespace StalemateSim.Plotting;

/// <summary>A snapshot of alliances, hostilities and blocs between actors.</summary>
/// <param name="Title">Chart title.</param>
/// <param name="Nodes">Nodes; categories are placed around the circle in order of first appearance.</param>
/// <param name="Edges">Edges; edges naming unknown nodes, and self-loops, are left out.</param>
public sealed record NetworkChartSpec(string Title, IReadOnlyList<NetworkNode> Nodes, IReadOnlyList<NetworkEdge> Edges)
{
    public string? Subtitle { get; init; }

    public ChartSize Size { get; init; } = ChartSize.Default;
}
