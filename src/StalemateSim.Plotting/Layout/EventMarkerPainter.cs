namespace StalemateSim.Plotting;

/// <summary>
/// Vertical event markers on a time axis. Labels sit above the plot area, so they never cover
/// data, in as many rows as needed so that no two labels overlap; when the chart is too small
/// for enough rows, the labels that do not fit are left out and only their lines drawn.
/// </summary>
internal static class EventMarkerPainter
{
    public const double FontSize = 12;
    public const double MaxLabelWidth = 180;
    public const double LabelGap = 8;
    public const string Colour = "#555555";

    /// <summary>Gap between the lowest label row and the plot; clears the top y tick label, which rises above the plot.</summary>
    public const double GapAbovePlot = 10;

    public static double RowHeight => TextMeasure.LineHeight(FontSize);

    /// <summary>Space to reserve above the plot for <paramref name="rows"/> rows of labels.</summary>
    public static double SpaceAbove(int rows) => rows == 0 ? 0 : (rows * RowHeight) + GapAbovePlot;

    public static int RowCount(IReadOnlyList<PlacedEvent> placed) =>
        placed.Any(p => p.Label is not null) ? placed.Where(p => p.Label is not null).Max(p => p.Row) + 1 : 0;

    /// <summary>
    /// Positions and label rows for the events inside [<paramref name="domainMin"/>,
    /// <paramref name="domainMax"/>] (month indices), in date order. A label that would need more
    /// than <paramref name="maxRows"/> rows is left out (its line is still drawn).
    /// </summary>
    public static IReadOnlyList<PlacedEvent> Place(
        IReadOnlyList<EventMarker> events,
        double domainMin,
        double domainMax,
        LinearScale scale,
        double chartWidth,
        int maxRows)
    {
        var rowEnds = new List<double>();
        var placed = new List<PlacedEvent>();
        var inRange = events
            .Select((e, i) => (Event: e, Index: i, Month: TimeAxis.MonthIndex(e.Date)))
            .Where(e => e.Month >= domainMin - 1e-9 && e.Month <= domainMax + 1e-9)
            .OrderBy(e => e.Month)
            .ThenBy(e => e.Index);
        foreach (var (marker, _, month) in inRange)
        {
            var label = TextMeasure.Truncate(marker.Label, FontSize, MaxLabelWidth);
            var width = TextMeasure.Width(label, FontSize);
            var x = scale.Map(month);
            var labelX = Math.Clamp(x, ChartFrame.Pad + (width / 2), chartWidth - ChartFrame.Pad - (width / 2));
            var start = labelX - (width / 2);
            var row = rowEnds.FindIndex(end => end + LabelGap <= start);
            if (row < 0 && rowEnds.Count < maxRows)
            {
                row = rowEnds.Count;
                rowEnds.Add(0);
            }

            if (row < 0)
            {
                placed.Add(new PlacedEvent(x, x, 0, null));
                continue;
            }

            rowEnds[row] = labelX + (width / 2);
            placed.Add(new PlacedEvent(x, labelX, row, label));
        }

        return placed;
    }

    public static void Draw(SvgCanvas canvas, PlotArea plot, IReadOnlyList<PlacedEvent> placed, int reservedRows)
    {
        if (placed.Count == 0)
        {
            return;
        }

        canvas.BeginGroup("events");
        foreach (var marker in placed)
        {
            var row = Math.Min(marker.Row, Math.Max(0, reservedRows - 1));
            var baseline = plot.Top - GapAbovePlot - (row * RowHeight) - (TextMeasure.Descent * FontSize);
            var lineTop = marker.Label is null || CrossesLowerLabel(marker, placed) ? plot.Top : baseline + (TextMeasure.Descent * FontSize) + 1;
            canvas.BeginGroup("event");
            canvas.Line(marker.X, lineTop, marker.X, plot.Bottom, Colour, 1.2, "event-line", "5 4");
            if (marker.Label is not null)
            {
                canvas.Text(marker.LabelX, baseline, marker.Label, FontSize, "event-label", TextAnchor.Middle, fill: Colour);
            }

            canvas.EndGroup();
        }

        canvas.EndGroup();
    }

    /// <summary>Whether a line from this label down to the plot would cross a label in a lower row.</summary>
    private static bool CrossesLowerLabel(PlacedEvent marker, IReadOnlyList<PlacedEvent> placed) =>
        placed.Any(other => other.Label is not null && other.Row < marker.Row
            && Math.Abs(other.LabelX - marker.X) <= (TextMeasure.Width(other.Label, FontSize) / 2) + 2);
}
