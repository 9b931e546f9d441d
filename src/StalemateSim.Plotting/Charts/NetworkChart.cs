namespace StalemateSim.Plotting;

/// <summary>
/// A snapshot of relations between actors on a circle. Nodes are grouped by category (in order
/// of first appearance, with a gap between groups), coloured by category and sized by area;
/// alliances are solid lines, hostilities dashed lines and blocs wide pale bands underneath.
/// </summary>
public static class NetworkChart
{
    private const double LabelSize = 13;
    private const double MaxLabelWidth = 170;
    private const double MinNodeRadius = 6;
    private const double MaxNodeRadius = 20;
    private const double LabelOffset = 6;
    private const string EdgeColour = "#3a3a3a";
    private const string BlocColour = "#b8b8b8";

    /// <summary>Renders the chart as an SVG document.</summary>
    public static string Render(NetworkChartSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        var nodes = new List<NetworkNode>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in spec.Nodes.Where(n => seen.Add(n.Id)))
        {
            nodes.Add(node);
        }

        var categories = nodes.Select(n => n.Category).Distinct(StringComparer.Ordinal).ToList();
        var ordered = categories.SelectMany(c => nodes.Where(n => string.Equals(n.Category, c, StringComparison.Ordinal))).ToList();
        var index = ordered.Select((n, i) => (n.Id, i)).ToDictionary(p => p.Id, p => p.i, StringComparer.Ordinal);
        var edges = spec.Edges
            .Where(e => index.ContainsKey(e.A) && index.ContainsKey(e.B) && !string.Equals(e.A, e.B, StringComparison.Ordinal))
            .ToList();

        var legend = new Legend(LegendEntries(categories, edges), spec.Size);
        var frame = ChartFrame.Compute(new FrameRequest
        {
            Size = spec.Size,
            Title = spec.Title,
            Subtitle = spec.Subtitle,
            Legend = legend,
            XTickBlock = 0,
            HasXLabel = false,
            HasYLabel = false,
        });
        var plot = frame.Plot;

        var maxLabelWidth = Math.Min(MaxLabelWidth, plot.Width * 0.22);
        var labels = ordered.Select(n => TextMeasure.Truncate(n.Label, LabelSize, maxLabelWidth)).ToArray();
        var maxSize = ordered.Select(n => SizeOf(n)).DefaultIfEmpty(0).Max();
        var radii = ordered.Select(n => maxSize > 0 ? MinNodeRadius + ((MaxNodeRadius - MinNodeRadius) * Math.Sqrt(SizeOf(n) / maxSize)) : MinNodeRadius).ToArray();
        var angles = Angles(ordered, categories.Count);
        var positions = Place(plot, angles, TextMeasure.MaxWidth(labels, LabelSize));

        using var canvas = new SvgCanvas(spec.Size, "network-chart", spec.Title);
        frame.DrawHeader(canvas);
        canvas.BeginGroup("edges");
        foreach (var kind in new[] { EdgeKind.Bloc, EdgeKind.Alliance, EdgeKind.Hostility })
        {
            foreach (var edge in edges.Where(e => e.Kind == kind))
            {
                var a = positions[index[edge.A]];
                var b = positions[index[edge.B]];
                switch (kind)
                {
                    case EdgeKind.Bloc:
                        canvas.Line(a.X, a.Y, b.X, b.Y, BlocColour, 9, "edge bloc", opacity: 0.7);
                        break;
                    case EdgeKind.Alliance:
                        canvas.Line(a.X, a.Y, b.X, b.Y, EdgeColour, 2, "edge alliance");
                        break;
                    default:
                        canvas.Line(a.X, a.Y, b.X, b.Y, EdgeColour, 2, "edge hostility", "7 5");
                        break;
                }
            }
        }

        canvas.EndGroup();
        var placedLabels = PlaceLabels(plot, labels, positions, angles, radii);
        canvas.BeginGroup("nodes");
        for (var i = 0; i < ordered.Count; i++)
        {
            var colour = Palette.At(categories.IndexOf(ordered[i].Category));
            canvas.Circle(positions[i].X, positions[i].Y, radii[i], colour, "node", "#ffffff", 1.5);
            var label = placedLabels[i];
            canvas.Text(label.X, label.Baseline, label.Text, label.FontSize, "node-label", label.Anchor);
        }

        canvas.EndGroup();
        if (ordered.Count == 0)
        {
            frame.DrawNote(canvas, "No nodes");
        }

        frame.DrawLegend(canvas);
        return canvas.Finish();
    }

    /// <summary>
    /// Node centres: points on a circle at the given angles, with the radius as large as the
    /// plot allows once room is left for nodes and labels, and the occupied part of the circle
    /// centred in the plot (a few nodes need not fill the whole circle).
    /// </summary>
    private static (double X, double Y)[] Place(PlotArea plot, double[] angles, double widestLabel)
    {
        if (angles.Length == 0)
        {
            return [];
        }

        var unit = angles.Select(a => (X: Math.Cos(a), Y: Math.Sin(a))).ToArray();
        var (minX, maxX) = (unit.Min(p => p.X), unit.Max(p => p.X));
        var (minY, maxY) = (unit.Min(p => p.Y), unit.Max(p => p.Y));
        var roomX = plot.Width - (2 * (widestLabel + MaxNodeRadius + LabelOffset));
        // Above and below the circle, leave room for a label pushed out by a line or two (see PlaceLabels).
        var roomY = plot.Height - (2 * (MaxNodeRadius + LabelOffset + (2.5 * TextMeasure.LineHeight(LabelSize))));
        var radius = Math.Min(plot.Width, plot.Height) / 2;
        if (maxX - minX > 1e-9)
        {
            radius = Math.Min(radius, roomX / (maxX - minX));
        }

        if (maxY - minY > 1e-9)
        {
            radius = Math.Min(radius, roomY / (maxY - minY));
        }

        radius = Math.Max(20, radius);
        var centreX = plot.CentreX - (radius * (minX + maxX) / 2);
        var centreY = plot.CentreY - (radius * (minY + maxY) / 2);
        return unit.Select(p => (centreX + (radius * p.X), centreY + (radius * p.Y))).ToArray();
    }

    private static double SizeOf(NetworkNode node) => double.IsFinite(node.Size) && node.Size > 0 ? node.Size : 0;

    /// <summary>
    /// Angles (radians, clockwise from the top) of the nodes in order, leaving one empty slot
    /// between consecutive categories when there is more than one.
    /// </summary>
    private static double[] Angles(List<NetworkNode> ordered, int categoryCount)
    {
        var gaps = categoryCount > 1 ? categoryCount : 0;
        var slots = ordered.Count + gaps;
        var angles = new double[ordered.Count];
        var slot = 0;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (i > 0 && gaps > 0 && !string.Equals(ordered[i].Category, ordered[i - 1].Category, StringComparison.Ordinal))
            {
                slot++;
            }

            angles[i] = (-Math.PI / 2) + (2 * Math.PI * slot / Math.Max(1, slots));
            slot++;
        }

        return angles;
    }

    /// <summary>
    /// Labels just outside their nodes, on the far side from the circle's centre. A label that
    /// would overlap an earlier one is moved outwards a line at a time (up to three lines), then
    /// tried in smaller type, while it stays inside the plot; failing all that it keeps its first
    /// place.
    /// </summary>
    private static NodeLabel[] PlaceLabels(PlotArea plot, string[] labels, (double X, double Y)[] positions, double[] angles, double[] radii)
    {
        var placed = new NodeLabel[labels.Length];
        for (var i = 0; i < labels.Length; i++)
        {
            var earlier = placed.Take(i).ToArray();
            var candidates =
                from size in new[] { LabelSize, LabelSize - 2, LabelSize - 4 }
                from step in Enumerable.Range(0, 4)
                select LabelAt(labels[i], positions[i], angles[i], radii[i] + LabelOffset + (step * TextMeasure.LineHeight(size)), size);
            placed[i] = candidates.FirstOrDefault(c => c.IsInside(plot) && !earlier.Any(c.Overlaps))
                ?? LabelAt(labels[i], positions[i], angles[i], radii[i] + LabelOffset, LabelSize);
        }

        return placed;
    }

    private static NodeLabel LabelAt(string label, (double X, double Y) position, double angle, double distance, double size)
    {
        var cos = Math.Cos(angle);
        var sin = Math.Sin(angle);
        var x = position.X + (distance * cos);
        var y = position.Y + (distance * sin);
        // Centred only right at the top and bottom of the circle; elsewhere the label runs away from it.
        var anchor = cos > 0.1 ? TextAnchor.Start : cos < -0.1 ? TextAnchor.End : TextAnchor.Middle;
        var baseline = y + (0.35 * size) + (0.55 * size * sin);
        return new NodeLabel(label, x, baseline, anchor, size);
    }

    private static IEnumerable<LegendEntry> LegendEntries(List<string> categories, List<NetworkEdge> edges)
    {
        for (var i = 0; i < categories.Count; i++)
        {
            yield return new LegendEntry(categories[i], LegendSwatch.Circle, Palette.At(i));
        }

        if (edges.Any(e => e.Kind == EdgeKind.Alliance))
        {
            yield return new LegendEntry("Alliance", LegendSwatch.Line, EdgeColour);
        }

        if (edges.Any(e => e.Kind == EdgeKind.Hostility))
        {
            yield return new LegendEntry("Hostility", LegendSwatch.DashedLine, EdgeColour);
        }

        if (edges.Any(e => e.Kind == EdgeKind.Bloc))
        {
            yield return new LegendEntry("Bloc", LegendSwatch.WideLine, BlocColour, 0.7);
        }
    }
}
