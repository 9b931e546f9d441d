using System.Xml.Linq;

namespace StalemateSim.Plotting.Tests.Svg;

[TestFixture]
public sealed class SvgCanvasTests
{
    [Test]
    public void Document_is_well_formed_with_declaration_and_namespace()
    {
        using var canvas = new SvgCanvas(new ChartSize(400, 300), "test", "A <b> & c");
        canvas.Text(10, 20, "x < y && \"q\"", 12, "label");
        var svg = canvas.Finish();

        Assert.That(svg, Does.StartWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<svg "));
        Assert.That(svg, Does.Contain("xmlns=\"http://www.w3.org/2000/svg\""));
        Assert.That(svg, Does.EndWith("</svg>\n"));
        var document = XDocument.Parse(svg);
        Assert.That(document.Root!.Element(XName.Get("title", "http://www.w3.org/2000/svg"))!.Value, Is.EqualTo("A <b> & c"));
        Assert.That(svg, Does.Contain("x &lt; y &amp;&amp;"));
    }

    [Test]
    public void Characters_xml_cannot_hold_are_replaced()
    {
        Assert.That(SvgCanvas.Clean("a\u0001b\tc"), Is.EqualTo("a b c"));
        Assert.That(SvgCanvas.Clean("bad \uD800 surrogate"), Is.EqualTo("bad \uFFFD surrogate"));
        Assert.That(SvgCanvas.Clean("ok \uD83D\uDE00"), Is.EqualTo("ok \uD83D\uDE00"));
    }

    [TestCase(1.006, "1.01")]
    [TestCase(-0.001, "0.00")]
    [TestCase(1234.5, "1234.50")]
    [TestCase(-2.25, "-2.25")]
    public void Coordinates_have_two_fixed_decimals(double value, string expected)
    {
        Assert.That(NumberText.Coordinate(value), Is.EqualTo(expected));
    }

    [Test]
    public void Labels_use_thousands_separators()
    {
        Assert.That(NumberText.Label(1234567.891, 2), Is.EqualTo("1,234,567.89"));
        Assert.That(NumberText.Label(-0.0001, 1), Is.EqualTo("0.0"));
        Assert.That(NumberText.Count(12000), Is.EqualTo("12,000"));
    }

    [Test]
    public void Palette_is_okabe_ito_in_a_fixed_order()
    {
        Assert.That(Palette.Colours, Is.EqualTo(new[]
        {
            "#0072b2", "#e69f00", "#009e73", "#d55e00", "#cc79a7", "#56b4e9", "#f0e442", "#000000",
        }));
        Assert.That(Palette.At(8), Is.EqualTo(Palette.At(0)));
    }
}
