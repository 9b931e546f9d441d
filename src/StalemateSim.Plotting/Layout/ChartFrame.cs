namespace StalemateSim.Plotting;

/// <summary>
/// The layout around a plot area: title and subtitle at the top, axis labels and tick labels
/// beside the plot, and the legend to the right of it or below everything. Margins are computed
/// from estimated text sizes so nothing is clipped and the legend never covers data.
/// </summary>
internal sealed class ChartFrame
{
    public const double Pad = 16;
    public const double TitleSize = 20;
    public const double SubtitleSize = 14;
    public const double AxisLabelSize = 14;
    public const double TickLabelSize = 12;
    public const double AnnotationSize = 12;
    public const double TickLength = 5;
    public const double TickGap = 4;
    public const double AxisLabelGap = 8;
    public const double HeaderGap = 14;
    public const double LegendGap = 24;
    public const double MinPlotSize = 40;

    /// <summary>Height below which a plot is cramped; a legend below may not squeeze the plot under it.</summary>
    public const double ComfortablePlotHeight = 80;

    /// <summary>Height of horizontal x tick marks and one line of tick labels.</summary>
    public const double HorizontalTickBlock = TickLength + TickGap + (TextMeasure.LineSpacing * TickLabelSize);

    private ChartFrame(FrameRequest request, PlotArea plot, Legend? legend, bool legendRight, double legendTop, double titleSize, double subtitleSize)
    {
        Request = request;
        Plot = plot;
        Legend = legend;
        LegendRight = legendRight;
        LegendTop = legendTop;
        TitleFontSize = titleSize;
        SubtitleFontSize = subtitleSize;
    }

    public FrameRequest Request { get; }

    public PlotArea Plot { get; }

    /// <summary>The legend as placed (possibly narrowed to fit), or null.</summary>
    public Legend? Legend { get; }

    /// <summary>True when the legend is a column right of the plot; false when it is wrapped below.</summary>
    public bool LegendRight { get; }

    public double LegendTop { get; }

    public double TitleFontSize { get; }

    public double SubtitleFontSize { get; }

    /// <summary>Bottom of the title block (title and subtitle).</summary>
    public double HeaderBottom => Pad + HeaderHeight(TitleFontSize, Request.Subtitle is null ? 0 : SubtitleFontSize);

    public static ChartFrame Compute(FrameRequest request)
    {
        var width = request.Size.Width;
        var height = request.Size.Height;
        var usableWidth = width - (2 * Pad);
        var titleSize = TextMeasure.FitFontSize(request.Title, TitleSize, usableWidth, bold: true);
        var subtitleSize = request.Subtitle is null ? 0 : TextMeasure.FitFontSize(request.Subtitle, SubtitleSize, usableWidth);

        var top = Pad + HeaderHeight(titleSize, subtitleSize) + HeaderGap + request.ExtraTop;
        var bottom = Pad + request.XTickBlock
            + (request.HasXLabel ? AxisLabelGap + TextMeasure.LineHeight(AxisLabelSize) : 0);

        // The legend goes right of the plot if it fits there; otherwise below, if that leaves the
        // plot enough height; otherwise right again, squeezed (labels shortened, rows closer).
        var legend = request.Legend;
        var legendRight = true;
        double legendTop = top;
        if (legend is { Count: > 0 })
        {
            var available = height - top - bottom;
            var maxColumnWidth = 0.3 * width;
            var fitsRight = legend.ColumnWidth <= maxColumnWidth && legend.ColumnHeight <= available;
            var rowsHeight = legend.RowsHeight(usableWidth);
            var fitsBelow = rowsHeight + LegendGap <= available - ComfortablePlotHeight;
            if (!fitsRight && fitsBelow)
            {
                legendRight = false;
                bottom += LegendGap + rowsHeight;
                legendTop = height - Pad - rowsHeight;
            }
            else if (!fitsRight)
            {
                legend = legend.Narrowed(maxColumnWidth, available);
            }
        }

        var plotHeight = Math.Max(MinPlotSize, height - top - bottom);
        var yTickWidth = request.YTickLabelWidth(plotHeight);
        var left = Pad
            + (request.HasYLabel ? TextMeasure.LineHeight(AxisLabelSize) + AxisLabelGap : 0)
            + (yTickWidth > 0 ? yTickWidth + TickLength + TickGap : 0);
        left = Math.Max(left, request.MinLeft);
        var right = legend is { Count: > 0 } && legendRight ? Pad + legend.ColumnWidth + LegendGap : Pad;
        right = Math.Max(right, request.MinRight);
        var plotWidth = Math.Max(MinPlotSize, width - left - right);

        var plot = new PlotArea(left, top, plotWidth, plotHeight);
        return new ChartFrame(request, plot, legend, legendRight, legendTop, titleSize, subtitleSize);
    }

    /// <summary>Draws the title (and subtitle), centred across the chart.</summary>
    public void DrawHeader(SvgCanvas canvas)
    {
        var centre = Request.Size.Width / 2.0;
        var titleBaseline = Pad + (TextMeasure.Ascent * TitleFontSize);
        canvas.Text(centre, titleBaseline, Request.Title, TitleFontSize, "title", TextAnchor.Middle, bold: true);
        if (Request.Subtitle is { } subtitle)
        {
            var subtitleBaseline = Pad + TextMeasure.LineHeight(TitleFontSize) + 4 + (TextMeasure.Ascent * SubtitleFontSize);
            canvas.Text(centre, subtitleBaseline, subtitle, SubtitleFontSize, "subtitle", TextAnchor.Middle, fill: "#555555");
        }
    }

    /// <summary>Draws the legend in its computed place.</summary>
    public void DrawLegend(SvgCanvas canvas)
    {
        if (Legend is not { Count: > 0 } legend)
        {
            return;
        }

        if (LegendRight)
        {
            legend.DrawColumn(canvas, Request.Size.Width - Pad - legend.ColumnWidth, LegendTop);
        }
        else
        {
            legend.DrawRows(canvas, Pad, LegendTop, Request.Size.Width - (2 * Pad));
        }
    }

    /// <summary>Draws the x axis label centred under the plot, below the tick labels.</summary>
    public void DrawXLabel(SvgCanvas canvas, string label)
    {
        var baseline = Plot.Bottom + Request.XTickBlock + AxisLabelGap + (TextMeasure.Ascent * AxisLabelSize);
        var size = TextMeasure.FitFontSize(label, AxisLabelSize, Request.Size.Width - (2 * Pad));
        var halfWidth = TextMeasure.Width(label, size) / 2;
        var centre = Math.Clamp(Plot.CentreX, Pad + halfWidth, Request.Size.Width - Pad - halfWidth);
        canvas.Text(centre, baseline, label, size, "axis-label x-label", TextAnchor.Middle);
    }

    /// <summary>
    /// Draws the y axis label rotated to read upwards, centred beside the plot. A label longer
    /// than the plot is tall may run down beside the x axis, but never up into event labels or
    /// down into a legend below.
    /// </summary>
    public void DrawYLabel(SvgCanvas canvas, string label)
    {
        var top = Plot.Top;
        var bottom = Plot.Bottom + Request.XTickBlock + (Request.HasXLabel ? AxisLabelGap + TextMeasure.LineHeight(AxisLabelSize) : 0);
        var size = TextMeasure.FitFontSize(label, AxisLabelSize, bottom - top);
        var halfWidth = TextMeasure.Width(label, size) / 2;
        var centre = Math.Clamp(Plot.CentreY, top + halfWidth, Math.Max(top + halfWidth, bottom - halfWidth));
        var x = Pad + (TextMeasure.Ascent * size);
        canvas.Text(x, centre, label, size, "axis-label y-label", TextAnchor.Middle, rotateDegrees: -90);
    }

    /// <summary>A centred note inside the plot area, e.g. "No data".</summary>
    public void DrawNote(SvgCanvas canvas, string note) =>
        canvas.Text(Plot.CentreX, Plot.CentreY, note, AxisLabelSize, "note", TextAnchor.Middle, fill: "#555555");

    private static double HeaderHeight(double titleSize, double subtitleSize) =>
        TextMeasure.LineHeight(titleSize) + (subtitleSize > 0 ? 4 + TextMeasure.LineHeight(subtitleSize) : 0);
}
