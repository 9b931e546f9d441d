using System.Text;

namespace StalemateSim.Plotting;

/// <summary>Builds the "d" attribute of an SVG path with fixed-decimal coordinates.</summary>
internal sealed class PathData
{
    private readonly StringBuilder text = new();

    public bool IsEmpty => text.Length == 0;

    public PathData MoveTo(double x, double y) => Append('M', x, y);

    public PathData LineTo(double x, double y) => Append('L', x, y);

    public PathData Close()
    {
        text.Append('Z');
        return this;
    }

    /// <summary>A polyline through the points, as one subpath.</summary>
    public PathData Polyline(IReadOnlyList<(double X, double Y)> points)
    {
        for (var i = 0; i < points.Count; i++)
        {
            if (i == 0)
            {
                MoveTo(points[i].X, points[i].Y);
            }
            else
            {
                LineTo(points[i].X, points[i].Y);
            }
        }

        return this;
    }

    /// <summary>
    /// A closed polygon between an upper and a lower line sharing x positions: along the upper
    /// line forwards, then back along the lower line.
    /// </summary>
    public PathData Band(IReadOnlyList<(double X, double Upper, double Lower)> points)
    {
        if (points.Count == 0)
        {
            return this;
        }

        for (var i = 0; i < points.Count; i++)
        {
            if (i == 0)
            {
                MoveTo(points[i].X, points[i].Upper);
            }
            else
            {
                LineTo(points[i].X, points[i].Upper);
            }
        }

        for (var i = points.Count - 1; i >= 0; i--)
        {
            LineTo(points[i].X, points[i].Lower);
        }

        return Close();
    }

    public override string ToString() => text.ToString();

    private PathData Append(char command, double x, double y)
    {
        if (text.Length > 0)
        {
            text.Append(' ');
        }

        text.Append(command).Append(NumberText.Coordinate(x)).Append(',').Append(NumberText.Coordinate(y));
        return this;
    }
}
