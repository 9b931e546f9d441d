namespace StalemateSim.Plotting;

/// <summary>One forest plot row: an estimate with its interval.</summary>
public sealed record ForestRow(string Label, double Estimate, double Lower, double Upper);
