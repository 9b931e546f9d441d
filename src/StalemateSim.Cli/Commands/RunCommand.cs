using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StalemateSim.Cli.Plots;
using StalemateSim.Cli.Terminal;
using StalemateSim.Core.Analysis;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Output;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Cli.Commands;

/// <summary><c>stalemate run</c>: runs a scenario as a Monte Carlo ensemble and writes its outputs.</summary>
internal static class RunCommand
{
    public static Command Build(CommandIo io)
    {
        var scenario = new ScenarioArguments();
        var runs = new Option<int>("--runs", "-n") { Description = "Number of runs (replicates). With --until-precision, the most runs to make.", DefaultValueFactory = _ => 200 };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Master seed. Run i uses a seed derived from (seed, i), so results do not depend on threads or shards.", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads (default: all cores). Results are identical for any number.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: runs/<scenario name>). Existing outputs there are replaced." };
        var shard = new Option<string?>("--shard") { Description = "Run only shard i of N (i from 0), e.g. 2/8. Defaults from SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT, or JOB_COMPLETION_INDEX with STALEMATE_SHARD_COUNT. Combine shards with 'stalemate merge'." };
        var resume = new Option<string?>("--resume") { Description = "Continue an interrupted ensemble in this folder (same scenario, seed and shard; --runs may grow)." };
        var precision = new Option<double?>("--until-precision") { Description = "Add runs in batches until the 95% interval half-width of every outcome probability is below this (e.g. 0.02), or --runs is reached." };
        var trajectories = new Option<bool>("--trajectories") { Description = "Also write each run's monthly trajectory and event log to trajectories/. A single run (--runs 1) always writes trajectory.csv and events.csv." };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors." };
        var batch = new Option<int>("--batch-size") { Description = "Runs per batch between checkpoints.", DefaultValueFactory = _ => 64 };
        var noPlots = new Option<bool>("--no-plots") { Description = "Do not draw the standard charts into DIR/plots/ (SVG, and PNG where librsvg is installed)." };

        var command = new Command(
            "run",
            "Run a scenario as an ensemble of runs and write tidy outputs: manifest.json, runs.csv (one row per run), series.csv " +
            "(per-month mean and 5/25/50/75/95% bands of every metric), outcomes.json and summary.txt (outcome probabilities with 95% Wilson intervals), " +
            "and the standard charts in plots/ (unless --no-plots). 'stalemate report DIR' then writes DIR/report.html.\n\n" +
            "Examples:\n" +
            "  stalemate run scenarios/mali-2012.json --runs 1000 --out runs/mali\n" +
            "  stalemate run scenarios/examples/three-regions.json --runs 1 --seed 7 --out runs/one      (trajectory.csv and events.csv of one run)\n" +
            "  stalemate run scenarios/mali-2012.json --runs 100000 --shard 3/16 --out runs/mali-shard3\n" +
            "  stalemate run scenarios/mali-2012.json --runs 20000 --until-precision 0.01 --out runs/mali-precise");
        scenario.AddTo(command);
        foreach (Option option in new Option[] { runs, seed, threads, output, shard, resume, precision, trajectories, quiet, batch, noPlots })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            CompiledScenario? loaded = scenario.Load(parsed, io);
            if (loaded is null)
            {
                return ExitCodes.BadInput;
            }

            var settings = new RunSettings(
                parsed.GetValue(runs),
                parsed.GetValue(seed),
                parsed.GetValue(threads),
                parsed.GetValue(resume) ?? parsed.GetValue(output) ?? Path.Combine("runs", Slug(loaded.Spec.Name)),
                parsed.GetValue(shard),
                parsed.GetValue(resume) is not null,
                parsed.GetValue(precision),
                parsed.GetValue(trajectories),
                parsed.GetValue(quiet),
                parsed.GetValue(batch))
            {
                Plots = !parsed.GetValue(noPlots),
            };
            return Execute(loaded, settings, io, Environment.GetCommandLineArgs());
        });
        return command;
    }

    internal sealed record RunSettings(int Runs, ulong Seed, int Threads, string Out, string? Shard, bool Resume, double? UntilPrecision, bool Trajectories, bool Quiet, int BatchSize)
    {
        /// <summary>Draw the standard charts into DIR/plots/ after the outputs are written.</summary>
        public bool Plots { get; init; } = true;
    }

    internal static int Execute(CompiledScenario scenario, RunSettings settings, CommandIo io, string[] commandLine)
    {
        if (settings.Runs < 1 || settings.Threads < 1 || settings.BatchSize < 1)
        {
            io.Error.WriteLine("stalemate: --runs, --threads and --batch-size must be at least 1.");
            return ExitCodes.BadInput;
        }

        ShardSpec shard = ShardSpec.Whole;
        if (settings.Shard is not null)
        {
            if (!ShardSpec.TryParse(settings.Shard, out shard, out string? problem))
            {
                io.Error.WriteLine($"stalemate: --shard: {problem}");
                return ExitCodes.BadInput;
            }
        }
        else if (ShardSpec.FromEnvironment(Environment.GetEnvironmentVariable, out string? environmentProblem) is { } fromEnvironment)
        {
            shard = fromEnvironment;
        }
        else if (environmentProblem is not null)
        {
            io.Error.WriteLine($"stalemate: {environmentProblem}.");
            return ExitCodes.BadInput;
        }

        if (settings.UntilPrecision is { } w && (w <= 0 || w >= 0.5 || !shard.IsWhole))
        {
            io.Error.WriteLine("stalemate: --until-precision needs a half-width between 0 and 0.5, and cannot be combined with shards.");
            return ExitCodes.BadInput;
        }

        var factory = new ScenarioRunFactory(scenario);
        var options = new EnsembleOptions(settings.Runs, settings.Seed, settings.Threads, shard, settings.Runs == 1 ? 1 : settings.BatchSize);
        (int year, int month) = WorldBuilder.ParseMonth(scenario.Spec.Start);
        Func<int, DateOnly> dateOf = t => new DateOnly(year, month, 1).AddMonths(t);
        bool keepTrajectories = settings.Trajectories;
        string started = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);
        var clock = Stopwatch.StartNew();

        IReadOnlyList<string> metricNames = factory.Create(StreamSeed.ForRun(settings.Seed, 0), out _).Recorder.Trajectory.MetricNames;
        (string[] seriesNames, int[] seriesIndices) = SeriesMetrics.Select(metricNames);
        RunResult? single = settings.Runs == 1 ? EnsembleRunner.RunOne(factory, settings.Seed, 0) : null;
        SeriesAggregator aggregator;
        EnsembleDirectory folder;
        try
        {
            if (settings.Resume)
            {
                folder = EnsembleDirectory.Resume(settings.Out, options, scenario.ContentHash, factory.UncertainKeys, dateOf, keepTrajectories, out aggregator);
            }
            else
            {
                folder = EnsembleDirectory.Start(settings.Out, options, scenario.ContentHash, factory.UncertainKeys, dateOf, keepTrajectories);
                aggregator = new SeriesAggregator(seriesNames, scenario.Spec.Months);
            }
        }
        catch (EnsembleStateException e)
        {
            io.Error.WriteLine($"stalemate: {e.Message}");
            return ExitCodes.BadInput;
        }

        // A resume keeps the ensemble's planned size unless --runs asks for more.
        settings = settings with { Runs = Math.Max(settings.Runs, folder.Runs) };
        options = options with { Runs = settings.Runs };

        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (cancellation.IsCancellationRequested)
            {
                return; // a second Ctrl-C aborts at once
            }

            e.Cancel = true;
            cancellation.Cancel();
            io.Error.WriteLine("\nstalemate: stopping after the current batch (Ctrl-C again to abort at once)...");
        };
        Console.CancelKeyPress += onCancel;
        long total = shard.RunsIn(settings.Runs);
        long done;
        try
        {
            IProgressReporter progress = settings.Quiet ? new QuietProgress() : Console.IsErrorRedirected ? new PlainProgress(io.Error) : new BarProgress();
            var sink = new ProgressSink(folder, null);
            done = progress.Run($"{scenario.Spec.Name}{(shard.IsWhole ? "" : $" shard {shard}")}", total, folder.Done, report =>
            {
                sink.Report = report;
                Func<long, bool>? stop = settings.UntilPrecision is { } width
                    ? _ => folder.Outcomes.Total >= 2 * options.BatchSize && folder.Outcomes.WidestHalfWidth() < width
                    : null;
                return EnsembleRunner.Run(factory, options, aggregator, seriesIndices, sink, folder.Done, cancellation.Token, stop);
            });
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        bool stoppedByPrecision = settings.UntilPrecision is not null && done < total && !cancellation.IsCancellationRequested;
        bool complete = done >= total || stoppedByPrecision;
        folder.Finish(aggregator);
        double elapsed = clock.Elapsed.TotalSeconds;
        var manifest = new Manifest
        {
            Version = typeof(RunCommand).Assembly.GetName().Version?.ToString() ?? "",
            Command = commandLine,
            Scenario = new ManifestScenario
            {
                Name = scenario.Spec.Name,
                Files = scenario.Files,
                Sets = scenario.Sets,
                ContentHash = scenario.ContentHash,
                Start = scenario.Spec.Start,
                Months = scenario.Spec.Months,
            },
            Seed = settings.Seed,
            Runs = stoppedByPrecision ? (int)done : settings.Runs,
            RunsDone = done,
            Shard = shard.ToString(),
            Threads = settings.Threads,
            BatchSize = options.BatchSize,
            Status = complete ? "complete" : "partial",
            Options = new Dictionary<string, string>
            {
                ["untilPrecision"] = settings.UntilPrecision?.ToString(CultureInfo.InvariantCulture) ?? "",
                ["trajectories"] = keepTrajectories ? "true" : "false",
            },
            Timings = new ManifestTimings
            {
                Started = started,
                Finished = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
                ElapsedSeconds = Math.Round(elapsed, 3),
                RunsPerSecond = elapsed > 0 ? Math.Round(done / elapsed, 2) : 0,
            },
            Machine = new ManifestMachine
            {
                Cores = Environment.ProcessorCount,
                Os = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                Runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            },
        };
        AtomicFile.WriteText(Path.Combine(settings.Out, "manifest.json"), manifest.ToJson());
        if (complete)
        {
            folder.RemoveCheckpoint();
        }
        if (single is not null)
        {
            WriteSingleRun(settings.Out, single);
        }

        if (!settings.Quiet)
        {
            PrintSummary(io, scenario, folder, done, total, elapsed, settings, single);
        }

        if (settings.Plots)
        {
            PlotWriter.WriteAndReport(settings.Out, io, settings.Quiet);
        }
        else
        {
            PlotWriter.RemoveStale(settings.Out);
        }

        if (!complete)
        {
            io.Error.WriteLine($"stalemate: interrupted after {done} of {total} runs; outputs in {settings.Out} are marked partial. Continue with: stalemate run ... --resume {settings.Out}");
            return ExitCodes.Interrupted;
        }

        return ExitCodes.Ok;
    }

    private static void WriteSingleRun(string outDir, RunResult run)
    {
        AtomicFile.WriteText(Path.Combine(outDir, "trajectory.csv"), w => TrajectoryCsv.Write(w, run.Trajectory, run.World));
        AtomicFile.WriteText(Path.Combine(outDir, "events.csv"), w => EventLogCsv.Write(w, run.World));
    }

    private static void PrintSummary(CommandIo io, CompiledScenario scenario, EnsembleDirectory folder, long done, long total, double elapsed, RunSettings settings, RunResult? single)
    {
        io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{scenario.Spec.Name}: {done} of {total} runs in {elapsed:F1} s ({(elapsed > 0 ? done / elapsed : 0):F1} runs/s), seed {settings.Seed}"));
        if (single is not null)
        {
            io.Out.WriteLine(SingleRunSummary.Text(single));
        }
        else
        {
            io.Out.Write(OutcomesJson.Summary(folder.Outcomes));
        }

        io.Out.WriteLine($"Outputs: {Path.GetFullPath(settings.Out)}");
    }

    private static string Slug(string name)
    {
        var chars = name.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        return string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
    }

    /// <summary>Hands batches to the folder and progress to the reporter.</summary>
    private sealed class ProgressSink(EnsembleDirectory folder, Action<long>? report) : IEnsembleSink
    {
        public Action<long>? Report { get; set; } = report;

        public void OnBatch(IReadOnlyList<RunResult> batch, SeriesAggregator aggregator, long completed)
        {
            folder.OnBatch(batch, aggregator, completed);
            Report?.Invoke(completed);
        }
    }
}
