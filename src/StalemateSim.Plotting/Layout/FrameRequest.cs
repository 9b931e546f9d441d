namespace StalemateSim.Plotting;

/// <summary>What a chart needs room for around its plot area; input to <see cref="ChartFrame.Compute"/>.</summary>
internal sealed record FrameRequest
{
    public required ChartSize Size { get; init; }

    public required string Title { get; init; }

    public string? Subtitle { get; init; }

    public Legend? Legend { get; init; }

    /// <summary>Extra space between the header and the plot (event labels, value labels).</summary>
    public double ExtraTop { get; init; }

    /// <summary>Height of the x tick marks plus tick labels below the plot; 0 when there is no x axis.</summary>
    public double XTickBlock { get; init; } = ChartFrame.HorizontalTickBlock;

    public bool HasXLabel { get; init; } = true;

    public bool HasYLabel { get; init; } = true;

    /// <summary>Width of the widest y tick label for a plot of the given height; 0 when there are none.</summary>
    public Func<double, double> YTickLabelWidth { get; init; } = _ => 0;

    /// <summary>Smallest left margin (room for row labels or overhanging x tick labels).</summary>
    public double MinLeft { get; init; }

    /// <summary>Smallest right margin (room for overhanging x tick labels).</summary>
    public double MinRight { get; init; }
}
