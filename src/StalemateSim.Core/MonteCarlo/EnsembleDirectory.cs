using StalemateSim.Core.Analysis;
using StalemateSim.Core.Output;

namespace StalemateSim.Core.MonteCarlo;

/// <summary>
/// An ensemble's output folder. While runs go on, <c>.state/</c> holds a consistent checkpoint
/// after every batch: the rows of runs.csv so far, the exact aggregation, and the progress. At the
/// end (or on interruption) the outputs are written from that checkpoint, each under a temporary
/// name and then renamed: runs.csv, series.csv, outcomes.json, summary.txt and aggregate.bin
/// (the exact aggregation state, which <c>stalemate merge</c> adds across shards). Resuming
/// continues from the checkpoint without repeating or losing a run.
/// </summary>
public sealed class EnsembleDirectory : IEnsembleSink
{
    public const string RunsFile = "runs.csv";
    public const string SeriesFile = "series.csv";
    public const string OutcomesFile = "outcomes.json";
    public const string SummaryFile = "summary.txt";
    public const string AggregateFile = "aggregate.bin";
    public const string TrajectoriesFolder = "trajectories";

    private readonly string _stateDir;
    private readonly IReadOnlyList<string> _uncertainKeys;
    private readonly Func<int, DateOnly> _dateOf;
    private readonly bool _keepTrajectories;
    private EnsembleProgress _progress;

    private EnsembleDirectory(string path, EnsembleProgress progress, IReadOnlyList<string> uncertainKeys, Func<int, DateOnly> dateOf, bool keepTrajectories, OutcomeCounts outcomes)
    {
        Path = path;
        _stateDir = System.IO.Path.Combine(path, ".state");
        _progress = progress;
        _uncertainKeys = uncertainKeys;
        _dateOf = dateOf;
        _keepTrajectories = keepTrajectories;
        Outcomes = outcomes;
    }

    public string Path { get; }

    public OutcomeCounts Outcomes { get; }

    public long Done => _progress.Done;

    /// <summary>The ensemble's planned number of runs (a resume keeps the larger of the checkpoint's and the new).</summary>
    public int Runs => _progress.Runs;

    /// <summary>Files a finished ensemble leaves, removed when a fresh one starts in the same folder.</summary>
    private static readonly string[] Outputs = [RunsFile, SeriesFile, OutcomesFile, SummaryFile, AggregateFile, "manifest.json", "trajectory.csv", "events.csv"];

    private string PartRuns => System.IO.Path.Combine(_stateDir, "runs.part.csv");

    private string StateAggregate => System.IO.Path.Combine(_stateDir, "aggregate.bin");

    private string StateProgress => System.IO.Path.Combine(_stateDir, "progress.json");

    /// <summary>Starts a fresh ensemble in <paramref name="path"/>, replacing any earlier checkpoint there.</summary>
    public static EnsembleDirectory Start(string path, EnsembleOptions options, string scenarioHash, IReadOnlyList<string> uncertainKeys, Func<int, DateOnly> dateOf, bool keepTrajectories)
    {
        var progress = new EnsembleProgress { Runs = options.Runs, Seed = options.Seed, Shard = options.Shard.ToString(), ScenarioHash = scenarioHash };
        var dir = new EnsembleDirectory(path, progress, uncertainKeys, dateOf, keepTrajectories, new OutcomeCounts());
        if (Directory.Exists(dir._stateDir))
        {
            Directory.Delete(dir._stateDir, recursive: true);
        }

        Directory.CreateDirectory(path);

        // An earlier ensemble's outputs must not pass for this one's if it is interrupted or fails.
        foreach (string file in Outputs)
        {
            File.Delete(System.IO.Path.Combine(path, file));
        }

        string trajectories = System.IO.Path.Combine(path, TrajectoriesFolder);
        if (Directory.Exists(trajectories))
        {
            Directory.Delete(trajectories, recursive: true);
        }

        Directory.CreateDirectory(dir._stateDir);
        File.WriteAllText(dir.PartRuns, RunsCsv.Header(uncertainKeys) + "\n");
        return dir;
    }

    /// <summary>
    /// Reopens an interrupted ensemble. Fails with a message when there is no checkpoint or it does
    /// not match the scenario, seed or shard. Runs may be raised to continue to a larger N.
    /// </summary>
    public static EnsembleDirectory Resume(string path, EnsembleOptions options, string scenarioHash, IReadOnlyList<string> uncertainKeys, Func<int, DateOnly> dateOf, bool keepTrajectories, out SeriesAggregator aggregator)
    {
        string stateDir = System.IO.Path.Combine(path, ".state");
        string progressPath = System.IO.Path.Combine(stateDir, "progress.json");
        if (!File.Exists(progressPath))
        {
            throw new EnsembleStateException($"{path}: nothing to resume (no .state/progress.json; was the run already complete?)");
        }

        EnsembleProgress progress = EnsembleProgress.FromJson(File.ReadAllText(progressPath))
            ?? throw new EnsembleStateException($"{progressPath}: unreadable checkpoint");
        if (progress.ScenarioHash != scenarioHash)
        {
            throw new EnsembleStateException($"{path}: the scenario differs from the one this ensemble was started with (content hash {progress.ScenarioHash[..Math.Min(12, progress.ScenarioHash.Length)]}…)");
        }

        if (progress.Seed != options.Seed || progress.Shard != options.Shard.ToString())
        {
            throw new EnsembleStateException($"{path}: started with seed {progress.Seed} and shard {progress.Shard}; resume with the same");
        }

        // The aggregate is written after the batch's rows and before progress.json, so it is the
        // checkpoint's source of truth: a kill between the two writes must not count a batch twice.
        string aggregatePath = System.IO.Path.Combine(stateDir, "aggregate.bin");
        if (!File.Exists(aggregatePath))
        {
            throw new EnsembleStateException($"{path}: nothing to resume (no batch had finished)");
        }

        using (var reader = new BinaryReader(File.OpenRead(aggregatePath)))
        {
            aggregator = SeriesAggregator.Load(reader);
        }

        var dir = new EnsembleDirectory(path, progress with { Runs = Math.Max(progress.Runs, options.Runs), Done = aggregator.Runs }, uncertainKeys, dateOf, keepTrajectories, new OutcomeCounts());
        dir.TruncatePartRuns(aggregator.Runs);
        return dir;
    }

    public void OnBatch(IReadOnlyList<RunResult> batch, SeriesAggregator aggregator, long completed)
    {
        using (var writer = new StreamWriter(PartRuns, append: true) { NewLine = "\n" })
        {
            foreach (RunResult run in batch)
            {
                writer.WriteLine(RunsCsv.Row(run, _uncertainKeys));
                Outcomes.Add(run.Outcome);
            }
        }

        if (_keepTrajectories)
        {
            foreach (RunResult run in batch)
            {
                string name = System.IO.Path.Combine(Path, TrajectoriesFolder, $"run-{run.Index:D6}");
                AtomicFile.WriteText(name + ".csv", w => TrajectoryCsv.Write(w, run.Trajectory, run.World));
                AtomicFile.WriteText(name + ".events.csv", w => EventLogCsv.Write(w, run.World));
            }
        }

        AtomicFile.WriteStream(StateAggregate, s =>
        {
            using var writer = new BinaryWriter(s);
            aggregator.Save(writer);
        });
        var outcomes = new Dictionary<string, long>();
        foreach (Outcome o in OutcomeCounts.All)
        {
            outcomes[OutcomeClassifier.Name(o)] = Outcomes[o];
        }

        _progress = _progress with { Done = completed, Outcomes = outcomes };
        AtomicFile.WriteText(StateProgress, _progress.ToJson());
    }

    /// <summary>
    /// Writes the outputs from the checkpoint, which stays until <see cref="RemoveCheckpoint"/>
    /// (so a partial ensemble can be resumed, and a kill before the manifest is written loses nothing).
    /// </summary>
    public void Finish(SeriesAggregator aggregator)
    {
        AtomicFile.WriteText(System.IO.Path.Combine(Path, RunsFile), File.ReadAllText(PartRuns));
        WriteAggregateOutputs(Path, aggregator, Outcomes, _dateOf);
    }

    /// <summary>Removes the checkpoint of a complete ensemble; call it after the manifest is written.</summary>
    public void RemoveCheckpoint()
    {
        if (Directory.Exists(_stateDir))
        {
            Directory.Delete(_stateDir, recursive: true);
        }
    }

    /// <summary>Writes series.csv, outcomes.json, summary.txt and aggregate.bin into a folder.</summary>
    public static void WriteAggregateOutputs(string path, SeriesAggregator aggregator, OutcomeCounts outcomes, Func<int, DateOnly> dateOf)
    {
        AtomicFile.WriteText(System.IO.Path.Combine(path, SeriesFile), w => SeriesCsv.Write(w, aggregator, dateOf));
        AtomicFile.WriteStream(System.IO.Path.Combine(path, OutcomesFile), s => OutcomesJson.Write(s, outcomes));
        AtomicFile.WriteText(System.IO.Path.Combine(path, SummaryFile), OutcomesJson.Summary(outcomes));
        AtomicFile.WriteStream(System.IO.Path.Combine(path, AggregateFile), s =>
        {
            using var writer = new BinaryWriter(s);
            aggregator.Save(writer);
        });
    }

    /// <summary>Keeps the header and the first <paramref name="rows"/> rows, and recounts their outcomes.</summary>
    private void TruncatePartRuns(long rows)
    {
        string[] lines = File.ReadAllLines(PartRuns);
        if (lines.Length < rows + 1)
        {
            throw new EnsembleStateException($"{PartRuns}: the checkpoint holds {rows} runs but only {lines.Length - 1} rows; it cannot be resumed");
        }

        string[] kept = [.. lines.Take((int)rows + 1)];
        foreach (string line in kept.Skip(1))
        {
            string name = line.Split(',')[2];
            Outcomes.Add(OutcomeCounts.All.First(o => OutcomeClassifier.Name(o) == name));
        }

        AtomicFile.WriteText(PartRuns, string.Join("\n", kept) + "\n");
    }
}
