using System.Globalization;
using StalemateSim.Core.Analysis;
using StalemateSim.Core.Output;

namespace StalemateSim.Core.MonteCarlo;

/// <summary>
/// Merges the folders of the shards of one ensemble into the folder the unsharded run would have
/// written: runs.csv rows in run order, and the exact aggregations added up.
/// </summary>
public static class EnsembleMerge
{
    /// <summary>Merges; returns the merged manifest (timings summed) for the caller to write.</summary>
    public static Manifest Merge(IReadOnlyList<string> shardDirs, string outDir)
    {
        if (shardDirs.Count == 0)
        {
            throw new EnsembleStateException("Nothing to merge: give one or more shard folders.");
        }

        var manifests = new List<Manifest>();
        SeriesAggregator? total = null;
        var rows = new List<(long Run, string Line)>();
        string? header = null;
        foreach (string dir in shardDirs)
        {
            Manifest manifest = ReadManifest(dir);
            if (manifest.Status != "complete")
            {
                throw new EnsembleStateException($"{dir}: the shard is {manifest.Status}; finish it with --resume before merging.");
            }

            manifests.Add(manifest);
            using (var reader = new BinaryReader(File.OpenRead(Path.Combine(dir, EnsembleDirectory.AggregateFile))))
            {
                SeriesAggregator part = SeriesAggregator.Load(reader);
                if (total is null)
                {
                    total = part;
                }
                else
                {
                    total.Merge(part);
                }
            }

            string[] lines = File.ReadAllLines(Path.Combine(dir, EnsembleDirectory.RunsFile));
            if (header is not null && lines[0] != header)
            {
                throw new EnsembleStateException($"{dir}: runs.csv has different columns from the other shards.");
            }

            header = lines[0];
            foreach (string line in lines.Skip(1))
            {
                rows.Add((long.Parse(line.AsSpan(0, line.IndexOf(',', StringComparison.Ordinal)), CultureInfo.InvariantCulture), line));
            }
        }

        Manifest first = manifests[0];
        foreach (Manifest m in manifests)
        {
            if (m.Scenario.ContentHash != first.Scenario.ContentHash || m.Seed != first.Seed || m.Runs != first.Runs)
            {
                throw new EnsembleStateException("The folders come from different ensembles (scenario, seed or runs differ).");
            }
        }

        rows.Sort((a, b) => a.Run.CompareTo(b.Run));
        for (int i = 1; i < rows.Count; i++)
        {
            if (rows[i].Run == rows[i - 1].Run)
            {
                throw new EnsembleStateException($"Run {rows[i].Run} appears in more than one shard.");
            }
        }

        var outcomes = new OutcomeCounts();
        foreach ((_, string line) in rows)
        {
            string name = line.Split(',')[2];
            outcomes.Add(OutcomeCounts.All.First(o => OutcomeClassifier.Name(o) == name));
        }

        Directory.CreateDirectory(outDir);
        AtomicFile.WriteText(Path.Combine(outDir, EnsembleDirectory.RunsFile), w =>
        {
            w.WriteLine(header);
            foreach ((_, string line) in rows)
            {
                w.WriteLine(line);
            }
        });
        (int year, int month) = Scenarios.WorldBuilder.ParseMonth(first.Scenario.Start);
        EnsembleDirectory.WriteAggregateOutputs(outDir, total!, outcomes, t => new DateOnly(year, month, 1).AddMonths(t));

        return first with
        {
            RunsDone = rows.Count,
            Shard = ShardSpec.Whole.ToString(),
            MergedFrom = [.. shardDirs],
            Status = rows.Count == first.Runs ? "complete" : "partial",
            Timings = new ManifestTimings { ElapsedSeconds = manifests.Sum(m => m.Timings.ElapsedSeconds) },
        };
    }

    private static Manifest ReadManifest(string dir)
    {
        string path = Path.Combine(dir, "manifest.json");
        if (!File.Exists(path))
        {
            throw new EnsembleStateException($"{dir}: no manifest.json (is this an ensemble folder?)");
        }

        return Manifest.FromJson(File.ReadAllText(path)) ?? throw new EnsembleStateException($"{path}: unreadable manifest");
    }
}
