namespace StalemateSim.Plotting;

/// <summary>A dated event drawn as a vertical line with a short label, e.g. "Serval".</summary>
public sealed record EventMarker(DateOnly Date, string Label);
