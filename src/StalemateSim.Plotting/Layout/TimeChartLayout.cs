namespace StalemateSim.Plotting;

/// <summary>
/// Frame, x scale and event-label rows for a chart with a dated x axis. The rows of event labels
/// need the plot width and the plot height needs the rows, so the layout is settled by a few
/// rounds of recomputation.
/// </summary>
internal sealed record TimeChartLayout(
    ChartFrame Frame,
    LinearScale X,
    (double Min, double Max) Domain,
    IReadOnlyList<PlacedEvent> Events,
    int EventRows)
{
    public static TimeChartLayout Compute(FrameRequest request, (double Min, double Max)? domain, IReadOnlyList<EventMarker> events)
    {
        request = request with
        {
            MinRight = Math.Max(request.MinRight, ChartFrame.Pad + TimeAxis.MaxLabelOverhang),
        };
        var range = domain ?? (0, 1);

        // Event labels may take rows above the plot only while the plot keeps a comfortable height.
        var bare = ChartFrame.Compute(request);
        var spare = bare.Plot.Height - ChartFrame.ComfortablePlotHeight - EventMarkerPainter.GapAbovePlot;
        var maxRows = Math.Max(0, (int)Math.Floor(spare / EventMarkerPainter.RowHeight));
        var rows = 0;
        for (var round = 0; ; round++)
        {
            var frame = rows == 0 ? bare : ChartFrame.Compute(request with { ExtraTop = request.ExtraTop + EventMarkerPainter.SpaceAbove(rows) });
            var x = new LinearScale(range.Min, range.Max, frame.Plot.Left, frame.Plot.Right);
            var placed = domain is null
                ? []
                : EventMarkerPainter.Place(events, range.Min, range.Max, x, request.Size.Width, maxRows);
            var needed = EventMarkerPainter.RowCount(placed);
            if (needed <= rows || round >= 3)
            {
                return new TimeChartLayout(frame, x, range, placed, rows) { HasDates = domain is not null };
            }

            rows = needed;
        }
    }

    /// <summary>Whether there were any dates; without them the x axis has no ticks.</summary>
    public bool HasDates { get; init; } = true;

    public IReadOnlyList<TimeTick> Ticks => HasDates ? TimeAxis.Ticks(Domain.Min, Domain.Max, Frame.Plot.Width) : [];
}
