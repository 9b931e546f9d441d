namespace StalemateSim.Plotting;

/// <summary>
/// Bars with interval whiskers on a fixed 0–1 axis, for outcome probabilities. Each bar carries
/// its value as a label above the bar and whisker.
/// </summary>
public static class BarIntervalChart
{
    private const double ValueLabelGap = 4;
    private const double MaxBarWidth = 140;
    private const double CapHalfWidth = 8;

    /// <summary>Renders the chart as an SVG document. Values outside [0, 1] are drawn at the nearest end of the axis.</summary>
    public static string Render(BarIntervalChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var barColour = Palette.At(0);
        var legend = new Legend(
            [
                new LegendEntry(spec.ValueLabel, LegendSwatch.Fill, barColour, 0.85),
                new LegendEntry(spec.IntervalLabel, LegendSwatch.Whisker, Palette.Ink),
            ],
            spec.Size);

        var categories = spec.Bars.Select(b => b.Category).ToArray();
        var valueLabelHeight = TextMeasure.LineHeight(ChartFrame.AnnotationSize) + ValueLabelGap;
        var request = new FrameRequest
        {
            Size = spec.Size,
            Title = spec.Title,
            Subtitle = spec.Subtitle,
            Legend = legend,
            ExtraTop = valueLabelHeight,
            YTickLabelWidth = h => AxisPainter.YTickLabelWidth(0, 1, h, fixedRange: true),
        };

        // Category labels may need rotating, which changes the margins; plan them on a first layout.
        var first = ChartFrame.Compute(request);
        var axis = CategoryAxis.Plan(categories, first.Plot.Width, spec.Size.Height);
        var frame = ChartFrame.Compute(request with { XTickBlock = axis.TickBlock, MinLeft = axis.MinLeft(first.Plot.Width) });
        var plot = frame.Plot;
        var yTicks = AxisPainter.YTicks(0, 1, plot.Height, fixedRange: true);
        var y = new LinearScale(0, 1, plot.Bottom, plot.Top);

        using var canvas = new SvgCanvas(spec.Size, "bar-interval-chart", spec.Title);
        frame.DrawHeader(canvas);
        AxisPainter.DrawYAxis(canvas, plot, yTicks, y);
        axis.Draw(canvas, plot);

        var slot = axis.SlotWidth(plot);
        var barWidth = Math.Min(MaxBarWidth, slot * 0.6);
        var labelSize = Math.Min(ChartFrame.AnnotationSize, TextMeasure.FitFontSize("0.00", ChartFrame.AnnotationSize, slot - 4));
        canvas.BeginGroup("data");
        for (var i = 0; i < spec.Bars.Count; i++)
        {
            var bar = spec.Bars[i];
            var centre = axis.SlotCentre(plot, i);
            var top = plot.Bottom;
            if (double.IsFinite(bar.Value))
            {
                top = y.Map(Math.Clamp(bar.Value, 0, 1));
                canvas.Rect(centre - (barWidth / 2), top, barWidth, plot.Bottom - top, barColour, "bar", 0.85);
            }

            if (double.IsFinite(bar.Lower) && double.IsFinite(bar.Upper))
            {
                var low = y.Map(Math.Clamp(Math.Min(bar.Lower, bar.Upper), 0, 1));
                var high = y.Map(Math.Clamp(Math.Max(bar.Lower, bar.Upper), 0, 1));
                var cap = Math.Min(CapHalfWidth, barWidth / 4);
                var whisker = new PathData()
                    .MoveTo(centre, low).LineTo(centre, high)
                    .MoveTo(centre - cap, low).LineTo(centre + cap, low)
                    .MoveTo(centre - cap, high).LineTo(centre + cap, high);
                canvas.Path(whisker, "whisker", fill: null, stroke: Palette.Ink, strokeWidth: 1.5);
                top = Math.Min(top, high);
            }

            var text = double.IsFinite(bar.Value) ? NumberText.Label(bar.Value, 2) : "n/a";
            var baseline = top - ValueLabelGap - (TextMeasure.Descent * labelSize);
            canvas.Text(centre, baseline, text, labelSize, "value-label", TextAnchor.Middle);
        }

        canvas.EndGroup();
        if (spec.Bars.Count == 0)
        {
            frame.DrawNote(canvas, "No data");
        }

        frame.DrawXLabel(canvas, spec.XLabel);
        frame.DrawYLabel(canvas, spec.YLabel);
        frame.DrawLegend(canvas);
        return canvas.Finish();
    }
}
