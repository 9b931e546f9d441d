using StalemateSim.Plotting.Tests.Support;

namespace StalemateSim.Plotting.Tests.Layout;

[TestFixture]
public sealed class TextMeasureTests
{
    [Test]
    public void Widths_follow_the_font_metrics()
    {
        Assert.That(TextMeasure.Width("0", 2048), Is.EqualTo(1303));
        Assert.That(TextMeasure.Width("iiii", 12), Is.LessThan(TextMeasure.Width("MMMM", 12)));
        Assert.That(TextMeasure.Width("Title", 20, bold: true), Is.GreaterThan(TextMeasure.Width("Title", 20)));
        Assert.That(TextMeasure.Width("", 12), Is.Zero);
    }

    [Test]
    public void Width_scales_with_font_size()
    {
        Assert.That(TextMeasure.Width("Serval", 24), Is.EqualTo(2 * TextMeasure.Width("Serval", 12)).Within(1e-9));
    }

    [Test]
    public void Truncate_shortens_with_an_ellipsis_to_fit()
    {
        var text = "Self-defence militia mobilisation rate";
        var shortened = TextMeasure.Truncate(text, 13, 100);

        Assert.That(shortened, Does.EndWith("\u2026"));
        Assert.That(TextMeasure.Width(shortened, 13), Is.LessThanOrEqualTo(100));
        Assert.That(TextMeasure.Truncate("Short", 13, 100), Is.EqualTo("Short"));
    }

    [Test]
    public void Fit_font_size_shrinks_only_when_needed()
    {
        Assert.That(TextMeasure.FitFontSize("Short", 20, 500), Is.EqualTo(20));
        var size = TextMeasure.FitFontSize(new string('W', 100), 20, 500);
        Assert.That(size, Is.LessThan(20));
        Assert.That(TextMeasure.Width(new string('W', 100), size), Is.LessThanOrEqualTo(500));
    }

    [Test]
    public void Overlap_check_uses_the_rotated_boxes()
    {
        var a = new TextBox("Coalition of armed movements", "t", 100, 100, 12, "end", -40, false);
        var parallel = a with { X = 150 };
        var same = a with { X = 104 };

        Assert.That(a.Overlaps(parallel), Is.False, "parallel rotated labels 50 px apart");
        Assert.That(a.Overlaps(same), Is.True);
        Assert.That(a.Bounds.Left, Is.LessThan(a.Bounds.Right));
    }
}
