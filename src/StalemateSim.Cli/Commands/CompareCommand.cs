using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using StalemateSim.Cli.Terminal;
using StalemateSim.Core.Comparison;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Output;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Cli.Commands;

/// <summary>
/// <c>stalemate compare</c>: runs a baseline and each policy lever (and optionally all levers
/// together) on common random numbers and reports paired differences with intervals; with
/// <c>--sweep</c>, one lever's effect across the values of one scenario parameter.
/// </summary>
internal static class CompareCommand
{
    public static Command Build(CommandIo io)
    {
        var scenario = new ScenarioArguments();
        var levers = new Option<string[]>("--lever", "-l") { Description = "A lever overlay (e.g. scenarios/levers/end-state-militia-support.json). Repeatable: each lever is its own arm.", AllowMultipleArgumentsPerToken = false };
        var combine = new Option<bool>("--combine") { Description = "Also run an arm with all the levers together (id 'combined')." };
        var runs = new Option<int>("--runs", "-n") { Description = "Paired runs per arm.", DefaultValueFactory = _ => 200 };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Master seed. Run i of the baseline and of every arm uses the seed derived from (seed, i).", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads (default: all cores). Results are identical for any number.", DefaultValueFactory = _ => Environment.ProcessorCount };
        var output = new Option<string?>("--out", "-o") { Description = "Output folder (default: runs/compare-<scenario name>). Existing outputs there are replaced." };
        var metric = new Option<string[]>("--metric", "-m") { Description = "Report only these metrics (repeatable): " + string.Join(", ", ComparisonMetrics.All.Select(m => m.Id)) + ".", AllowMultipleArgumentsPerToken = false };
        var sweep = new Option<string?>("--sweep") { Description = "KEY=LOW:HIGH:STEPS: run the (single) lever's comparison at STEPS values of one scenario parameter, set in both arms, e.g. rules.upkeep.desertionRate=0.1:0.5:5." };
        var bootstrap = new Option<int>("--bootstrap") { Description = "Intervals of the key metrics by a percentile bootstrap with this many resamples (seeded from --seed) instead of paired t. Keeps every run's differences in memory.", DefaultValueFactory = _ => 0 };
        var batch = new Option<int>("--batch-size") { Description = "Run indices per batch (every arm's run of each index runs in parallel).", DefaultValueFactory = _ => 32 };
        var quiet = new Option<bool>("--quiet", "-q") { Description = "Print nothing but errors." };

        var command = new Command(
            "compare",
            "Compare policy levers on common random numbers: the baseline and each lever (an overlay of timed policy events) run on the same " +
            "run seeds, so each arm's run i is the baseline's run i, identical until the lever's first month. Reports, per arm, the change in each " +
            "outcome probability and in deaths, splinters, new militias, displaced people, jihadist control and years to a settlement, with paired " +
            "95% intervals: a console table, comparison.csv, comparison.md, forest plots, fan charts of deaths and manifest.json.\n\n" +
            "Examples:\n" +
            "  stalemate compare scenarios/mali-2012.json --lever scenarios/levers/end-state-militia-support.json --lever scenarios/levers/end-foreign-militia-support.json --combine --runs 500 --out runs/militias\n" +
            "  stalemate compare scenarios/mali-2012.json -l scenarios/levers/end-state-militia-support.json --sweep rules.upkeep.desertionRate=0.1:0.5:5 --runs 200 --out runs/militias-sweep");
        scenario.AddTo(command);
        foreach (Option option in new Option[] { levers, combine, runs, seed, threads, output, metric, sweep, bootstrap, batch, quiet })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            var settings = new CompareSettings(
                parsed.GetValue(scenario.Files) ?? [],
                parsed.GetValue(scenario.Sets) ?? [],
                parsed.GetValue(levers) ?? [],
                parsed.GetValue(combine),
                parsed.GetValue(runs),
                parsed.GetValue(seed),
                parsed.GetValue(threads),
                parsed.GetValue(output),
                parsed.GetValue(metric) ?? [],
                parsed.GetValue(sweep),
                parsed.GetValue(bootstrap),
                parsed.GetValue(batch),
                parsed.GetValue(quiet));
            return Execute(settings, io, Environment.GetCommandLineArgs());
        });
        return command;
    }

    internal sealed record CompareSettings(
        string[] Files, string[] Sets, string[] Levers, bool Combine, int Runs, ulong Seed, int Threads, string? Out,
        string[] Metrics, string? Sweep, int Bootstrap, int BatchSize, bool Quiet);

    internal static int Execute(CompareSettings s, CommandIo io, string[] commandLine)
    {
        if (s.Runs < 1 || s.Threads < 1 || s.BatchSize < 1 || s.Bootstrap < 0)
        {
            return Bad(io, "--runs, --threads and --batch-size must be at least 1, and --bootstrap at least 0.");
        }

        if (s.Levers.Length == 0)
        {
            return Bad(io, "name at least one lever with --lever FILE (see scenarios/levers/).");
        }

        List<ComparisonMetric>? metrics = null;
        if (s.Metrics.Length > 0)
        {
            metrics = [];
            foreach (string id in s.Metrics)
            {
                int index = ComparisonMetrics.IndexOf(id);
                if (index < 0)
                {
                    return Bad(io, $"--metric: unknown metric '{id}'; expected one of: {string.Join(", ", ComparisonMetrics.All.Select(m => m.Id))}.");
                }

                if (!metrics.Contains(ComparisonMetrics.All[index]))
                {
                    metrics.Add(ComparisonMetrics.All[index]);
                }
            }
        }

        SweepSpec? sweep = null;
        if (s.Sweep is not null)
        {
            if (!SweepSpec.TryParse(s.Sweep, out sweep, out string? problem))
            {
                return Bad(io, $"--sweep: {problem}");
            }

            if (s.Levers.Length != 1 || s.Combine)
            {
                return Bad(io, "--sweep takes exactly one --lever and no --combine.");
            }
        }

        var options = new ComparisonOptions(s.Runs, s.Seed, s.Threads, s.BatchSize, s.Bootstrap);
        return sweep is null ? Compare(s, options, metrics, io, commandLine) : Sweep(s, sweep, options, metrics, io, commandLine);
    }

    private static int Compare(CompareSettings s, ComparisonOptions options, List<ComparisonMetric>? metrics, CommandIo io, string[] commandLine)
    {
        (ComparisonPlan? plan, IReadOnlyList<ScenarioProblem> problems) = ComparisonPlan.Load(s.Files, s.Levers, s.Combine, s.Sets);
        if (plan is null)
        {
            return Problems(io, problems);
        }

        string outDir = s.Out ?? Path.Combine("runs", "compare-" + ComparePlots.Slug(plan.Baseline.Spec.Name));
        string started = Now();
        var clock = Stopwatch.StartNew();
        ComparisonResult result = WithProgress(s, io, $"{plan.Baseline.Spec.Name}: baseline and {plan.Arms.Count} arm{(plan.Arms.Count == 1 ? "" : "s")}", s.Runs,
            (report, token) => ComparisonRunner.Run(plan, options, report, null, token));
        double elapsed = clock.Elapsed.TotalSeconds;

        Directory.CreateDirectory(outDir);
        var outputs = new List<string> { "comparison.csv", "comparison.md", "deaths-series.csv" };
        AtomicFile.WriteText(Path.Combine(outDir, "comparison.csv"), w => ComparisonCsv.Write(w, result.RowsFor(metrics)));
        var start = DateOnly.ParseExact(plan.Baseline.Spec.Start + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        AtomicFile.WriteText(Path.Combine(outDir, "deaths-series.csv"), w => ComparisonCsv.WriteDeathSeries(w, result, t => start.AddMonths(t)));
        var plots = new ComparePlots(outDir);
        IReadOnlyList<(string Path, string Caption)> images = plots.WriteComparison(result, metrics);
        outputs.AddRange(plots.Written);
        AtomicFile.WriteText(Path.Combine(outDir, "comparison.md"), ComparisonMarkdown.Write(result, metrics, images));
        WriteManifest(outDir, Manifest(s, plan, options, metrics, result.RunsDone, result.Complete, outputs, started, elapsed, commandLine, null));

        if (!s.Quiet)
        {
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{plan.Baseline.Spec.Name}: {result.RunsDone} paired runs per arm in {elapsed:F1} s, seed {s.Seed}; differences are arm - baseline, 95% intervals ({options.IntervalMethod}; outcome probabilities: Bonett-Price paired)."));
            io.Out.Write(CompareTable.Comparison(result, metrics));
            io.Out.WriteLine($"\nOutputs: {Path.GetFullPath(outDir)}");
        }

        return Finish(io, plots, result.Complete, result.RunsDone, s.Runs, outDir);
    }

    private static int Sweep(CompareSettings s, SweepSpec sweep, ComparisonOptions options, List<ComparisonMetric>? metrics, CommandIo io, string[] commandLine)
    {
        (IReadOnlyList<(double Value, ComparisonPlan Plan)>? plans, IReadOnlyList<ScenarioProblem> problems) = ComparisonSweep.Load(s.Files, s.Levers[0], s.Sets, sweep);
        if (plans is null)
        {
            return Problems(io, problems);
        }

        ComparisonPlan first = plans[0].Plan;
        string outDir = s.Out ?? Path.Combine("runs", "sweep-" + ComparePlots.Slug(first.Arms[0].Id));
        string started = Now();
        var clock = Stopwatch.StartNew();
        IReadOnlyList<SweepPoint> points = WithProgress(s, io, $"{first.Arms[0].Label} across {sweep.Key} ({sweep.Steps} values)", (long)s.Runs * sweep.Steps,
            (report, token) => ComparisonSweep.Run(plans, options, report, token));
        double elapsed = clock.Elapsed.TotalSeconds;
        long done = points.Sum(p => p.Result.RunsDone);
        bool complete = points.Count == plans.Count && points.All(p => p.Result.Complete);

        Directory.CreateDirectory(outDir);
        var outputs = new List<string> { "sweep.csv", "sweep.md" };
        AtomicFile.WriteText(Path.Combine(outDir, "sweep.csv"), w => ComparisonCsv.WriteSweep(w, sweep, points, metrics));
        var plots = new ComparePlots(outDir);
        IReadOnlyList<(string Path, string Caption)> images = plots.WriteSweep(sweep, points, metrics);
        outputs.AddRange(plots.Written);
        AtomicFile.WriteText(Path.Combine(outDir, "sweep.md"), ComparisonMarkdown.WriteSweep(sweep, points, metrics, images));
        WriteManifest(outDir, Manifest(s, first, options, metrics, done, complete, outputs, started, elapsed, commandLine, sweep));

        if (!s.Quiet)
        {
            io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{first.Arms[0].Label} across {sweep.Key}: {s.Runs} paired runs per value in {elapsed:F1} s, seed {s.Seed}; differences are arm - baseline with 95% intervals."));
            io.Out.Write(CompareTable.Sweep(sweep, points, metrics));
            io.Out.WriteLine($"\nOutputs: {Path.GetFullPath(outDir)}");
        }

        return Finish(io, plots, complete, done, (long)s.Runs * sweep.Steps, outDir);
    }

    private static T WithProgress<T>(CompareSettings s, CommandIo io, string title, long total, Func<Action<long>, CancellationToken, T> work)
    {
        using var cancellation = new CancellationTokenSource();
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (cancellation.IsCancellationRequested)
            {
                return;
            }

            e.Cancel = true;
            cancellation.Cancel();
            io.Error.WriteLine("\nstalemate: stopping after the current batch (Ctrl-C again to abort at once)...");
        };
        Console.CancelKeyPress += onCancel;
        try
        {
            IProgressReporter progress = s.Quiet ? new QuietProgress() : Console.IsErrorRedirected ? new PlainProgress(io.Error) : new BarProgress();
            return progress.Run(title, total, 0, report => work(report, cancellation.Token));
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }
    }

    private static int Finish(CommandIo io, ComparePlots plots, bool complete, long done, long total, string outDir)
    {
        if (plots.PngProblem is not null)
        {
            io.Error.WriteLine($"stalemate: charts written as SVG only (PNG: {plots.PngProblem})");
        }

        if (!complete)
        {
            io.Error.WriteLine($"stalemate: interrupted after {done} of {total} paired runs; outputs in {outDir} cover those runs and are marked partial.");
            return ExitCodes.Interrupted;
        }

        return ExitCodes.Ok;
    }

    private static ComparisonManifest Manifest(
        CompareSettings s, ComparisonPlan plan, ComparisonOptions options, List<ComparisonMetric>? metrics, long done, bool complete,
        List<string> outputs, string started, double elapsed, string[] commandLine, SweepSpec? sweep)
    {
        CompiledScenario baseline = plan.Baseline;
        return new ComparisonManifest
        {
            Version = typeof(CompareCommand).Assembly.GetName().Version?.ToString() ?? "",
            Command = commandLine,
            Scenario = new ManifestScenario
            {
                Name = baseline.Spec.Name,
                Files = baseline.Files,
                Sets = baseline.Sets,
                ContentHash = baseline.ContentHash,
                Start = baseline.Spec.Start,
                Months = baseline.Spec.Months,
            },
            Arms = [.. plan.Arms.Select(ComparisonManifestArm.Of)],
            Seed = s.Seed,
            Runs = s.Runs,
            RunsDone = done,
            Threads = s.Threads,
            BatchSize = s.BatchSize,
            Confidence = options.Confidence,
            Intervals = options.IntervalMethod,
            BootstrapResamples = options.BootstrapResamples,
            Combine = s.Combine,
            Metrics = [.. (metrics ?? ComparisonMetrics.All).Select(m => m.Id)],
            Sweep = sweep?.ToString() ?? "",
            SweepValues = sweep?.Values ?? [],
            Status = complete ? "complete" : "partial",
            Outputs = [.. outputs, "manifest.json"],
            Timings = new ManifestTimings
            {
                Started = started,
                Finished = Now(),
                ElapsedSeconds = Math.Round(elapsed, 3),
                RunsPerSecond = elapsed > 0 ? Math.Round(done * (1 + plan.Arms.Count) / elapsed, 2) : 0,
            },
            Machine = new ManifestMachine
            {
                Cores = Environment.ProcessorCount,
                Os = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                Runtime = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            },
        };
    }

    private static void WriteManifest(string outDir, ComparisonManifest manifest) =>
        AtomicFile.WriteText(Path.Combine(outDir, "manifest.json"), manifest.ToJson());

    private static string Now() => DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture);

    private static int Problems(CommandIo io, IReadOnlyList<ScenarioProblem> problems)
    {
        io.Error.WriteLine($"stalemate: the scenario or a lever has {problems.Count} problem{(problems.Count == 1 ? "" : "s")}:");
        foreach (ScenarioProblem problem in problems)
        {
            io.Error.WriteLine($"  {problem}");
        }

        return ExitCodes.BadInput;
    }

    private static int Bad(CommandIo io, string message)
    {
        io.Error.WriteLine($"stalemate: {message}");
        return ExitCodes.BadInput;
    }
}
