namespace StalemateSim.Plotting;

/// <summary>A network node; <paramref name="Size"/> (≥ 0) scales the circle's area.</summary>
public sealed record NetworkNode(string Id, string Label, string Category, double Size);
