using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using StalemateSim.Cli.Plots;

namespace StalemateSim.Cli.Report;

/// <summary>
/// The self-contained HTML report of an ensemble: the scenario and its provenance, the outcome
/// table, every standard chart inline as SVG, key series by year, and the manifest. No external
/// resources: no scripts, style sheets, fonts or images from elsewhere.
/// </summary>
internal static class ReportWriter
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Flows shown as mean totals per calendar year.</summary>
    private static readonly (string Metric, string Header)[] Flows =
    [
        ("deaths", "All deaths"),
        ("deaths.civilians", "Civilian deaths"),
        ("deaths.combatants", "Combatant deaths"),
    ];

    /// <summary>Stocks shown at December of each year; shares are shown as percentages.</summary>
    private static readonly (string Metric, string Header, bool Share)[] Stocks =
    [
        ("groups.active", "Active armed groups", false),
        ("fighters.jihadist", "Jihadist fighters", false),
        ("idps", "IDPs (people)", false),
        ("refugees", "Refugees (people)", false),
        ("state.reach", "State reach (share of population)", true),
        ("control.jihadist", "Jihadist control (share of population)", true),
    ];

    public static string Write(EnsembleData data, ScenarioContext scenario, IReadOnlyList<PlotItem> plots, IReadOnlyList<string> plotProblems)
    {
        using var html = new HtmlWriter();
        html.Open("html").Attribute("lang", "en");
        html.Open("head");
        html.Void("meta", ("charset", "utf-8"));
        html.Void("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1"));
        html.Element("title", $"{data.ScenarioName}: ensemble report");
        html.Element("style", ReportStyle.Css);
        html.Close();

        html.Open("body");
        Header(html, data, scenario);
        Contents(html, plots.Count > 0);
        ScenarioSection.Write(html, data, scenario);
        Outcomes(html, data);
        HowToRead(html, data);
        Charts(html, plots, plotProblems);
        Yearly(html, data);
        ManifestSection(html, data);
        var plotFiles = Directory.Exists(Path.Combine(data.Folder, PlotWriter.FolderName)) ? " The charts are also in the folder's plots/ as files." : "";
        html.Open("footer").Text($"Written by 'stalemate report' from {Path.GetFullPath(data.Folder)}.{plotFiles}").Close();
        html.Close(); // body
        html.Close(); // html
        return html.Finish();
    }

    private static void Header(HtmlWriter html, EnsembleData data, ScenarioContext scenario)
    {
        html.Open("header");
        html.Element("h1", data.ScenarioName);
        if (scenario.Spec?.Description is { Length: > 0 } description)
        {
            html.Element("p", description, "lead");
        }

        html.Open("p");
        html.Text($"StalemateSim ensemble of {Labels.Count(data.RunsDone)} runs, seed {data.Manifest.Seed.ToString(CultureInfo.InvariantCulture)}. Status: ");
        var status = data.Manifest.Status.Length > 0 ? data.Manifest.Status : "unknown";
        html.Element("span", status, $"status status-{(data.IsPartial ? "partial" : "complete")}");
        html.Close();
        if (data.IsPartial)
        {
            html.Element(
                "p",
                $"This ensemble was interrupted: {Labels.Count(data.Manifest.RunsDone)} of {Labels.Count(data.Manifest.Runs)} planned runs finished. Everything below is computed from the finished runs only; continue it with 'stalemate run … --resume'.",
                "warning");
        }

        html.Close();
    }

    private static void Contents(HtmlWriter html, bool charts)
    {
        html.Open("nav").Element("strong", "Contents").Open("ol");
        var entries = new List<(string Id, string Title)>
        {
            ("scenario", "Scenario and provenance"),
            ("outcomes", "Outcomes"),
            ("reading", "How to read this"),
        };
        if (charts)
        {
            entries.Add(("charts", "Charts"));
        }

        entries.Add(("series", "Key series by year"));
        entries.Add(("manifest", "Manifest"));
        foreach (var (id, title) in entries)
        {
            html.Open("li").Open("a").Attribute("href", "#" + id).Text(title).Close().Close();
        }

        html.Close().Close();
    }

    private static void Outcomes(HtmlWriter html, EnsembleData data)
    {
        html.Open("section", id: "outcomes").Element("h2", "Outcomes");
        var outcomes = data.Outcomes;
        if (outcomes.Rows.Count == 0)
        {
            html.Element("p", "No outcomes.json in this folder.", "warning").Close();
            return;
        }

        html.Open("table", "outcomes").Open("thead").Open("tr")
            .Element("th", "Outcome")
            .Element("th", "Probability", "num")
            .Element("th", $"{Percent(outcomes.Confidence, 0)} interval ({outcomes.Interval})", "num")
            .Element("th", "Runs", "num")
            .Close().Close().Open("tbody");
        foreach (var row in outcomes.Rows)
        {
            html.Open("tr")
                .Element("td", row.Label)
                .Element("td", Percent(row.Probability, 1), "num")
                .Element("td", $"{Percent(row.Low, 1)} – {Percent(row.High, 1)}", "num")
                .Element("td", Labels.Count(row.Count), "num")
                .Close();
        }

        html.Close();
        html.Open("tfoot").Open("tr").Element("th", "All runs").Element("th", "").Element("th", "").Element("th", Labels.Count(outcomes.Runs), "num").Close().Close();
        html.Close(); // table
        html.Element("p", "Each run is classified by the thresholds in the scenario's outcomes section over its last months. The interval is for the probability: it reflects only how many runs were made, and narrows as runs are added.", "note");
        html.Close();
    }

    private static void HowToRead(HtmlWriter html, EnsembleData data)
    {
        html.Open("section", id: "reading").Element("h2", "How to read this");
        html.Open("ul");
        html.Element("li", $"Each run is one possible history of the scenario, with its own random draws (and its own values of any parameter the scenario gives as a range). The {Labels.Count(data.RunsDone)} runs together show the spread of histories the model allows under these assumptions; they are not forecasts with known error.");
        html.Element("li", "Fan charts: the line is the median across runs in each month; the dark band holds the middle 50% of runs (25th to 75th percentile) and the light band 90% (5th to 95th). The bands are spreads across runs, month by month. They are not confidence intervals, and no single run follows the median: one run wanders within the bands and sometimes outside them.");
        html.Element("li", "Outcome probabilities are shares of runs. Their 95% Wilson intervals cover only the error from making a finite number of runs; they say nothing about whether the model or its parameters are right.");
        html.Element("li", "Histograms show one value per run, such as the deaths of the whole run; the dashed line is the median run.");
        html.Element("li", "The control chart shows each kind of actor's median share of the population, rescaled each month so the shares add up to 1. Medians of shares do not add up on their own, so read it as a typical picture rather than as any one run.");
        html.Element("li", "Monthly quantiles are computed from exact log-binned histograms and are within 1% of the exact quantile across runs. Event markers on the charts are the scenario's scheduled coups, accords and foreign deployments and withdrawals, not outcomes of the model.");
        html.Close();
        html.Close();
    }

    private static void Charts(HtmlWriter html, IReadOnlyList<PlotItem> plots, IReadOnlyList<string> problems)
    {
        if (plots.Count == 0 && problems.Count == 0)
        {
            return;
        }

        html.Open("section", id: "charts").Element("h2", "Charts");
        if (problems.Count > 0)
        {
            html.Element("p", "Some charts could not be drawn: " + string.Join("; ", problems), "warning");
        }

        for (var i = 0; i < plots.Count; i++)
        {
            var plot = plots[i];
            html.Open("figure", id: "plot-" + plot.Name);
            html.Svg(plot.Svg);
            html.Open("figcaption").Element("strong", $"Figure {i + 1}. {plot.Title}. ").Text(plot.Caption + " ").Element("span", $"(plots/{plot.Name}.svg)", "muted").Close();
            html.Close();
        }

        html.Close();
    }

    private static void Yearly(HtmlWriter html, EnsembleData data)
    {
        html.Open("section", id: "series").Element("h2", "Key series by year");
        var dates = data.Series.Dates;
        if (dates.Count == 0)
        {
            html.Element("p", "No series.csv in this folder.", "warning").Close();
            return;
        }

        var years = YearlySeries.Years(dates);
        var flows = Flows.Where(f => data.Series.Has(f.Metric)).ToList();
        if (flows.Count > 0)
        {
            html.Element("h3", "Deaths per calendar year (mean across runs)");
            html.Open("table").Open("thead").Open("tr").Element("th", "Year").Element("th", "Months in run", "num");
            foreach (var (_, header) in flows)
            {
                html.Element("th", header, "num");
            }

            html.Close().Close().Open("tbody");
            foreach (var year in years)
            {
                html.Open("tr").Element("td", year.Year.ToString(CultureInfo.InvariantCulture)).Element("td", year.Months.ToString(CultureInfo.InvariantCulture), "num");
                foreach (var (metric, _) in flows)
                {
                    html.Element("td", Labels.Count(YearlySeries.MeanTotal(data.Series.Get(metric)!, year.Year)), "num");
                }

                html.Close();
            }

            html.Close().Close();
            html.Element("p", "Each cell is the mean over runs of the year's total: the sum of the monthly means, which is exact. A band for yearly totals cannot be derived from the monthly bands, so none is shown; runs.csv has each run's total over the whole run (deaths_total).", "note");
        }

        var stocks = Stocks.Where(s => data.Series.Has(s.Metric)).ToList();
        if (stocks.Count > 0)
        {
            html.Element("h3", "End-of-year levels (median, with the 90% band below)");
            html.Open("table").Open("thead").Open("tr").Element("th", "Month");
            foreach (var (_, header, _) in stocks)
            {
                html.Element("th", header, "num");
            }

            html.Close().Close().Open("tbody");
            foreach (var year in years)
            {
                html.Open("tr").Element("td", Month(year.AtDate) + (year.IsDecember ? "" : " (last month)"));
                foreach (var (metric, _, share) in stocks)
                {
                    var series = data.Series.Get(metric)!;
                    string Format(double v) => share ? Percent(v, 0) : Labels.Count(v);
                    html.Open("td", "num").Text(Format(series.P50[year.At]))
                        .Element("span", $"{Format(series.P05[year.At])} – {Format(series.P95[year.At])}", "band").Close();
                }

                html.Close();
            }

            html.Close().Close();
            html.Element("p", "The monthly median across runs at December of each year (or the run's last month), with the 5th to 95th percentile across runs below it.", "note");
        }

        html.Close();
    }

    private static void ManifestSection(HtmlWriter html, EnsembleData data)
    {
        html.Open("section", id: "manifest").Element("h2", "Manifest");
        if (data.ManifestText is null)
        {
            html.Element("p", "No manifest.json in this folder.", "warning").Close();
            return;
        }

        string pretty;
        try
        {
            pretty = JsonNode.Parse(data.ManifestText)?.ToJsonString(Indented) ?? data.ManifestText;
        }
        catch (JsonException)
        {
            pretty = data.ManifestText;
        }

        html.Element("p", "manifest.json as written by the run: what was run, with what, how far it got, and on which machine.", "note");
        html.Element("pre", pretty);
        html.Close();
    }

    internal static void Fact(HtmlWriter html, string term, string description) =>
        html.Element("dt", term).Element("dd", description);

    internal static string Month(DateOnly date) => date.ToString("MMMM yyyy", CultureInfo.InvariantCulture);

    private static string Percent(double value, int decimals) =>
        double.IsFinite(value) ? (value * 100).ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture) + "%" : "–";

    internal static string Number(double value) =>
        Math.Abs(value) >= 1000 ? value.ToString("N0", CultureInfo.InvariantCulture) : value.ToString("G4", CultureInfo.InvariantCulture);
}
