namespace StalemateSim.Plotting;

/// <summary>
/// A forest plot: one row per estimate with its interval, labels on the left and a dashed
/// reference line (zero unless set).
/// </summary>
public static class ForestPlot
{
    private const double RowLabelSize = 13;
    private const double RowLabelGap = 12;
    private const string StripeColour = "#f4f4f4";
    private const string ReferenceColour = "#555555";

    /// <summary>Renders the chart as an SVG document; rows with NaN values keep their label but lose their marks.</summary>
    public static string Render(ForestPlotSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var colour = Palette.At(0);
        var maxLabelWidth = spec.Size.Width * 0.35;
        var labels = spec.Rows.Select(r => TextMeasure.Truncate(r.Label, RowLabelSize, maxLabelWidth)).ToArray();
        var labelWidth = TextMeasure.MaxWidth(labels, RowLabelSize);

        var values = spec.Rows.SelectMany(r => new[] { r.Estimate, r.Lower, r.Upper })
            .Append(spec.ReferenceValue)
            .Where(double.IsFinite)
            .ToArray();
        var (xMin, xMax) = values.Length == 0 ? (0.0, 1.0) : (values.Min(), values.Max());

        var referenceText = NumberText.Label(spec.ReferenceValue, TickSet.DecimalsFor(TickSet.NiceStep(Math.Abs(spec.ReferenceValue))));
        var legend = new Legend(
            [
                new LegendEntry(spec.EstimateLabel, LegendSwatch.Circle, colour),
                new LegendEntry(spec.IntervalLabel, LegendSwatch.Line, colour),
                new LegendEntry($"Reference ({referenceText})", LegendSwatch.DashedLine, ReferenceColour),
            ],
            spec.Size);
        var request = new FrameRequest
        {
            Size = spec.Size,
            Title = spec.Title,
            Subtitle = spec.Subtitle,
            Legend = legend,
            HasYLabel = false,
            MinLeft = ChartFrame.Pad + labelWidth + RowLabelGap,
        };

        // Settle the x ticks on a first layout, then leave room for the overhang of the end labels.
        var firstTicks = AxisPainter.XTicks(xMin, xMax, ChartFrame.Compute(request).Plot.Width);
        var overhang = TextMeasure.Width(firstTicks.Labels[^1], ChartFrame.TickLabelSize) / 2;
        var frame = ChartFrame.Compute(request with { MinRight = ChartFrame.Pad + overhang });
        var plot = frame.Plot;
        var xTicks = AxisPainter.XTicks(xMin, xMax, plot.Width);
        var x = new LinearScale(xTicks.Min, xTicks.Max, plot.Left, plot.Right);

        using var canvas = new SvgCanvas(spec.Size, "forest-plot", spec.Title);
        frame.DrawHeader(canvas);
        var rowHeight = plot.Height / Math.Max(1, spec.Rows.Count);
        DrawStripes(canvas, plot, spec.Rows.Count, rowHeight);
        AxisPainter.DrawXAxis(canvas, plot, xTicks, x, grid: true);

        var referenceX = x.Map(spec.ReferenceValue);
        canvas.Line(referenceX, plot.Top, referenceX, plot.Bottom, ReferenceColour, 1.5, "reference-line", "6 4");

        var labelSize = Math.Min(RowLabelSize, Math.Max(6, rowHeight * 0.8));
        var capHalfHeight = Math.Min(6, rowHeight * 0.25);
        canvas.BeginGroup("rows");
        for (var i = 0; i < spec.Rows.Count; i++)
        {
            var row = spec.Rows[i];
            var centreY = plot.Top + ((i + 0.5) * rowHeight);
            canvas.Text(plot.Left - RowLabelGap, centreY + (0.35 * labelSize), labels[i], labelSize, "row-label", TextAnchor.End);
            if (double.IsFinite(row.Lower) && double.IsFinite(row.Upper))
            {
                var left = x.Map(Math.Min(row.Lower, row.Upper));
                var right = x.Map(Math.Max(row.Lower, row.Upper));
                var interval = new PathData()
                    .MoveTo(left, centreY).LineTo(right, centreY)
                    .MoveTo(left, centreY - capHalfHeight).LineTo(left, centreY + capHalfHeight)
                    .MoveTo(right, centreY - capHalfHeight).LineTo(right, centreY + capHalfHeight);
                canvas.Path(interval, "interval", fill: null, stroke: colour, strokeWidth: 2);
            }

            if (double.IsFinite(row.Estimate))
            {
                canvas.Circle(x.Map(row.Estimate), centreY, Math.Min(6, rowHeight * 0.3), colour, "estimate", "#ffffff", 1);
            }
        }

        canvas.EndGroup();
        if (spec.Rows.Count == 0)
        {
            frame.DrawNote(canvas, "No data");
        }

        frame.DrawXLabel(canvas, spec.XLabel);
        frame.DrawLegend(canvas);
        return canvas.Finish();
    }

    private static void DrawStripes(SvgCanvas canvas, PlotArea plot, int rows, double rowHeight)
    {
        canvas.BeginGroup("stripes");
        for (var i = 1; i < rows; i += 2)
        {
            canvas.Rect(plot.Left, plot.Top + (i * rowHeight), plot.Width, rowHeight, StripeColour, "row-stripe");
        }

        canvas.EndGroup();
    }
}
