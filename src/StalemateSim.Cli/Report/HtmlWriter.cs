using System.Text;
using System.Xml;

namespace StalemateSim.Cli.Report;

/// <summary>
/// Writes a polyglot HTML5 document (also well-formed XHTML) through an <see cref="XmlWriter"/>,
/// so that every text is escaped and every element closed. Non-void elements always get an end
/// tag, since an HTML parser reads <c>&lt;td /&gt;</c> as an open cell.
/// </summary>
internal sealed class HtmlWriter : IDisposable
{
    public const string Namespace = "http://www.w3.org/1999/xhtml";

    private readonly StringBuilder _text = new();
    private readonly XmlWriter _writer;

    public HtmlWriter()
    {
        _writer = XmlWriter.Create(_text, new XmlWriterSettings
        {
            OmitXmlDeclaration = true,
            Indent = true,
            IndentChars = " ",
            NewLineChars = "\n",
            NewLineHandling = NewLineHandling.Replace,
            ConformanceLevel = ConformanceLevel.Document,
        });
        _writer.WriteDocType("html", null, null, null);
    }

    /// <summary>Opens an element, with optional class and id.</summary>
    public HtmlWriter Open(string tag, string? cssClass = null, string? id = null)
    {
        _writer.WriteStartElement(tag, Namespace);
        if (cssClass is not null)
        {
            _writer.WriteAttributeString("class", cssClass);
        }

        if (id is not null)
        {
            _writer.WriteAttributeString("id", id);
        }

        return this;
    }

    public HtmlWriter Attribute(string name, string value)
    {
        _writer.WriteAttributeString(name, value);
        return this;
    }

    /// <summary>Closes the innermost open element with an end tag.</summary>
    public HtmlWriter Close()
    {
        _writer.WriteFullEndElement();
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string text, string? cssClass = null, string? id = null) =>
        Open(tag, cssClass, id).Text(text).Close();

    /// <summary>A void element such as <c>meta</c> or <c>br</c>.</summary>
    public HtmlWriter Void(string tag, params (string Name, string Value)[] attributes)
    {
        _writer.WriteStartElement(tag, Namespace);
        foreach (var (name, value) in attributes)
        {
            _writer.WriteAttributeString(name, value);
        }

        _writer.WriteEndElement();
        return this;
    }

    public HtmlWriter Text(string text)
    {
        _writer.WriteString(Clean(text));
        return this;
    }

    /// <summary>Copies an SVG document's root element in place (inline SVG; the XML declaration is dropped).</summary>
    public HtmlWriter Svg(string svg)
    {
        using var reader = XmlReader.Create(new StringReader(svg), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, IgnoreWhitespace = true });
        reader.MoveToContent();
        _writer.WriteNode(reader, defattr: true);
        return this;
    }

    /// <summary>Closes the document and returns it.</summary>
    public string Finish()
    {
        _writer.WriteEndDocument();
        _writer.Flush();
        // XmlWriter writes "<!DOCTYPE html >"; HTML allows the space, but the usual form reads better.
        return _text.ToString().Replace("<!DOCTYPE html >", "<!DOCTYPE html>", StringComparison.Ordinal) + "\n";
    }

    public void Dispose() => _writer.Dispose();

    /// <summary>Replaces control characters XML cannot carry with spaces (tabs and line breaks stay).</summary>
    private static string Clean(string text) =>
        text.Any(c => c < ' ' && c is not '\n' and not '\t' and not '\r')
            ? new string([.. text.Select(c => c < ' ' && c is not '\n' and not '\t' and not '\r' ? ' ' : c)])
            : text;
}
