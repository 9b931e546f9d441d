namespace StalemateSim.Plotting;

/// <summary>
/// A legend drawn outside the plot area: as one column to the right of the plot, or, when
/// that column would be too wide or too tall, as wrapped rows below the chart.
/// </summary>
internal sealed class Legend
{
    public const double FontSize = 13;
    public const double SwatchWidth = 26;
    public const double SwatchHeight = 12;
    public const double SwatchGap = 8;
    public const double DefaultRowHeight = 22;
    public const double MinRowHeight = 16;
    public const double ItemGap = 22;

    private readonly List<(LegendEntry Entry, string Label)> items;

    /// <summary>
    /// A legend for a chart of <paramref name="size"/>; labels are shortened only if they would
    /// not fit across the whole chart.
    /// </summary>
    public Legend(IEnumerable<LegendEntry> entries, ChartSize size)
    {
        var maxLabelWidth = size.Width - (2 * ChartFrame.Pad) - SwatchWidth - SwatchGap;
        items = entries.Select(e => (e, TextMeasure.Truncate(e.Label, FontSize, maxLabelWidth))).ToList();
        RowHeight = DefaultRowHeight;
    }

    private Legend(List<(LegendEntry Entry, string Label)> items, double rowHeight)
    {
        this.items = items;
        RowHeight = rowHeight;
    }

    /// <summary>Vertical distance between entries.</summary>
    public double RowHeight { get; }

    public int Count => items.Count;

    /// <summary>Width of the legend drawn as a single column.</summary>
    public double ColumnWidth =>
        items.Count == 0 ? 0 : SwatchWidth + SwatchGap + TextMeasure.MaxWidth(items.Select(i => i.Label), FontSize);

    /// <summary>Height of the legend drawn as a single column.</summary>
    public double ColumnHeight => items.Count * RowHeight;

    /// <summary>Height of the legend drawn as wrapped rows no wider than <paramref name="maxWidth"/>.</summary>
    public double RowsHeight(double maxWidth) => RowPositions(0, 0, maxWidth).Select(p => p.Y).Distinct().Count() * RowHeight;

    /// <summary>
    /// This legend squeezed into a column at most <paramref name="maxWidth"/> wide and, as far as
    /// the minimum row height allows, <paramref name="maxHeight"/> tall: labels are shortened
    /// with an ellipsis and rows moved closer together.
    /// </summary>
    public Legend Narrowed(double maxWidth, double maxHeight)
    {
        var labelWidth = Math.Max(0, maxWidth - SwatchWidth - SwatchGap);
        var narrowed = items.Select(i => (i.Entry, TextMeasure.Truncate(i.Label, FontSize, labelWidth))).ToList();
        var rowHeight = Math.Clamp(maxHeight / Math.Max(1, items.Count), MinRowHeight, DefaultRowHeight);
        return new Legend(narrowed, rowHeight);
    }

    /// <summary>Draws the legend as a column whose top-left corner is at (x, y).</summary>
    public void DrawColumn(SvgCanvas canvas, double x, double y)
    {
        canvas.BeginGroup("legend");
        for (var i = 0; i < items.Count; i++)
        {
            DrawItem(canvas, items[i], x, y + (i * RowHeight));
        }

        canvas.EndGroup();
    }

    /// <summary>Draws the legend as rows wrapped to <paramref name="maxWidth"/>, starting at (x, y).</summary>
    public void DrawRows(SvgCanvas canvas, double x, double y, double maxWidth)
    {
        canvas.BeginGroup("legend");
        var positions = RowPositions(x, y, maxWidth);
        for (var i = 0; i < items.Count; i++)
        {
            DrawItem(canvas, items[i], positions[i].X, positions[i].Y);
        }

        canvas.EndGroup();
    }

    private List<(double X, double Y)> RowPositions(double x, double y, double maxWidth)
    {
        var positions = new List<(double X, double Y)>(items.Count);
        var cursorX = x;
        var cursorY = y;
        foreach (var item in items)
        {
            var width = SwatchWidth + SwatchGap + TextMeasure.Width(item.Label, FontSize);
            if (cursorX > x && cursorX + width > x + maxWidth)
            {
                cursorX = x;
                cursorY += RowHeight;
            }

            positions.Add((cursorX, cursorY));
            cursorX += width + ItemGap;
        }

        return positions;
    }

    private void DrawItem(SvgCanvas canvas, (LegendEntry Entry, string Label) item, double x, double top)
    {
        var (entry, label) = item;
        var midY = top + (RowHeight / 2);
        canvas.BeginGroup("legend-entry");
        DrawSwatch(canvas, entry, x, midY);
        var baseline = midY + (FontSize * 0.35);
        canvas.Text(x + SwatchWidth + SwatchGap, baseline, label, FontSize, "legend-label");
        canvas.EndGroup();
    }

    private static void DrawSwatch(SvgCanvas canvas, LegendEntry entry, double x, double midY)
    {
        var right = x + SwatchWidth;
        var half = SwatchHeight / 2;
        switch (entry.Swatch)
        {
            case LegendSwatch.Fill:
                canvas.Rect(x, midY - half, SwatchWidth, SwatchHeight, entry.Colour, "legend-swatch", entry.Opacity);
                break;
            case LegendSwatch.Line:
                canvas.Line(x, midY, right, midY, entry.Colour, 2.5, "legend-swatch", opacity: entry.Opacity);
                break;
            case LegendSwatch.DashedLine:
                canvas.Line(x, midY, right, midY, entry.Colour, 2, "legend-swatch", "6 4", entry.Opacity);
                break;
            case LegendSwatch.WideLine:
                canvas.Line(x, midY, right, midY, entry.Colour, 8, "legend-swatch", opacity: entry.Opacity);
                break;
            case LegendSwatch.BandWithLine:
                canvas.Rect(x, midY - half, SwatchWidth, SwatchHeight, entry.Colour, "legend-swatch", 0.25);
                canvas.Rect(x, midY - (half / 2), SwatchWidth, half, entry.Colour, "legend-swatch", 0.45);
                canvas.Line(x, midY, right, midY, entry.Colour, 2.5, "legend-swatch");
                break;
            case LegendSwatch.Circle:
                canvas.Circle(x + (SwatchWidth / 2), midY, half, entry.Colour, "legend-swatch");
                break;
            case LegendSwatch.Whisker:
                var centre = x + (SwatchWidth / 2);
                var path = new PathData()
                    .MoveTo(centre, midY - half).LineTo(centre, midY + half)
                    .MoveTo(centre - 5, midY - half).LineTo(centre + 5, midY - half)
                    .MoveTo(centre - 5, midY + half).LineTo(centre + 5, midY + half);
                canvas.Path(path, "legend-swatch", fill: null, stroke: entry.Colour, strokeWidth: 1.5);
                break;
            case LegendSwatch.IntervalWithPoint:
                var interval = new PathData()
                    .MoveTo(x + 2, midY).LineTo(right - 2, midY)
                    .MoveTo(x + 2, midY - 4).LineTo(x + 2, midY + 4)
                    .MoveTo(right - 2, midY - 4).LineTo(right - 2, midY + 4);
                canvas.Path(interval, "legend-swatch", fill: null, stroke: entry.Colour, strokeWidth: 1.5);
                canvas.Circle(x + (SwatchWidth / 2), midY, 4.5, entry.Colour, "legend-swatch");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(entry), entry.Swatch, "Unknown legend swatch.");
        }
    }
}
