using System.Security.Cryptography;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using StalemateSim.Cli.Plots;
using StalemateSim.Cli.Tests.Support;

namespace StalemateSim.Cli.Tests.Commands;

/// <summary>'stalemate report DIR': a self-contained HTML report of an ensemble.</summary>
public class ReportCommandTests
{
    private string _dir = "";
    private string _out = "";
    private string _html = "";
    private XDocument _report = new();

    private static string Example => CliRunner.Scenario("examples/three-regions.json");

    [OneTimeSetUp]
    public void RunAndReportOnce()
    {
        _dir = CliRunner.TempDir();
        _out = Path.Combine(_dir, "ex");
        var run = CliRunner.Run("run", Example, "--runs", "8", "--seed", "5", "--out", _out, "-q");
        Assert.That(run.Exit, Is.EqualTo(0), run.Error);
        var report = CliRunner.Run("report", _out);
        Assert.That(report.Exit, Is.EqualTo(0), report.Error);
        Assert.That(report.Out, Does.Contain("Report: ").And.Contain("report.html (12 charts)"));
        _html = File.ReadAllText(Path.Combine(_out, "report.html"));
        _report = Markup.Parse(_html);
    }

    [OneTimeTearDown]
    public void TearDown() => Directory.Delete(_dir, recursive: true);

    private XElement Section(string id) =>
        _report.Descendants(Markup.Xhtml + "section").Single(s => (string?)s.Attribute("id") == id);

    [Test]
    public void ReportIsWellFormedXhtmlWithAnHtml5Doctype()
    {
        Assert.That(_html, Does.StartWith("<!DOCTYPE html>\n<html"));
        var root = _report.Root!;
        Assert.Multiple(() =>
        {
            Assert.That(root.Name, Is.EqualTo(Markup.Xhtml + "html"));
            Assert.That(root.Element(Markup.Xhtml + "head")?.Element(Markup.Xhtml + "title")?.Value, Does.Contain("Three regions (stylised example)"));
            Assert.That(root.Element(Markup.Xhtml + "head")?.Element(Markup.Xhtml + "style")?.Value, Does.Contain("@media print"));
            Assert.That(root.Element(Markup.Xhtml + "body"), Is.Not.Null);
            foreach (var id in new[] { "scenario", "outcomes", "reading", "charts", "series", "manifest" })
            {
                Assert.That(Section(id).Element(Markup.Xhtml + "h2"), Is.Not.Null, id);
            }
        });
    }

    [Test]
    public void EmptyElementsAreNeverSelfClosedOutsideSvg()
    {
        // An HTML parser reads <td/> as an open cell; only void elements and SVG may self-close.
        var outsideSvg = Regex.Replace(_html, "<svg.*?</svg>", "", RegexOptions.Singleline);
        var selfClosed = Regex.Matches(outsideSvg, @"<([a-z0-9]+)[^>]*/>").Select(m => m.Groups[1].Value).Distinct();
        Assert.That(selfClosed, Is.SubsetOf(new[] { "meta", "br", "hr", "img", "link" }));
    }

    [Test]
    public void EveryStandardChartIsInlineAsSvg()
    {
        var figures = Section("charts").Elements(Markup.Xhtml + "figure").ToList();
        Assert.That(figures.Select(f => (string?)f.Attribute("id")), Is.EqualTo(StandardPlots.Names.Select(n => "plot-" + n)));
        foreach (var figure in figures)
        {
            var name = ((string)figure.Attribute("id")!)["plot-".Length..];
            var svg = figure.Element(Markup.Svg + "svg");
            Assert.That(svg, Is.Not.Null, name);
            var file = Markup.Parse(File.ReadAllText(Path.Combine(_out, "plots", name + ".svg")));
            Assert.That(svg!.Element(Markup.Svg + "title")?.Value, Is.EqualTo(file.Root!.Element(Markup.Svg + "title")?.Value), name);
            Assert.That(svg.WithClass("data").Single().Elements(), Is.Not.Empty, name);
            Assert.That(figure.Element(Markup.Xhtml + "figcaption")?.Value, Does.Contain($"plots/{name}.svg"));
        }
    }

    [Test]
    public void OutcomeTableGivesProbabilityIntervalAndCountOfEachOutcome()
    {
        using var outcomes = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "outcomes.json")));
        var table = Section("outcomes").Element(Markup.Xhtml + "table")!;
        var header = table.Descendants(Markup.Xhtml + "th").Select(t => t.Value).Take(4).ToArray();
        Assert.That(header, Is.EqualTo(new[] { "Outcome", "Probability", "95% interval (Wilson score)", "Runs" }));
        var rows = table.Element(Markup.Xhtml + "tbody")!.Elements(Markup.Xhtml + "tr").Select(r => r.Elements().Select(c => c.Value).ToArray()).ToList();
        Assert.That(rows.Select(r => r[0]), Is.EqualTo(new[] { "Stalemate", "Settlement", "Jihadist hegemony", "State victory", "State collapse" }));
        foreach (var (outcome, row) in outcomes.RootElement.GetProperty("outcomes").EnumerateObject().Zip(rows))
        {
            var o = outcome.Value;
            Assert.That(row[1], Is.EqualTo(Percent(o.GetProperty("probability").GetDouble())), outcome.Name);
            Assert.That(row[2], Is.EqualTo($"{Percent(o.GetProperty("low").GetDouble())} – {Percent(o.GetProperty("high").GetDouble())}"), outcome.Name);
            Assert.That(row[3], Is.EqualTo(o.GetProperty("count").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture)), outcome.Name);
        }

        Assert.That(rows.Sum(r => int.Parse(r[3], System.Globalization.CultureInfo.InvariantCulture)), Is.EqualTo(8));
    }

    [Test]
    public void ReportReferencesNothingOutsideItself()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Regex.IsMatch(_html, @"(src|href)\s*=\s*[""']?\s*(https?:|//|file:)", RegexOptions.IgnoreCase), Is.False, "no external src or href");
            Assert.That(Regex.IsMatch(_html, @"\ssrc\s*=", RegexOptions.IgnoreCase), Is.False, "nothing loaded at all");
            Assert.That(_html, Does.Not.Contain("<script").And.Not.Contain("<link").And.Not.Contain("<img").And.Not.Contain("@import").And.Not.Contain("url("));
            var hrefs = _report.Descendants().Attributes("href").Select(a => a.Value);
            Assert.That(hrefs, Is.All.StartsWith("#"), "links only within the page");
        });
    }

    [Test]
    public void ProvenanceNamesTheFilesWithTheirHashSeedRunsAndStatus()
    {
        var section = Section("scenario");
        var text = section.Value;
        var sha = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Example)));
        using var manifest = JsonDocument.Parse(File.ReadAllText(Path.Combine(_out, "manifest.json")));
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.Contain(Example));
            Assert.That(text, Does.Contain(sha), "the file's SHA-256");
            Assert.That(text, Does.Contain(manifest.RootElement.GetProperty("scenario").GetProperty("contentHash").GetString()));
            Assert.That(text, Does.Contain("Loaded again now, these files give the content hash of the run"));
            Assert.That(Fact(section, "Seed"), Is.EqualTo("5"));
            Assert.That(Fact(section, "Runs"), Is.EqualTo("8 of 8 planned"));
            Assert.That(Fact(section, "Status"), Is.EqualTo("complete"));
            Assert.That(Fact(section, "Period"), Is.EqualTo("January 2020 to December 2029 (120 months)"));
            Assert.That(_report.Descendants(Markup.Xhtml + "p").First(p => Markup.HasClass(p, "lead")).Value, Does.StartWith("A small invented country"));
        });
    }

    [Test]
    public void KeySeriesHaveARowPerYear()
    {
        var tables = Section("series").Elements(Markup.Xhtml + "table").ToList();
        Assert.That(tables, Has.Count.EqualTo(2));
        var deathRows = tables[0].Element(Markup.Xhtml + "tbody")!.Elements(Markup.Xhtml + "tr").ToList();
        Assert.That(deathRows.Select(r => r.Elements().First().Value), Is.EqualTo(Enumerable.Range(2020, 10).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        var levelRows = tables[1].Element(Markup.Xhtml + "tbody")!.Elements(Markup.Xhtml + "tr").ToList();
        Assert.That(levelRows.First().Elements().First().Value, Is.EqualTo("December 2020"));
        Assert.That(levelRows.SelectMany(r => r.WithClass("band")), Is.Not.Empty, "the 90% band under each median");
    }

    [Test]
    public void ManifestIsShownInFull()
    {
        var pre = Section("manifest").Element(Markup.Xhtml + "pre")!.Value;
        using var shown = JsonDocument.Parse(pre);
        Assert.That(shown.RootElement.GetProperty("runsDone").GetInt64(), Is.EqualTo(8));
        Assert.That(shown.RootElement.GetProperty("status").GetString(), Is.EqualTo("complete"));
    }

    [Test]
    public void HowToReadExplainsBandsAndIntervals()
    {
        var text = Section("reading").Value;
        Assert.That(text, Does.Contain("middle 50% of runs").And.Contain("Wilson").And.Contain("not confidence intervals"));
    }

    [Test]
    public void OutOptionWritesTheReportThere()
    {
        string file = Path.Combine(_dir, "briefing", "mali.html");
        var (exit, output, error) = CliRunner.Run("report", _out, "--out", file);
        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(File.Exists(file), Is.True);
        Assert.That(output, Does.Contain(file));
    }

    [Test]
    public void AFolderWithoutOutputsIsABadInput()
    {
        var missing = CliRunner.Run("report", Path.Combine(_dir, "nowhere"));
        Assert.That(missing.Exit, Is.EqualTo(2));
        Assert.That(missing.Error, Does.Contain("no folder"));

        string empty = Path.Combine(_dir, "empty");
        Directory.CreateDirectory(empty);
        var notOutputs = CliRunner.Run("report", empty);
        Assert.That(notOutputs.Exit, Is.EqualTo(2));
        Assert.That(notOutputs.Error, Does.Contain("holds no manifest.json or series.csv"));
    }

    [Test]
    public void HelpDescribesTheReportWithAnExample()
    {
        var (exit, output, _) = CliRunner.Run("report", "--help");
        Assert.That(exit, Is.EqualTo(0));
        Assert.That(output, Does.Contain("self-contained HTML report").And.Contain("stalemate report runs/mali").And.Contain("--out"));
    }

    [Test]
    public void APartialEnsembleIsFlagged()
    {
        string partial = Path.Combine(_dir, "partial");
        Directory.CreateDirectory(partial);
        foreach (var file in new[] { "runs.csv", "series.csv", "outcomes.json" })
        {
            File.Copy(Path.Combine(_out, file), Path.Combine(partial, file));
        }

        File.WriteAllText(
            Path.Combine(partial, "manifest.json"),
            File.ReadAllText(Path.Combine(_out, "manifest.json")).Replace("\"status\": \"complete\"", "\"status\": \"partial\"", StringComparison.Ordinal));

        var (exit, _, error) = CliRunner.Run("report", partial);

        Assert.That(exit, Is.EqualTo(0), error);
        var html = File.ReadAllText(Path.Combine(partial, "report.html"));
        Assert.That(html, Does.Contain("status-partial").And.Contain("This ensemble was interrupted"));
        Assert.That(File.ReadAllText(Path.Combine(partial, "plots", "deaths.svg")), Does.Contain("PARTIAL"), "charts say so too");
    }

    [Test]
    public void MergedShardFoldersGetChartsAndAReport()
    {
        var shards = new List<string>();
        for (int i = 0; i < 2; i++)
        {
            string shard = Path.Combine(_dir, $"shard{i}");
            shards.Add(shard);
            Assert.That(CliRunner.Run("run", Example, "--runs", "6", "--shard", $"{i}/2", "--out", shard, "--no-plots", "-q").Exit, Is.EqualTo(0));
        }

        string merged = Path.Combine(_dir, "merged");
        Assert.That(CliRunner.Run(["merge", .. shards, "--out", merged]).Exit, Is.EqualTo(0));

        var (exit, output, error) = CliRunner.Run("report", merged);

        Assert.That(exit, Is.EqualTo(0), error);
        Assert.That(output, Does.Contain("Plots: ").And.Contain("report.html (12 charts)"));
        Assert.That(Directory.GetFiles(Path.Combine(merged, "plots"), "*.svg"), Has.Length.EqualTo(12));
        var report = Markup.Parse(File.ReadAllText(Path.Combine(merged, "report.html")));
        Assert.That(report.Descendants(Markup.Svg + "svg").Count(), Is.EqualTo(12));
        Assert.That(report.Root!.Value, Does.Contain("Merged from"));
    }

    private static string Fact(XElement section, string term)
    {
        var dt = section.Descendants(Markup.Xhtml + "dt").First(d => d.Value == term);
        return dt.ElementsAfterSelf().First().Value;
    }

    private static string Percent(double p) => (p * 100).ToString("F1", System.Globalization.CultureInfo.InvariantCulture) + "%";
}
