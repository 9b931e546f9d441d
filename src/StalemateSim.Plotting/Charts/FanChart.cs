namespace StalemateSim.Plotting;

/// <summary>
/// Fan charts: for each series a light 90% band (P05–P95), a darker 50% band (P25–P75) and a
/// median line over a monthly time axis, with optional event markers.
/// </summary>
public static class FanChart
{
    private const double OuterBandOpacity = 0.18;
    private const double InnerBandOpacity = 0.38;

    /// <summary>Renders the chart as an SVG document.</summary>
    /// <exception cref="ArgumentException">A series has arrays whose lengths differ from its dates.</exception>
    public static string Render(FanChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        foreach (var series in spec.Series)
        {
            Validate(series);
        }

        var values = spec.Series
            .SelectMany(s => s.Median.Concat(s.P25).Concat(s.P75).Concat(s.P05).Concat(s.P95))
            .Where(double.IsFinite)
            .ToArray();
        var (yMin, yMax) = values.Length == 0 ? (0.0, 1.0) : (values.Min(), values.Max());

        var legend = new Legend(LegendEntries(spec), spec.Size);
        var request = new FrameRequest
        {
            Size = spec.Size,
            Title = spec.Title,
            Subtitle = spec.Subtitle,
            Legend = legend,
            YTickLabelWidth = h => AxisPainter.YTickLabelWidth(yMin, yMax, h),
        };
        var layout = TimeChartLayout.Compute(request, TimeAxis.Domain(spec.Series.SelectMany(s => s.Dates)), spec.Events);
        var frame = layout.Frame;
        var plot = frame.Plot;
        var yTicks = AxisPainter.YTicks(yMin, yMax, plot.Height);
        var y = new LinearScale(yTicks.Min, yTicks.Max, plot.Bottom, plot.Top);

        using var canvas = new SvgCanvas(spec.Size, "fan-chart", spec.Title);
        frame.DrawHeader(canvas);
        AxisPainter.DrawYAxis(canvas, plot, yTicks, y);
        TimeAxis.Draw(canvas, plot, layout.X, layout.Ticks);

        canvas.BeginGroup("data");
        for (var i = 0; i < spec.Series.Count; i++)
        {
            DrawBand(canvas, spec.Series[i], spec.Series[i].P05, spec.Series[i].P95, layout.X, y, Palette.At(i), OuterBandOpacity, "band band90");
        }

        for (var i = 0; i < spec.Series.Count; i++)
        {
            DrawBand(canvas, spec.Series[i], spec.Series[i].P25, spec.Series[i].P75, layout.X, y, Palette.At(i), InnerBandOpacity, "band band50");
        }

        for (var i = 0; i < spec.Series.Count; i++)
        {
            DrawMedian(canvas, spec.Series[i], layout.X, y, Palette.At(i));
        }

        canvas.EndGroup();

        EventMarkerPainter.Draw(canvas, plot, layout.Events, layout.EventRows);
        if (values.Length == 0)
        {
            frame.DrawNote(canvas, "No data");
        }

        frame.DrawXLabel(canvas, spec.XLabel);
        frame.DrawYLabel(canvas, spec.YLabel);
        frame.DrawLegend(canvas);
        return canvas.Finish();
    }

    private static IEnumerable<LegendEntry> LegendEntries(FanChartSpec spec)
    {
        for (var i = 0; i < spec.Series.Count; i++)
        {
            yield return new LegendEntry(spec.Series[i].Label, LegendSwatch.BandWithLine, Palette.At(i));
        }

        if (spec.Series.Count > 0)
        {
            yield return new LegendEntry("Median", LegendSwatch.Line, Palette.Neutral);
            yield return new LegendEntry("50% interval (P25–P75)", LegendSwatch.Fill, Palette.Neutral, InnerBandOpacity + 0.1);
            yield return new LegendEntry("90% interval (P05–P95)", LegendSwatch.Fill, Palette.Neutral, OuterBandOpacity);
        }
    }

    private static void Validate(FanSeries series)
    {
        var n = series.Dates.Count;
        if (series.Median.Length != n || series.P25.Length != n || series.P75.Length != n
            || series.P05.Length != n || series.P95.Length != n)
        {
            throw new ArgumentException(
                $"Series '{series.Label}' has {n} dates but quantile arrays of other lengths.", nameof(series));
        }
    }

    private static void DrawBand(
        SvgCanvas canvas,
        FanSeries series,
        double[] lower,
        double[] upper,
        LinearScale x,
        LinearScale y,
        string colour,
        double opacity,
        string cssClass)
    {
        var path = new PathData();
        foreach (var run in FiniteRuns(series.Dates, i => double.IsFinite(lower[i]) && double.IsFinite(upper[i])))
        {
            path.Band(run.Select(i => (x.Map(TimeAxis.MonthIndex(series.Dates[i])), y.Map(upper[i]), y.Map(lower[i]))).ToArray());
        }

        if (!path.IsEmpty)
        {
            canvas.Path(path, cssClass, colour, opacity: opacity);
        }
    }

    private static void DrawMedian(SvgCanvas canvas, FanSeries series, LinearScale x, LinearScale y, string colour)
    {
        var path = new PathData();
        var singles = new List<(double X, double Y)>();
        foreach (var run in FiniteRuns(series.Dates, i => double.IsFinite(series.Median[i])))
        {
            var points = run.Select(i => (x.Map(TimeAxis.MonthIndex(series.Dates[i])), y.Map(series.Median[i]))).ToArray();
            path.Polyline(points);
            if (points.Length == 1)
            {
                singles.Add(points[0]);
            }
        }

        if (path.IsEmpty)
        {
            return;
        }

        canvas.Path(path, "median", fill: null, stroke: colour, strokeWidth: 2.5);
        foreach (var (px, py) in singles)
        {
            canvas.Circle(px, py, 4, colour, "median-point");
        }
    }

    /// <summary>
    /// Maximal runs of indices, taken in date order, for which <paramref name="isFinite"/> holds;
    /// a missing value ends a run so lines and bands break there.
    /// </summary>
    private static IEnumerable<List<int>> FiniteRuns(IReadOnlyList<DateOnly> dates, Func<int, bool> isFinite)
    {
        var run = new List<int>();
        foreach (var i in Enumerable.Range(0, dates.Count).OrderBy(i => dates[i]).ThenBy(i => i))
        {
            if (isFinite(i))
            {
                run.Add(i);
            }
            else if (run.Count > 0)
            {
                yield return run;
                run = [];
            }
        }

        if (run.Count > 0)
        {
            yield return run;
        }
    }
}
