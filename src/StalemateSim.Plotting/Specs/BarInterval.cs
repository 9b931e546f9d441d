namespace StalemateSim.Plotting;

/// <summary>One bar: an estimate with its interval (whisker from <paramref name="Lower"/> to <paramref name="Upper"/>).</summary>
public sealed record BarInterval(string Category, double Value, double Lower, double Upper);
