namespace StalemateSim.Plotting;

/// <summary>An undirected edge between the nodes with ids <paramref name="A"/> and <paramref name="B"/>.</summary>
public sealed record NetworkEdge(string A, string B, EdgeKind Kind);
