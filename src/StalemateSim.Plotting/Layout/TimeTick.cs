namespace StalemateSim.Plotting;

/// <summary>A tick on a monthly time axis; <paramref name="Label"/> is null for minor ticks.</summary>
internal sealed record TimeTick(double MonthIndex, string? Label);
