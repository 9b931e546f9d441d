namespace StalemateSim.Plotting;

/// <summary>
/// An event marker at pixel <paramref name="X"/> whose label is centred on
/// <paramref name="LabelX"/> in label row <paramref name="Row"/> (0 is nearest the plot);
/// <paramref name="Label"/> is null when there was no free row for it.
/// </summary>
internal sealed record PlacedEvent(double X, double LabelX, int Row, string? Label);
