using System.Globalization;
using System.Xml.Linq;

namespace StalemateSim.Plotting.Tests.Support;

/// <summary>Parses a rendered chart and answers structural questions about it.</summary>
internal sealed class SvgInspector
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    public SvgInspector(string svg)
    {
        Document = XDocument.Parse(svg);
        Root = Document.Root!;
    }

    public XDocument Document { get; }

    public XElement Root { get; }

    public double Width => Number(Root, "width");

    public double Height => Number(Root, "height");

    public string ViewBox => (string)Root.Attribute("viewBox")!;

    /// <summary>Elements whose class attribute contains <paramref name="cssClass"/> as a whole word.</summary>
    public IReadOnlyList<XElement> WithClass(string cssClass, string? element = null) =>
        Root.Descendants()
            .Where(e => element is null || e.Name == Svg + element)
            .Where(e => ((string?)e.Attribute("class") ?? "").Split(' ').Contains(cssClass))
            .ToArray();

    public IReadOnlyList<TextBox> Texts(string? cssClass = null) =>
        (cssClass is null ? Root.Descendants(Svg + "text") : WithClass(cssClass, "text"))
            .Select(TextBox.From)
            .ToArray();

    public IReadOnlyList<string> TextsOf(string cssClass) => Texts(cssClass).Select(t => t.Text).ToArray();

    public string SingleText(string cssClass)
    {
        var texts = TextsOf(cssClass);
        Assert.That(texts, Has.Count.EqualTo(1), $"text elements with class '{cssClass}'");
        return texts[0];
    }

    /// <summary>Legend labels in drawing order.</summary>
    public IReadOnlyList<string> LegendLabels() =>
        WithClass("legend-entry", "g").Select(g => g.Descendants(Svg + "text").Single().Value).ToArray();

    /// <summary>Asserts that every text element's anchor and estimated extent lie inside the view box.</summary>
    public void AssertTextInsideViewBox()
    {
        Assert.That(ViewBox, Is.EqualTo($"0 0 {Width.ToString(CultureInfo.InvariantCulture)} {Height.ToString(CultureInfo.InvariantCulture)}"));
        Assert.Multiple(() =>
        {
            foreach (var text in Texts())
            {
                Assert.That(text.X, Is.InRange(0, Width), $"anchor x of {text}");
                Assert.That(text.Y, Is.InRange(0, Height), $"anchor y of {text}");
                var (left, top, right, bottom) = text.Bounds;
                Assert.That(left, Is.GreaterThanOrEqualTo(0), $"left edge of {text}");
                Assert.That(top, Is.GreaterThanOrEqualTo(0), $"top edge of {text}");
                Assert.That(right, Is.LessThanOrEqualTo(Width), $"right edge of {text}");
                Assert.That(bottom, Is.LessThanOrEqualTo(Height), $"bottom edge of {text}");
            }
        });
    }

    /// <summary>Asserts that no two of the given text elements overlap.</summary>
    public static void AssertNoOverlap(IReadOnlyList<TextBox> texts)
    {
        var overlaps = new List<string>();
        for (var i = 0; i < texts.Count; i++)
        {
            for (var j = i + 1; j < texts.Count; j++)
            {
                if (texts[i].Overlaps(texts[j]))
                {
                    overlaps.Add($"{texts[i]} overlaps {texts[j]}");
                }
            }
        }

        Assert.That(overlaps, Is.Empty);
    }

    /// <summary>Asserts the chart is readable: text inside the view box and no two texts overlapping.</summary>
    public void AssertReadable()
    {
        AssertTextInsideViewBox();
        AssertNoOverlap(Texts());
    }

    public static double Number(XElement element, string attribute) =>
        double.Parse((string)element.Attribute(attribute)!, CultureInfo.InvariantCulture);

    /// <summary>All coordinates in a path's "d" attribute as (x, y) pairs.</summary>
    public static IReadOnlyList<(double X, double Y)> PathPoints(XElement path) =>
        ((string)path.Attribute("d")!)
            .Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(token => token != "Z")
            .Select(token => token.TrimEnd('Z')[1..].Split(','))
            .Select(xy => (double.Parse(xy[0], CultureInfo.InvariantCulture), double.Parse(xy[1], CultureInfo.InvariantCulture)))
            .ToArray();

    /// <summary>Number of subpaths (move-to commands) in a path.</summary>
    public static int SubpathCount(XElement path) => ((string)path.Attribute("d")!).Count(c => c == 'M');
}
