using System.Xml;
using System.Xml.Linq;

namespace StalemateSim.Cli.Tests.Support;

/// <summary>Parsing and querying the SVG charts and the XHTML report.</summary>
internal static class Markup
{
    public static readonly XNamespace Svg = "http://www.w3.org/2000/svg";
    public static readonly XNamespace Xhtml = "http://www.w3.org/1999/xhtml";

    /// <summary>Parses a document as XML; an HTML5 doctype is allowed and ignored.</summary>
    public static XDocument Parse(string text)
    {
        using var reader = XmlReader.Create(new StringReader(text), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    public static bool HasClass(XElement element, string cssClass) =>
        ((string?)element.Attribute("class") ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries).Contains(cssClass);

    /// <summary>Descendants of any name carrying the class token.</summary>
    public static IEnumerable<XElement> WithClass(this XContainer root, string cssClass) =>
        root.Descendants().Where(e => HasClass(e, cssClass));

    /// <summary>The text of the single element with the class token.</summary>
    public static string SingleText(this XContainer root, string cssClass) =>
        root.WithClass(cssClass).Single().Value;
}
