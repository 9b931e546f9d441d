using StalemateSim.Core.MonteCarlo;

namespace StalemateSim.Cli.Plots;

/// <summary>
/// An ensemble's output folder read back from its files (manifest.json, series.csv, runs.csv,
/// outcomes.json), so that plots and reports work the same on a run's folder and on a folder
/// written by <c>stalemate merge</c>.
/// </summary>
internal sealed class EnsembleData
{
    private EnsembleData(string folder, Manifest manifest, string? manifestText, SeriesTable series, RunsTable runs, OutcomeTable outcomes)
    {
        Folder = folder;
        Manifest = manifest;
        ManifestText = manifestText;
        Series = series;
        Runs = runs;
        Outcomes = outcomes;
    }

    public string Folder { get; }

    /// <summary>The manifest; an empty one when the folder has none.</summary>
    public Manifest Manifest { get; }

    /// <summary>manifest.json as written, or null when missing.</summary>
    public string? ManifestText { get; }

    public SeriesTable Series { get; }

    public RunsTable Runs { get; }

    public OutcomeTable Outcomes { get; }

    /// <summary>The scenario's name, or the folder's name when the manifest does not say.</summary>
    public string ScenarioName => Manifest.Scenario.Name.Length > 0 ? Manifest.Scenario.Name : Path.GetFileName(Path.GetFullPath(Folder).TrimEnd(Path.DirectorySeparatorChar));

    /// <summary>Runs that finished: from outcomes.json, else the manifest, else runs.csv.</summary>
    public long RunsDone => Outcomes.Runs > 0 ? Outcomes.Runs : Manifest.RunsDone > 0 ? Manifest.RunsDone : Runs.Count;

    public bool IsPartial => string.Equals(Manifest.Status, "partial", StringComparison.Ordinal);

    /// <summary>"Three Regions · 200 runs" with "(partial)" and the shard when they apply.</summary>
    public string Caption
    {
        get
        {
            var text = $"{ScenarioName} · {Labels.Count(RunsDone)} run{(RunsDone == 1 ? "" : "s")}";
            if (Manifest.Shard is { Length: > 0 } shard && shard != "0/1")
            {
                text += $" (shard {shard})";
            }

            return IsPartial ? text + " · PARTIAL (interrupted)" : text;
        }
    }

    /// <summary>Whether <paramref name="folder"/> looks like an ensemble's output folder.</summary>
    public static bool LooksLikeOutputs(string folder) =>
        File.Exists(Path.Combine(folder, "manifest.json")) || File.Exists(Path.Combine(folder, EnsembleDirectory.SeriesFile));

    /// <summary>Reads whatever of the outputs the folder holds; files that are missing read as empty.</summary>
    /// <exception cref="InvalidDataException">A file is there but cannot be read.</exception>
    public static EnsembleData Read(string folder)
    {
        string manifestPath = Path.Combine(folder, "manifest.json");
        string? manifestText = File.Exists(manifestPath) ? File.ReadAllText(manifestPath) : null;
        Manifest manifest;
        try
        {
            manifest = manifestText is null ? new Manifest() : Manifest.FromJson(manifestText) ?? new Manifest();
        }
        catch (System.Text.Json.JsonException e)
        {
            throw new InvalidDataException($"{manifestPath}: {e.Message}", e);
        }

        string seriesPath = Path.Combine(folder, EnsembleDirectory.SeriesFile);
        string runsPath = Path.Combine(folder, EnsembleDirectory.RunsFile);
        string outcomesPath = Path.Combine(folder, EnsembleDirectory.OutcomesFile);
        OutcomeTable outcomes;
        try
        {
            outcomes = File.Exists(outcomesPath) ? OutcomeTable.Read(outcomesPath) : OutcomeTable.Empty;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            throw new InvalidDataException($"{outcomesPath}: {e.Message}", e);
        }

        SeriesTable series;
        try
        {
            series = File.Exists(seriesPath) ? SeriesTable.Read(seriesPath) : SeriesTable.Empty;
        }
        catch (FormatException e)
        {
            throw new InvalidDataException($"{seriesPath}: {e.Message}", e);
        }

        return new EnsembleData(
            folder,
            manifest,
            manifestText,
            series,
            File.Exists(runsPath) ? RunsTable.Read(runsPath) : RunsTable.Empty,
            outcomes);
    }
}
