namespace StalemateSim.Plotting;

/// <summary>A histogram of a per-run metric, with the median marked.</summary>
public static class Histogram
{
    private const string MedianColour = "#d55e00";

    /// <summary>Renders the chart as an SVG document; NaN and infinite values are skipped.</summary>
    public static string Render(HistogramSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var bins = HistogramBins.From(spec.Values, spec.BinCount);
        var maxCount = bins.Counts.Max();
        var barColour = Palette.At(0);

        var request = new FrameRequest
        {
            Size = spec.Size,
            Title = spec.Title,
            Subtitle = spec.Subtitle,
            YTickLabelWidth = h => TextMeasure.MaxWidth(CountTicks(maxCount, h).Labels, ChartFrame.TickLabelSize),
        };

        // Settle the x ticks on a first layout, then leave room for the overhang of the last label.
        var xMin = bins.Edges[0];
        var xMax = bins.Edges[^1];
        var minStep = bins.Discrete ? 1 : 0; // counts get whole-number ticks
        var firstTicks = AxisPainter.XTicks(xMin, xMax, ChartFrame.Compute(request with { Legend = Legend(spec, bins, null) }).Plot.Width, minStep);
        var legend = Legend(spec, bins, firstTicks.Decimals);
        var overhang = TextMeasure.Width(firstTicks.Labels[^1], ChartFrame.TickLabelSize) / 2;
        var frame = ChartFrame.Compute(request with { Legend = legend, MinRight = ChartFrame.Pad + overhang });
        var plot = frame.Plot;
        var xTicks = AxisPainter.XTicks(xMin, xMax, plot.Width, minStep);
        var x = new LinearScale(xTicks.Min, xTicks.Max, plot.Left, plot.Right);
        if (bins.Discrete && bins.Edges[0] + 0.5 >= 0)
        {
            // Counts of zero or more: the axis reaches below 0 only to show the half bin around 0.
            xTicks = xTicks with { Values = [.. xTicks.Values.Where(v => v >= 0)] };
        }
        var yTicks = CountTicks(maxCount, plot.Height);
        var y = new LinearScale(yTicks.Min, yTicks.Max, plot.Bottom, plot.Top);

        using var canvas = new SvgCanvas(spec.Size, "histogram", spec.Title);
        frame.DrawHeader(canvas);
        AxisPainter.DrawYAxis(canvas, plot, yTicks, y);
        AxisPainter.DrawXAxis(canvas, plot, xTicks, x, grid: false);

        canvas.BeginGroup("data");
        if (bins.ValueCount > 0)
        {
            for (var i = 0; i < bins.Counts.Length; i++)
            {
                var left = x.Map(bins.Edges[i]);
                var right = x.Map(bins.Edges[i + 1]);
                var gap = right - left > 4 ? 1 : 0;
                var top = y.Map(bins.Counts[i]);
                canvas.Rect(left + (gap / 2.0), top, right - left - gap, plot.Bottom - top, barColour, "bar", 0.85);
            }

            var medianX = x.Map(bins.Median);
            canvas.Line(medianX, plot.Top, medianX, plot.Bottom, MedianColour, 2, "median-line", "6 4");
        }

        canvas.EndGroup();
        if (bins.ValueCount == 0)
        {
            frame.DrawNote(canvas, "No data");
        }

        frame.DrawXLabel(canvas, spec.XLabel);
        frame.DrawYLabel(canvas, spec.YLabel);
        frame.DrawLegend(canvas);
        return canvas.Finish();
    }

    private static Legend Legend(HistogramSpec spec, HistogramBins bins, int? decimals)
    {
        var entries = new List<LegendEntry>
        {
            new($"{spec.YLabel} per bin (n = {NumberText.Count(bins.ValueCount)})", LegendSwatch.Fill, Palette.At(0), 0.85),
        };
        if (bins.ValueCount > 0)
        {
            var medianText = NumberText.Label(bins.Median, Math.Min(10, (decimals ?? 2) + 1));
            entries.Add(new LegendEntry($"Median ({medianText})", LegendSwatch.DashedLine, MedianColour));
        }

        return new Legend(entries, spec.Size);
    }

    /// <summary>Count ticks from zero with whole-number steps.</summary>
    private static TickSet CountTicks(int maxCount, double plotHeight) =>
        AxisPainter.YTicks(0, Math.Max(1, maxCount), plotHeight, minStep: 1);
}
