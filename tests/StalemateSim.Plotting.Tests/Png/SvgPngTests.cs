using StalemateSim.Plotting.Tests.Support;

namespace StalemateSim.Plotting.Tests.Png;

[TestFixture]
public sealed class SvgPngTests
{
    private const string Malformed = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"10\" height=\"10\"><rect></svg>";

    private string folder = "";

    [SetUp]
    public void CreateFolder()
    {
        folder = Path.Combine(Path.GetTempPath(), "stalemate-svgpng-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
    }

    [TearDown]
    public void DeleteFolder() => Directory.Delete(folder, recursive: true);

    [Test]
    public void Writes_a_png_with_the_size_of_the_svg()
    {
        Rasteriser.AssumeAvailable();
        var svg = FanChart.Render(SampleData.FanSpec() with { Size = new ChartSize(640, 400) });
        var path = Path.Combine(folder, "fan.png");

        var ok = SvgPng.TryRender(svg, path, out var problem);

        Assert.That(ok, Is.True, problem);
        Assert.That(problem, Is.Null);
        Assert.That(PngHeader.Read(path), Is.EqualTo((640, 400)));
        Assert.That(Directory.GetFiles(folder), Is.EqualTo(new[] { path }), "no temporary file is left behind");
    }

    [Test]
    public void Replaces_an_existing_file()
    {
        Rasteriser.AssumeAvailable();
        var path = Path.Combine(folder, "bars.png");
        File.WriteAllText(path, "old contents");

        var ok = SvgPng.TryRender(BarIntervalChart.Render(SampleData.BarSpec()), path, out var problem);

        Assert.That(ok, Is.True, problem);
        Assert.That(PngHeader.Read(path), Is.EqualTo((1200, 700)));
    }

    [Test]
    public void Malformed_svg_gives_false_and_a_reason()
    {
        var path = Path.Combine(folder, "bad.png");

        var ok = SvgPng.TryRender(Malformed, path, out var problem);

        Assert.That(ok, Is.False);
        Assert.That(problem, Is.Not.Null.And.Not.Empty);
        Assert.That(problem, Does.Not.Contain("\n"), "one line");
        Assert.That(Directory.GetFiles(folder), Is.Empty);
    }

    [Test]
    public void Svg_without_a_pixel_size_gives_false_and_a_reason()
    {
        var ok = SvgPng.TryRender("<svg xmlns=\"http://www.w3.org/2000/svg\"/>", Path.Combine(folder, "x.png"), out var problem);

        Assert.That(ok, Is.False);
        Assert.That(problem, Does.Contain("width and height"));
    }

    [Test]
    public void Missing_native_library_gives_false_and_a_reason_instead_of_throwing()
    {
        var missing = NativeLibraryNames.Default with { Rsvg = "libstalemate-no-such-rsvg.so.9" };
        var path = Path.Combine(folder, "never.png");

        var ok = SvgPng.TryRender(BarIntervalChart.Render(SampleData.BarSpec()), path, missing, out var problem);

        Assert.That(ok, Is.False);
        Assert.That(problem, Does.Contain("libstalemate-no-such-rsvg.so.9"));
        Assert.That(File.Exists(path), Is.False);
    }

    [Test]
    public void Missing_folder_gives_false_and_a_reason()
    {
        Rasteriser.AssumeAvailable();
        var path = Path.Combine(folder, "no-such-folder", "x.png");

        var ok = SvgPng.TryRender(BarIntervalChart.Render(SampleData.BarSpec()), path, out var problem);

        Assert.That(ok, Is.False);
        Assert.That(problem, Does.Contain("does not exist"));
    }
}
