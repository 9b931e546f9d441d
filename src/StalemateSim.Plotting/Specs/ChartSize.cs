namespace StalemateSim.Plotting;

/// <summary>Pixel size of a chart. Charts default to 1200 × 700.</summary>
public sealed record ChartSize
{
    /// <summary>Smallest width the layout can fit titles, axes and a legend into.</summary>
    public const int MinWidth = 320;

    /// <summary>Smallest height the layout can fit titles, axes and a legend into.</summary>
    public const int MinHeight = 240;

    public ChartSize(int width, int height)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(width, MinWidth);
        ArgumentOutOfRangeException.ThrowIfLessThan(height, MinHeight);
        Width = width;
        Height = height;
    }

    public int Width { get; }

    public int Height { get; }

    /// <summary>The default chart size, 1200 × 700 pixels.</summary>
    public static ChartSize Default { get; } = new(1200, 700);
}
