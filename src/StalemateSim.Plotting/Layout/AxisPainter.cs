namespace StalemateSim.Plotting;

/// <summary>Draws numeric axes: grid lines, tick marks, tick labels and axis lines.</summary>
internal static class AxisPainter
{
    public const string GridColour = "#e6e6e6";
    public const string AxisColour = "#4d4d4d";

    /// <summary>Pixels per y tick the charts aim for.</summary>
    public const double PixelsPerYTick = 70;

    /// <summary>Pixels per x tick the charts aim for.</summary>
    public const double PixelsPerXTick = 110;

    /// <summary>Widest label of the ticks a y axis of the given height would get over [min, max].</summary>
    public static double YTickLabelWidth(double min, double max, double plotHeight, bool fixedRange = false)
    {
        var ticks = YTicks(min, max, plotHeight, fixedRange);
        return TextMeasure.MaxWidth(ticks.Labels, ChartFrame.TickLabelSize);
    }

    /// <summary>
    /// Y ticks for a plot of the given height: about one per <see cref="PixelsPerYTick"/> pixels,
    /// fewer when that would crowd the labels.
    /// </summary>
    public static TickSet YTicks(double min, double max, double plotHeight, bool fixedRange = false, double minStep = 0)
    {
        var minSpacing = TextMeasure.LineHeight(ChartFrame.TickLabelSize) + 2;
        for (var count = TickSet.TargetCount(plotHeight, PixelsPerYTick); ; count--)
        {
            var ticks = fixedRange ? TickSet.Within(min, max, Math.Max(1, count)) : TickSet.Covering(min, max, Math.Max(1, count), minStep);
            var spacing = plotHeight * ticks.Step / Math.Max(1e-12, ticks.Max - ticks.Min);
            if (count <= 1 || spacing >= minSpacing)
            {
                return ticks;
            }
        }
    }

    public static void DrawYAxis(SvgCanvas canvas, PlotArea plot, TickSet ticks, LinearScale scale)
    {
        canvas.BeginGroup("y-axis");
        var labels = ticks.Labels;
        for (var i = 0; i < ticks.Values.Count; i++)
        {
            var y = scale.Map(ticks.Values[i]);
            canvas.Line(plot.Left, y, plot.Right, y, GridColour, 1, "grid");
            canvas.Line(plot.Left - ChartFrame.TickLength, y, plot.Left, y, AxisColour, 1, "tick");
            canvas.Text(
                plot.Left - ChartFrame.TickLength - ChartFrame.TickGap,
                y + (0.35 * ChartFrame.TickLabelSize),
                labels[i],
                ChartFrame.TickLabelSize,
                "tick-label y-tick",
                TextAnchor.End);
        }

        canvas.Line(plot.Left, plot.Top, plot.Left, plot.Bottom, AxisColour, 1, "axis-line");
        canvas.EndGroup();
    }

    /// <summary>
    /// Numeric x ticks for a plot of the given width, with a step large enough that the
    /// labels do not overlap.
    /// </summary>
    public static TickSet XTicks(double min, double max, double plotWidth, double minStep = 0)
    {
        var count = TickSet.TargetCount(plotWidth, PixelsPerXTick);
        while (true)
        {
            var ticks = TickSet.Covering(min, max, count, minStep);
            var widest = TextMeasure.MaxWidth(ticks.Labels, ChartFrame.TickLabelSize);
            var spacing = plotWidth / Math.Max(1, ticks.Values.Count - 1);
            if (count <= 1 || spacing >= widest + 12)
            {
                return ticks;
            }

            count--;
        }
    }

    public static void DrawXAxis(SvgCanvas canvas, PlotArea plot, TickSet ticks, LinearScale scale, bool grid)
    {
        canvas.BeginGroup("x-axis");
        var labels = ticks.Labels;
        for (var i = 0; i < ticks.Values.Count; i++)
        {
            var x = scale.Map(ticks.Values[i]);
            if (grid)
            {
                canvas.Line(x, plot.Top, x, plot.Bottom, GridColour, 1, "grid");
            }

            DrawXTick(canvas, plot, x, labels[i]);
        }

        canvas.Line(plot.Left, plot.Bottom, plot.Right, plot.Bottom, AxisColour, 1, "axis-line");
        canvas.EndGroup();
    }

    /// <summary>One tick mark below the plot with its label centred under it.</summary>
    public static void DrawXTick(SvgCanvas canvas, PlotArea plot, double x, string? label)
    {
        canvas.Line(x, plot.Bottom, x, plot.Bottom + ChartFrame.TickLength, AxisColour, 1, label is null ? "tick minor" : "tick");
        if (label is not null)
        {
            var baseline = plot.Bottom + ChartFrame.TickLength + ChartFrame.TickGap
                + (TextMeasure.Ascent * ChartFrame.TickLabelSize);
            canvas.Text(x, baseline, label, ChartFrame.TickLabelSize, "tick-label x-tick", TextAnchor.Middle);
        }
    }
}
