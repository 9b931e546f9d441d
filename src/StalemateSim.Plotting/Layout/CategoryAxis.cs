namespace StalemateSim.Plotting;

/// <summary>
/// An x axis of evenly spaced categories. Labels are horizontal when they fit their slot and
/// are otherwise rotated by 40°, with the margins below and to the left grown to hold them.
/// </summary>
internal sealed class CategoryAxis
{
    public const double MaxLabelWidth = 220;
    private const double RotationDegrees = -40;
    private const double SlotPadding = 8;

    private static readonly double Sin = Math.Sin(-RotationDegrees * Math.PI / 180);
    private static readonly double Cos = Math.Cos(-RotationDegrees * Math.PI / 180);

    private CategoryAxis(IReadOnlyList<string> labels, bool rotated)
    {
        Labels = labels;
        Rotated = rotated;
        WidestLabel = TextMeasure.MaxWidth(labels, ChartFrame.TickLabelSize);
    }

    public IReadOnlyList<string> Labels { get; }

    public bool Rotated { get; }

    public double WidestLabel { get; }

    /// <summary>Height of tick marks and labels below the plot.</summary>
    public double TickBlock => Rotated
        ? ChartFrame.TickLength + ChartFrame.TickGap + (WidestLabel * Sin) + (1.3 * ChartFrame.TickLabelSize)
        : ChartFrame.HorizontalTickBlock;

    /// <summary>
    /// Decides whether labels must be rotated for a plot about <paramref name="plotWidth"/> wide,
    /// shortening labels so that rotated ones take at most 30% of <paramref name="chartHeight"/>.
    /// </summary>
    public static CategoryAxis Plan(IEnumerable<string> categories, double plotWidth, double chartHeight)
    {
        var rotatedBlockLimit = (0.3 * chartHeight) - ChartFrame.TickLength - ChartFrame.TickGap - (1.3 * ChartFrame.TickLabelSize);
        var maxWidth = Math.Clamp(rotatedBlockLimit / Sin, 40, MaxLabelWidth);
        var labels = categories
            .Select(c => TextMeasure.Truncate(c, ChartFrame.TickLabelSize, maxWidth))
            .ToArray();
        var slot = plotWidth / Math.Max(1, labels.Length);
        var rotated = TextMeasure.MaxWidth(labels, ChartFrame.TickLabelSize) > slot - SlotPadding;
        return new CategoryAxis(labels, rotated);
    }

    /// <summary>The left margin needed so that the first rotated label is not clipped.</summary>
    public double MinLeft(double plotWidth)
    {
        if (!Rotated || Labels.Count == 0)
        {
            return 0;
        }

        var firstSlotCentre = plotWidth / Labels.Count / 2;
        return ChartFrame.Pad + (TextMeasure.Width(Labels[0], ChartFrame.TickLabelSize) * Cos) - firstSlotCentre + 4;
    }

    /// <summary>Centre of category <paramref name="index"/> in pixels.</summary>
    public double SlotCentre(PlotArea plot, int index) => plot.Left + ((index + 0.5) * SlotWidth(plot));

    public double SlotWidth(PlotArea plot) => plot.Width / Math.Max(1, Labels.Count);

    public void Draw(SvgCanvas canvas, PlotArea plot)
    {
        canvas.BeginGroup("x-axis category-axis");
        for (var i = 0; i < Labels.Count; i++)
        {
            var x = SlotCentre(plot, i);
            if (Rotated)
            {
                // Neighbouring rotated labels are slot × sin 40° apart; shrink the font when that is less than a line.
                var size = Math.Min(ChartFrame.TickLabelSize, 0.5 * SlotWidth(plot));
                canvas.Line(x, plot.Bottom, x, plot.Bottom + ChartFrame.TickLength, AxisPainter.AxisColour, 1, "tick");
                var y = plot.Bottom + ChartFrame.TickLength + ChartFrame.TickGap + (0.75 * size);
                canvas.Text(x + (0.3 * size), y, Labels[i], size, "tick-label x-tick", TextAnchor.End, rotateDegrees: RotationDegrees);
            }
            else
            {
                AxisPainter.DrawXTick(canvas, plot, x, Labels[i]);
            }
        }

        canvas.Line(plot.Left, plot.Bottom, plot.Right, plot.Bottom, AxisPainter.AxisColour, 1, "axis-line");
        canvas.EndGroup();
    }
}
