using System.CommandLine;
using System.Globalization;
using StalemateSim.Core.Calibration;
using StalemateSim.Core.Output;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Cli.Commands;

/// <summary><c>stalemate calibrate</c>: compares a scenario with recorded figures and stylised facts, and can fit its free parameters.</summary>
internal static class CalibrateCommand
{
    public static Command Build(CommandIo io)
    {
        var scenario = new ScenarioArguments();
        var targets = new Option<string>("--targets") { Description = "Targets file in the seeds format (see seeds/README.md).", DefaultValueFactory = _ => Path.Combine("seeds", "targets.json") };
        var runs = new Option<int>("--runs", "-n") { Description = "Runs per evaluation (and per candidate when searching).", DefaultValueFactory = _ => 200 };
        var seed = new Option<ulong>("--seed", "-s") { Description = "Master seed; every candidate uses the same run seeds.", DefaultValueFactory = _ => 1 };
        var threads = new Option<int>("--threads", "-t") { Description = "Worker threads (results do not depend on it).", DefaultValueFactory = _ => Environment.ProcessorCount };
        var search = new Option<int>("--search") { Description = "Search the scenario's free parameters ({low, high, free: true}) with this many candidates (Latin hypercube, then a refinement round), then evaluate the best.", DefaultValueFactory = _ => 0 };
        var write = new Option<bool>("--write") { Description = "With --search: write the fitted values into the scenario file (as \"value\" beside each range) with a provenance note." };
        var checkPenalty = new Option<CheckPenalty>("--check-penalty") { Description = "With --check-weight: 'squared' charges weight × shortfall² for a check below its needed share; 'failed' charges the weight for every failing check, so the search counts the stylised facts it gets wrong.", DefaultValueFactory = _ => CheckPenalty.Squared };
        var checkWeight = new Option<double>("--check-weight") { Description = "With --search: weight of the stylised-fact checks in the loss (each check short of its needed share adds weight × shortfall²); 0 fits the calibration targets alone.", DefaultValueFactory = _ => 0 };
        var missWeight = new Option<double>("--miss-weight") { Description = "With --search: added to the loss for every calibration target whose simulated median misses its recorded value or range (the squared log-ratio alone charges a 40% miss about 0.1).", DefaultValueFactory = _ => 0 };
        var itemWeight = new Option<string[]>("--weight") { Description = "With --search: count one calibration target or stylised-fact check this many times in the loss, as ID=W (its distance and miss charge, or its check charge, times W); repeatable, e.g. --weight deaths-2016=3. Ids are those of the targets file.", AllowMultipleArgumentsPerToken = false };
        var refine = new Option<bool>("--refine") { Description = "With --search: refine the current fit instead of searching the whole box: the first candidate is the scenario's current values (fitted value, else midpoint), the others lie in a box a quarter as wide around them." };
        var only = new Option<string[]>("--only") { Description = "With --search: search only these free parameters (key paths as in --set, e.g. rules.splinter.stateBacking; repeatable) and hold the others at their values; --write then adds to the calibration note instead of replacing it.", AllowMultipleArgumentsPerToken = false };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for calibration.md, targets.csv, checks.csv and search.csv (default: runs/calibration)." };
        var command = new Command(
            "calibrate",
            "Compare a scenario with the reports' figures: for every target, the recorded value beside the simulated median and 10–90% band, and whether it falls inside; " +
            "for every stylised fact, the share of runs in which it holds. Optionally fit the free parameters.\n\n" +
            "Examples:\n" +
            "  stalemate calibrate scenarios/mali-2012.json --runs 1000\n" +
            "  stalemate calibrate scenarios/mali-2012.json --targets my-new-data.json --runs 500\n" +
            "  stalemate calibrate scenarios/mali-2012.json --search 40 --runs 100 --write");
        scenario.AddTo(command);
        foreach (Option option in new Option[] { targets, runs, seed, threads, search, write, checkWeight, checkPenalty, missWeight, itemWeight, refine, only, output })
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

            var problems = new List<string>();
            TargetSet? set = TargetSetReader.Read(parsed.GetValue(targets)!, problems);
            if (set is null || problems.Count > 0)
            {
                io.Error.WriteLine($"stalemate: the targets file has {problems.Count} problem(s):");
                problems.ForEach(p => io.Error.WriteLine("  " + p));
                return ExitCodes.BadInput;
            }

            int n = parsed.GetValue(runs);
            ulong s = parsed.GetValue(seed);
            int t = parsed.GetValue(threads);
            string outDir = parsed.GetValue(output) ?? Path.Combine("runs", "calibration");
            if (n < 1 || t < 1)
            {
                io.Error.WriteLine("stalemate: --runs and --threads must be at least 1.");
                return ExitCodes.BadInput;
            }

            string[] files = parsed.GetValue(scenario.Files) ?? [];
            string[] sets = parsed.GetValue(scenario.Sets) ?? [];
            int candidates = parsed.GetValue(search);
            if (candidates > 0)
            {
                var free = loaded.Uncertain.Where(u => u.Free).ToList();
                if (free.Count == 0)
                {
                    io.Error.WriteLine("stalemate: --search needs free parameters: give some numbers as { \"low\": a, \"high\": b, \"free\": true }.");
                    return ExitCodes.BadInput;
                }

                string[] selected = (parsed.GetValue(only) ?? []).Select(k => k.Replace('.', ':')).ToArray();
                if (selected.Length > 0)
                {
                    string[] unknown = selected.Where(k => !free.Any(u => string.Equals(u.KeyPath, k, StringComparison.OrdinalIgnoreCase))).ToArray();
                    if (unknown.Length > 0)
                    {
                        io.Error.WriteLine($"stalemate: --only: not free parameters of this scenario: {string.Join(", ", unknown)}; free are: {string.Join(", ", free.Select(u => u.KeyPath))}.");
                        return ExitCodes.BadInput;
                    }

                    free = free.Where(u => selected.Contains(u.KeyPath, StringComparer.OrdinalIgnoreCase)).ToList();
                }

                io.Error.WriteLine($"Searching {free.Count} free parameters with {candidates} candidates × {n} runs against {set.Targets.Count(x => x.Use == "calibration")} calibration targets...");
                double weight = parsed.GetValue(checkWeight);
                CheckPenalty penalty = parsed.GetValue(checkPenalty);
                double miss = parsed.GetValue(missWeight);
                if (weight < 0 || miss < 0)
                {
                    io.Error.WriteLine("stalemate: --check-weight and --miss-weight must not be negative.");
                    return ExitCodes.BadInput;
                }

                string[] weightArgs = parsed.GetValue(itemWeight) ?? [];
                Dictionary<string, double>? items = ItemWeights(weightArgs, set, io);
                if (items is null)
                {
                    return ExitCodes.BadInput;
                }

                var found = CalibrationSearch.Run(files, sets, free, set, candidates, n, s, t, c =>
                    io.Error.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  candidate {c.Index + 1,3}/{candidates} (round {c.Round}): loss {c.Loss,8:F3}, {c.TargetsHit} targets hit, {c.ChecksPassed} checks pass")), new LossWeights(weight, penalty, miss, items), parsed.GetValue(refine));
                Candidate best = CalibrationSearch.Best(found);
                AtomicFile.WriteText(Path.Combine(outDir, "search.csv"), w => CalibrationTables.WriteSearch(w, found));
                io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"Best candidate {best.Index + 1}: loss {best.Loss:F3}"));
                foreach ((string key, double value) in best.Values)
                {
                    io.Out.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {key} = {value:G6}"));
                }

                LoadResult fitted = ScenarioLoader.Load(files, [.. sets, .. CalibrationSearch.SetsFor(best.Values)]);
                loaded = fitted.Scenario!;
                if (parsed.GetValue(write))
                {
                    string note = string.Create(CultureInfo.InvariantCulture,
                        $"Free parameters fitted by 'stalemate calibrate --search {candidates} --runs {n} --seed {s}' against {Path.GetFileName(set.Path)} " +
                        $"({(parsed.GetValue(refine) ? "--refine: the previous values, then candidates in a box a quarter as wide around them" : "random search: Latin hypercube over each free range, then a refinement round around the best")}; loss = sum over calibration targets of the squared log-ratio of the simulated median to the recorded range, 0 inside, plus {(penalty == CheckPenalty.Failed ? $"{weight} for each stylised-fact check below its needed share" : $"{weight} × the squared shortfall of each stylised-fact check below its needed share")}, plus {miss} for each calibration target missed{(items.Count > 0 ? ", the items given a --weight counted that many times" : "")}; --check-weight {weight} --check-penalty {penalty.ToString().ToLowerInvariant()} --miss-weight {miss}{string.Concat(weightArgs.Select(a => $" --weight {a}"))}{(parsed.GetValue(refine) ? " --refine" : "")}{string.Concat(selected.Select(k => $" --only {k}"))}). " +
                        $"Best of {found.Count} candidates: loss {best.Loss:F3}, {best.TargetsHit} calibration targets hit. The fitted value of each is its \"value\"; its range is the search space.");
                    IReadOnlyList<string> unwritten = FittedValuesWriter.Write(files[0], best.Values, note, append: selected.Length > 0);
                    foreach (string problem in unwritten)
                    {
                        io.Error.WriteLine("stalemate: " + problem);
                    }

                    if (unwritten.Count > 0)
                    {
                        io.Error.WriteLine($"stalemate: {unwritten.Count} fitted value(s) could not be written into {files[0]}; the others were.");
                        return ExitCodes.Failure;
                    }

                    io.Out.WriteLine($"Fitted values written into {files[0]}.");
                }
            }

            io.Error.WriteLine($"Evaluating {Path.GetFileName(set.Path)} over {n} runs...");
            Evaluation evaluation = Evaluation.Run(loaded, set, n, s, t);
            string table = CalibrationTables.Markdown(evaluation, loaded.Spec.Name, n, s);
            io.Out.WriteLine(table);
            AtomicFile.WriteText(Path.Combine(outDir, "calibration.md"), table);
            AtomicFile.WriteText(Path.Combine(outDir, "targets.csv"), w => CalibrationTables.WriteTargets(w, evaluation));
            AtomicFile.WriteText(Path.Combine(outDir, "checks.csv"), w => CalibrationTables.WriteChecks(w, evaluation));
            io.Out.WriteLine($"Tables: {Path.GetFullPath(outDir)}");
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>
    /// Parses <c>--weight ID=W</c> arguments against the targets file: every id must name a
    /// calibration target or a check, every weight must be a number of at least 0. Prints every
    /// problem and returns null if there is any.
    /// </summary>
    private static Dictionary<string, double>? ItemWeights(string[] args, TargetSet set, CommandIo io)
    {
        var known = set.Targets.Where(t => t.Use == "calibration").Select(t => t.Id).Concat(set.Checks.Select(c => c.Id)).ToHashSet(StringComparer.Ordinal);
        var weights = new Dictionary<string, double>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (string arg in args)
        {
            int eq = arg.IndexOf('=', StringComparison.Ordinal);
            string id = eq > 0 ? arg[..eq] : arg;
            if (eq <= 0 || !double.TryParse(arg[(eq + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out double w) || !(w >= 0) || double.IsInfinity(w))
            {
                problems.Add($"--weight {arg}: expected ID=W with W a number of at least 0, e.g. deaths-2016=3.");
            }
            else if (!known.Contains(id))
            {
                problems.Add($"--weight {arg}: '{id}' is neither a calibration target nor a check in {set.Path}.");
            }
            else
            {
                weights[id] = w;
            }
        }

        if (problems.Count == 0)
        {
            return weights;
        }

        io.Error.WriteLine($"stalemate: {problems.Count} problem(s) with --weight:");
        problems.ForEach(p => io.Error.WriteLine("  " + p));
        return null;
    }
}
