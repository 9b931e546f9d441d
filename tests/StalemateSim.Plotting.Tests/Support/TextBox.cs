using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace StalemateSim.Plotting.Tests.Support;

/// <summary>
/// A text element of a rendered chart with its estimated extent: width from the library's
/// font metrics, height from ascent and descent, rotated about the anchor as the SVG says.
/// </summary>
internal sealed partial record TextBox(string Text, string CssClass, double X, double Y, double FontSize, string Anchor, double Rotation, bool Bold)
{
    public static TextBox From(XElement element)
    {
        var transform = (string?)element.Attribute("transform");
        var rotation = 0.0;
        if (transform is not null)
        {
            var match = RotatePattern().Match(transform);
            Assert.That(match.Success, Is.True, $"unexpected transform '{transform}'");
            rotation = Number(match.Groups[1].Value);
        }

        return new TextBox(
            element.Value,
            (string?)element.Attribute("class") ?? "",
            Number((string)element.Attribute("x")!),
            Number((string)element.Attribute("y")!),
            Number((string)element.Attribute("font-size")!),
            (string?)element.Attribute("text-anchor") ?? "start",
            rotation,
            (string?)element.Attribute("font-weight") == "bold");
    }

    public bool IsRotated => Rotation != 0;

    /// <summary>Corners of the estimated text box after rotation about the anchor.</summary>
    public IReadOnlyList<(double X, double Y)> Corners
    {
        get
        {
            var width = TextMeasure.Width(Text, FontSize, Bold);
            var start = Anchor switch { "middle" => -width / 2, "end" => -width, _ => 0 };
            var top = -TextMeasure.Ascent * FontSize;
            var bottom = TextMeasure.Descent * FontSize;
            (double Dx, double Dy)[] local = [(start, top), (start + width, top), (start + width, bottom), (start, bottom)];
            var radians = Rotation * Math.PI / 180;
            var (cos, sin) = (Math.Cos(radians), Math.Sin(radians));
            return local.Select(c => (X + (c.Dx * cos) - (c.Dy * sin), Y + (c.Dx * sin) + (c.Dy * cos))).ToArray();
        }
    }

    /// <summary>Axis-aligned bounds (left, top, right, bottom) of the estimated, rotated text box.</summary>
    public (double Left, double Top, double Right, double Bottom) Bounds
    {
        get
        {
            var corners = Corners;
            return (corners.Min(c => c.X), corners.Min(c => c.Y), corners.Max(c => c.X), corners.Max(c => c.Y));
        }
    }

    /// <summary>Whether the two (possibly rotated) text boxes intersect, by the separating axis test.</summary>
    public bool Overlaps(TextBox other)
    {
        var a = Corners;
        var b = other.Corners;
        foreach (var corners in new[] { a, b })
        {
            for (var i = 0; i < 2; i++)
            {
                var edge = (X: corners[i + 1].X - corners[i].X, Y: corners[i + 1].Y - corners[i].Y);
                var axis = (X: -edge.Y, Y: edge.X);
                var projectA = a.Select(p => (p.X * axis.X) + (p.Y * axis.Y)).ToArray();
                var projectB = b.Select(p => (p.X * axis.X) + (p.Y * axis.Y)).ToArray();
                if (projectA.Max() <= projectB.Min() || projectB.Max() <= projectA.Min())
                {
                    return false;
                }
            }
        }

        return true;
    }

    public override string ToString() => $"'{Text}' ({CssClass}) at {X:F1},{Y:F1}";

    private static double Number(string text) => double.Parse(text, CultureInfo.InvariantCulture);

    [GeneratedRegex(@"^rotate\(([-0-9.]+) [-0-9.]+ [-0-9.]+\)$")]
    private static partial Regex RotatePattern();
}
