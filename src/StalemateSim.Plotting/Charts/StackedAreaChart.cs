namespace StalemateSim.Plotting;

/// <summary>
/// Layers stacked over monthly dates, e.g. the share of districts held by each kind of actor.
/// The y axis runs from 0 to 1, or higher if the layers stack above 1.
/// </summary>
public static class StackedAreaChart
{
    private const double LayerOpacity = 0.9;

    /// <summary>Renders the chart as an SVG document. NaN and negative values count as 0.</summary>
    /// <exception cref="ArgumentException">A layer's length differs from the number of dates.</exception>
    public static string Render(StackedAreaChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        foreach (var layer in spec.Layers)
        {
            if (layer.Values.Length != spec.Dates.Count)
            {
                throw new ArgumentException(
                    $"Layer '{layer.Name}' has {layer.Values.Length} values for {spec.Dates.Count} dates.", nameof(spec));
            }
        }

        var order = Enumerable.Range(0, spec.Dates.Count).OrderBy(i => spec.Dates[i]).ThenBy(i => i).ToArray();
        var stacks = Stack(spec, order);
        var top = Math.Max(1, stacks.Length == 0 || order.Length == 0 ? 0 : stacks[^1].Max());
        var colours = spec.Layers.Select((layer, i) => layer.Colour ?? Palette.At(i)).ToArray();

        // Legend lists the top layer first, matching the stacking order on the chart.
        var legend = new Legend(
            spec.Layers.Select((layer, i) => new LegendEntry(layer.Name, LegendSwatch.Fill, colours[i], LayerOpacity)).Reverse(),
            spec.Size);
        var request = new FrameRequest
        {
            Size = spec.Size,
            Title = spec.Title,
            Subtitle = spec.Subtitle,
            Legend = legend,
            YTickLabelWidth = h => AxisPainter.YTickLabelWidth(0, top, h),
        };
        var layout = TimeChartLayout.Compute(request, TimeAxis.Domain(spec.Dates), spec.Events);
        var frame = layout.Frame;
        var plot = frame.Plot;
        var yTicks = AxisPainter.YTicks(0, top, plot.Height);
        var y = new LinearScale(yTicks.Min, yTicks.Max, plot.Bottom, plot.Top);

        using var canvas = new SvgCanvas(spec.Size, "stacked-area-chart", spec.Title);
        frame.DrawHeader(canvas);
        AxisPainter.DrawYAxis(canvas, plot, yTicks, y);
        TimeAxis.Draw(canvas, plot, layout.X, layout.Ticks);

        var xs = XPositions(spec, order, layout.X);
        canvas.BeginGroup("data");
        for (var k = 0; k < spec.Layers.Count; k++)
        {
            var points = new List<(double X, double Upper, double Lower)>(xs.Count);
            for (var j = 0; j < xs.Count; j++)
            {
                var column = Math.Min(j, order.Length - 1);
                var lower = k == 0 ? 0 : stacks[k - 1][column];
                points.Add((xs[j], y.Map(stacks[k][column]), y.Map(lower)));
            }

            var path = new PathData().Band(points);
            if (!path.IsEmpty)
            {
                canvas.Path(path, "layer", colours[k], opacity: LayerOpacity);
            }
        }

        canvas.EndGroup();
        EventMarkerPainter.Draw(canvas, plot, layout.Events, layout.EventRows);
        if (spec.Dates.Count == 0 || spec.Layers.Count == 0)
        {
            frame.DrawNote(canvas, "No data");
        }

        frame.DrawXLabel(canvas, spec.XLabel);
        frame.DrawYLabel(canvas, spec.YLabel);
        frame.DrawLegend(canvas);
        return canvas.Finish();
    }

    /// <summary>Cumulative sums: stacks[k][j] is the top of layer k at the j-th date in date order.</summary>
    private static double[][] Stack(StackedAreaChartSpec spec, int[] order)
    {
        var stacks = new double[spec.Layers.Count][];
        for (var k = 0; k < spec.Layers.Count; k++)
        {
            stacks[k] = new double[order.Length];
            for (var j = 0; j < order.Length; j++)
            {
                var value = spec.Layers[k].Values[order[j]];
                var below = k == 0 ? 0 : stacks[k - 1][j];
                stacks[k][j] = below + (double.IsFinite(value) && value > 0 ? value : 0);
            }
        }

        return stacks;
    }

    /// <summary>
    /// X pixel of each date in date order; a single date becomes a strip one month wide so
    /// that it stays visible.
    /// </summary>
    private static List<double> XPositions(StackedAreaChartSpec spec, int[] order, LinearScale x)
    {
        if (order.Length == 1)
        {
            var month = TimeAxis.MonthIndex(spec.Dates[0]);
            return [x.Map(month - 0.5), x.Map(month + 0.5)];
        }

        return order.Select(i => x.Map(TimeAxis.MonthIndex(spec.Dates[i]))).ToList();
    }
}
