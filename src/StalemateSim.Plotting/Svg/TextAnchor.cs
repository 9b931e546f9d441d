namespace StalemateSim.Plotting;

/// <summary>Horizontal alignment of a text element relative to its x coordinate.</summary>
internal enum TextAnchor
{
    Start,
    Middle,
    End,
}
