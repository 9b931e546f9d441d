using System.Globalization;
using StalemateSim.Cli.Plots;

namespace StalemateSim.Cli.Report;

/// <summary>The report's first section: what was run, from which files (with their hashes), the scenario's provenance notes and the uncertain parameters drawn.</summary>
internal static class ScenarioSection
{
    public static void Write(HtmlWriter html, EnsembleData data, ScenarioContext scenario)
    {
        var manifest = data.Manifest;
        html.Open("section", id: "scenario").Element("h2", "Scenario and provenance");
        html.Open("dl", "facts");
        ReportWriter.Fact(html, "Scenario", data.ScenarioName);
        if (manifest.Scenario.Start.Length > 0 && manifest.Scenario.Months > 0
            && DateOnly.TryParseExact(manifest.Scenario.Start + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var start))
        {
            var end = start.AddMonths(manifest.Scenario.Months - 1);
            ReportWriter.Fact(html, "Period", $"{ReportWriter.Month(start)} to {ReportWriter.Month(end)} ({manifest.Scenario.Months} months)");
        }

        ReportWriter.Fact(html, "Runs", manifest.Runs > 0 ? $"{Labels.Count(data.RunsDone)} of {Labels.Count(manifest.Runs)} planned" : Labels.Count(data.RunsDone));
        ReportWriter.Fact(html, "Status", manifest.Status.Length > 0 ? manifest.Status : "unknown (no manifest)");
        ReportWriter.Fact(html, "Seed", manifest.Seed.ToString(CultureInfo.InvariantCulture));
        if (manifest.Shard is { Length: > 0 } shard && shard != "0/1")
        {
            ReportWriter.Fact(html, "Shard", shard);
        }

        if (manifest.MergedFrom.Count > 0)
        {
            ReportWriter.Fact(html, "Merged from", string.Join(", ", manifest.MergedFrom));
        }

        html.Open("dt").Text("Content hash").Close().Open("dd").Element("span", manifest.Scenario.ContentHash.Length > 0 ? manifest.Scenario.ContentHash : "–", "hash")
            .Element("span", " (SHA-256 of the merged scenario document)", "muted").Close();
        ReportWriter.Fact(html, "Overrides (--set)", manifest.Scenario.Sets.Count > 0 ? string.Join(", ", manifest.Scenario.Sets) : "none");
        ReportWriter.Fact(html, "Program", $"{manifest.Program} {manifest.Version}".Trim());
        if (manifest.Command.Count > 0)
        {
            html.Open("dt").Text("Command").Close().Open("dd").Element("code", string.Join(' ', manifest.Command)).Close();
        }

        if (manifest.Timings.Finished.Length > 0)
        {
            ReportWriter.Fact(html, "Finished", $"{manifest.Timings.Finished} ({manifest.Timings.ElapsedSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s, {manifest.Timings.RunsPerSecond.ToString("0.#", CultureInfo.InvariantCulture)} runs/s)");
        }

        html.Close(); // dl

        html.Element("h3", "Scenario files");
        if (scenario.Files.Count > 0)
        {
            html.Open("table").Open("thead").Open("tr").Element("th", "File (as named to the run)").Element("th", "SHA-256 of the file now").Close().Close().Open("tbody");
            foreach (var file in scenario.Files)
            {
                html.Open("tr").Open("td").Element("code", file.Named).Close()
                    .Open("td").Element("span", file.Sha256 ?? "not found", "hash").Close().Close();
            }

            html.Close().Close();
        }

        if (scenario.Matches)
        {
            html.Element("p", "Loaded again now, these files give the content hash of the run: the description, provenance notes and event markers here are those of the scenario that was run.", "note");
        }
        else if (scenario.Spec is not null)
        {
            html.Element("p", $"These files have changed since the run: they now give content hash {scenario.ContentHash}. The description and provenance notes below are from the files as they are now; no event markers are drawn.", "warning");
        }
        else
        {
            html.Element("p", $"The scenario could not be loaded again ({scenario.Problem}): no description, provenance notes or event markers.", "warning");
        }

        html.Element("h3", "Provenance notes");
        if (scenario.Spec is { Provenance.Count: > 0 } spec)
        {
            html.Open("dl", "facts");
            foreach (var (key, value) in spec.Provenance.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                ReportWriter.Fact(html, key, value);
            }

            html.Close();
        }
        else
        {
            html.Element("p", scenario.Spec is null ? "Not available." : "The scenario gives no provenance notes.", "note");
        }

        SampledParameters(html, data);
        html.Close(); // section
    }

    private static void SampledParameters(HtmlWriter html, EnsembleData data)
    {
        var columns = data.Runs.Columns.Where(c => c.StartsWith("param:", StringComparison.Ordinal)).ToList();
        if (columns.Count == 0)
        {
            return;
        }

        html.Element("h3", "Uncertain parameters");
        html.Element("p", "Numbers the scenario gives as ranges are drawn once per run, uniformly in their range; the table shows the values drawn across the runs (runs.csv has each run's).", "note");
        html.Open("table").Open("thead").Open("tr").Element("th", "Parameter").Element("th", "Smallest drawn", "num").Element("th", "Median drawn", "num").Element("th", "Largest drawn", "num").Close().Close().Open("tbody");
        foreach (var column in columns)
        {
            var values = data.Runs.Numbers(column).Where(double.IsFinite).Order().ToArray();
            html.Open("tr").Open("td").Element("code", column["param:".Length..]).Close();
            if (values.Length == 0)
            {
                html.Element("td", "–", "num").Element("td", "–", "num").Element("td", "–", "num");
            }
            else
            {
                html.Element("td", ReportWriter.Number(values[0]), "num").Element("td", ReportWriter.Number(values[values.Length / 2]), "num").Element("td", ReportWriter.Number(values[^1]), "num");
            }

            html.Close();
        }

        html.Close().Close();
    }
}
