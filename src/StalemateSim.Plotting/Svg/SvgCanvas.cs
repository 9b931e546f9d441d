using System.Globalization;
using System.Text;
using System.Xml;

namespace StalemateSim.Plotting;

/// <summary>
/// Writes an SVG document element by element through an <see cref="XmlWriter"/>, so text is
/// always escaped and the output is well-formed. Numbers are written with invariant culture and
/// fixed decimals, so the same drawing calls give the same bytes.
/// </summary>
internal sealed class SvgCanvas : IDisposable
{
    /// <summary>Font list used by every chart.</summary>
    public const string FontFamily = "DejaVu Sans, Arial, sans-serif";

    private const string Namespace = "http://www.w3.org/2000/svg";

    private readonly MemoryStream stream = new();
    private readonly XmlWriter writer;
    private bool finished;

    public SvgCanvas(ChartSize size, string chartKind, string title)
    {
        Size = size;
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
            Indent = true,
            IndentChars = "  ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
        };
        writer = XmlWriter.Create(stream, settings);
        writer.WriteStartDocument();
        writer.WriteStartElement("svg", Namespace);
        writer.WriteAttributeString("class", "chart " + chartKind);
        writer.WriteAttributeString("width", Size.Width.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString("height", Size.Height.ToString(CultureInfo.InvariantCulture));
        writer.WriteAttributeString(
            "viewBox",
            string.Create(CultureInfo.InvariantCulture, $"0 0 {Size.Width} {Size.Height}"));
        writer.WriteAttributeString("font-family", FontFamily);
        writer.WriteElementString("title", Namespace, Clean(title));
        Rect(0, 0, Size.Width, Size.Height, "#ffffff", "background");
    }

    public ChartSize Size { get; }

    public void BeginGroup(string cssClass)
    {
        writer.WriteStartElement("g", Namespace);
        writer.WriteAttributeString("class", cssClass);
    }

    public void EndGroup() => writer.WriteEndElement();

    public void Rect(
        double x,
        double y,
        double width,
        double height,
        string fill,
        string cssClass,
        double opacity = 1,
        string? stroke = null,
        double strokeWidth = 1)
    {
        Start("rect", cssClass);
        Number("x", x);
        Number("y", y);
        Number("width", Math.Max(0, width));
        Number("height", Math.Max(0, height));
        writer.WriteAttributeString("fill", fill);
        Opacity("fill-opacity", opacity);
        Stroke(stroke, strokeWidth, dash: null);
        writer.WriteEndElement();
    }

    public void Line(
        double x1,
        double y1,
        double x2,
        double y2,
        string stroke,
        double strokeWidth,
        string cssClass,
        string? dash = null,
        double opacity = 1)
    {
        Start("line", cssClass);
        Number("x1", x1);
        Number("y1", y1);
        Number("x2", x2);
        Number("y2", y2);
        Stroke(stroke, strokeWidth, dash);
        Opacity("stroke-opacity", opacity);
        writer.WriteEndElement();
    }

    /// <summary>A filled shape (<paramref name="fill"/> set) or a line (<paramref name="stroke"/> set).</summary>
    public void Path(
        PathData data,
        string cssClass,
        string? fill,
        string? stroke = null,
        double strokeWidth = 1,
        double opacity = 1,
        string? dash = null)
    {
        Start("path", cssClass);
        writer.WriteAttributeString("d", data.ToString());
        writer.WriteAttributeString("fill", fill ?? "none");
        if (fill is not null)
        {
            Opacity("fill-opacity", opacity);
        }

        Stroke(stroke, strokeWidth, dash);
        if (stroke is not null)
        {
            Opacity("stroke-opacity", opacity);
            writer.WriteAttributeString("stroke-linejoin", "round");
            writer.WriteAttributeString("stroke-linecap", "round");
        }

        writer.WriteEndElement();
    }

    public void Circle(double cx, double cy, double r, string fill, string cssClass, string? stroke = null, double strokeWidth = 1)
    {
        Start("circle", cssClass);
        Number("cx", cx);
        Number("cy", cy);
        Number("r", r);
        writer.WriteAttributeString("fill", fill);
        Stroke(stroke, strokeWidth, dash: null);
        writer.WriteEndElement();
    }

    /// <summary>
    /// A single line of text with its baseline at <paramref name="y"/>, optionally rotated by
    /// <paramref name="rotateDegrees"/> about its anchor point.
    /// </summary>
    public void Text(
        double x,
        double y,
        string text,
        double fontSize,
        string cssClass,
        TextAnchor anchor = TextAnchor.Start,
        bool bold = false,
        string fill = Palette.Ink,
        double rotateDegrees = 0)
    {
        Start("text", cssClass);
        Number("x", x);
        Number("y", y);
        Number("font-size", fontSize);
        if (anchor != TextAnchor.Start)
        {
            writer.WriteAttributeString("text-anchor", anchor == TextAnchor.Middle ? "middle" : "end");
        }

        if (bold)
        {
            writer.WriteAttributeString("font-weight", "bold");
        }

        writer.WriteAttributeString("fill", fill);
        if (rotateDegrees != 0)
        {
            writer.WriteAttributeString(
                "transform",
                $"rotate({NumberText.Coordinate(rotateDegrees)} {NumberText.Coordinate(x)} {NumberText.Coordinate(y)})");
        }

        writer.WriteString(Clean(text));
        writer.WriteEndElement();
    }

    /// <summary>Closes the document and returns it as a string ending in a newline.</summary>
    public string Finish()
    {
        if (!finished)
        {
            writer.WriteEndElement();
            writer.WriteEndDocument();
            writer.Flush();
            finished = true;
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public void Dispose()
    {
        writer.Dispose();
        stream.Dispose();
    }

    /// <summary>Replaces characters XML cannot carry (controls, unpaired surrogates) with spaces or U+FFFD.</summary>
    internal static string Clean(string text)
    {
        StringBuilder? cleaned = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            char? replacement = null;
            if (char.IsHighSurrogate(c))
            {
                if (i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
                {
                    cleaned?.Append(c).Append(text[i + 1]);
                    i++;
                    continue;
                }

                replacement = '\uFFFD';
            }
            else if (char.IsLowSurrogate(c) || c == '\uFFFE' || c == '\uFFFF')
            {
                replacement = '\uFFFD';
            }
            else if (c < ' ')
            {
                replacement = ' ';
            }

            if (replacement is { } r)
            {
                cleaned ??= new StringBuilder(text, 0, i, text.Length);
                cleaned.Append(r);
            }
            else
            {
                cleaned?.Append(c);
            }
        }

        return cleaned?.ToString() ?? text;
    }

    private void Start(string element, string cssClass)
    {
        writer.WriteStartElement(element, Namespace);
        writer.WriteAttributeString("class", cssClass);
    }

    private void Number(string attribute, double value) =>
        writer.WriteAttributeString(attribute, NumberText.Coordinate(value));

    private void Opacity(string attribute, double opacity)
    {
        if (opacity < 1)
        {
            Number(attribute, opacity);
        }
    }

    private void Stroke(string? stroke, double strokeWidth, string? dash)
    {
        if (stroke is null)
        {
            return;
        }

        writer.WriteAttributeString("stroke", stroke);
        Number("stroke-width", strokeWidth);
        if (dash is not null)
        {
            writer.WriteAttributeString("stroke-dasharray", dash);
        }
    }
}
