using System.CommandLine;
using System.CommandLine.Parsing;
using System.Diagnostics;
using System.Globalization;
using StalemateSim.Core.Reference.Epstein;

namespace StalemateSim.Cli.Commands;

/// <summary>
/// <c>stalemate reference</c>: reference models from the literature, built on the engine's own
/// primitives, to check them against known behaviour. <c>reference epstein</c> runs Epstein's civil
/// violence model I and prints its per-step counts.
/// </summary>
internal static class ReferenceCommand
{
    public static Command Build(CommandIo io)
    {
        var command = new Command(
            "reference",
            "Run a reference model from the literature, built on the engine's own primitives (owned random streams, flat arrays), " +
            "to check them against known behaviour.\n\n" +
            "Example:\n  stalemate reference epstein --steps 1000 --seed 7");
        command.Subcommands.Add(BuildEpstein(io));
        return command;
    }

    private static Command BuildEpstein(CommandIo io)
    {
        var steps = new Option<int>("--steps", "-n")
        {
            Description = "Number of steps to run (at least 1). Example: --steps 1000",
            DefaultValueFactory = _ => 500,
        };
        steps.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() < 1)
            {
                result.AddError("--steps must be at least 1.");
            }
        });
        var seed = new Option<ulong>("--seed", "-s")
        {
            Description = "Seed of the run; the same seed gives the same counts, step for step. Example: --seed 7",
            DefaultValueFactory = _ => 1,
        };
        var legitimacy = new Option<double>("--legitimacy", "-l")
        {
            Description = "Legitimacy L of the regime from step 1, from 0 to 1 (grievance is hardship × (1 − L)). Example: --legitimacy 0.7",
            DefaultValueFactory = _ => EpsteinParameters.Standard.Legitimacy,
        };
        legitimacy.Validators.Add(result =>
        {
            double value = result.GetValueOrDefault<double>();
            if (!(value >= 0 && value <= 1))
            {
                result.AddError("--legitimacy must be from 0 to 1.");
            }
        });
        var drops = new Option<LegitimacyChange[]>("--legitimacy-drop")
        {
            Description = "From step STEP on, legitimacy is VALUE (0 to 1). Repeatable; a gradual change is many small ones. " +
                "Example: --legitimacy-drop 200:0.6 (a sudden drop from 0.8 to 0.6 at step 200)",
            HelpName = "STEP:VALUE",
            AllowMultipleArgumentsPerToken = false,
            CustomParser = ParseChanges,
        };

        var command = new Command(
            "epstein",
            "Epstein's civil violence model I (PNAS 2002) with the standard parameters: a 40x40 torus, citizen density 0.7, cop density 0.074, " +
            "von Neumann vision 7, legitimacy 0.8, threshold 0.1, k = 2.3, jail terms up to 1000 steps. Prints a comment line with the parameters, " +
            "the header 'step,quiet,active,jailed', one line of counts per step, then the time the steps took (building the model and printing excluded; a fresh process, so the first steps run before the JIT has optimised the code: benchmarks/README.md has the warmed-up figures).\n\n" +
            "Examples:\n" +
            "  stalemate reference epstein --steps 1000 --seed 7\n" +
            "  stalemate reference epstein --steps 600 --seed 7 --legitimacy-drop 300:0.6        (sudden drop at step 300)\n" +
            "  stalemate reference epstein --steps 600 --legitimacy 0.7 --legitimacy-drop 100:0.65 --legitimacy-drop 200:0.6");
        foreach (Option option in new Option[] { steps, seed, legitimacy, drops })
        {
            command.Options.Add(option);
        }

        command.SetAction(parsed =>
        {
            var parameters = EpsteinParameters.Standard with
            {
                Legitimacy = parsed.GetValue(legitimacy),
                LegitimacyChanges = parsed.GetValue(drops) ?? [],
            };
            return Execute(parameters, parsed.GetValue(seed), parsed.GetValue(steps), io);
        });
        return command;
    }

    internal static int Execute(EpsteinParameters parameters, ulong seed, int steps, CommandIo io)
    {
        var model = new EpsteinModel(parameters, seed);
        var clock = Stopwatch.StartNew();
        EpsteinObserver observer = EpsteinObserver.Run(model, steps);
        clock.Stop();

        TextWriter output = io.Out;
        output.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"# epstein model I: {parameters.Width}x{parameters.Height} torus, {model.Citizens} citizens, {model.Cops} cops, vision {parameters.Vision}, " +
            $"legitimacy {parameters.Legitimacy}{Changes(parameters.LegitimacyChanges)}, threshold {parameters.Threshold}, k {parameters.ArrestConstant}, " +
            $"max jail {parameters.MaxJailTerm}, seed {seed}"));
        output.WriteLine("step,quiet,active,jailed");
        ReadOnlySpan<double> quiet = observer.QuietSeries;
        ReadOnlySpan<double> active = observer.ActiveSeries;
        ReadOnlySpan<double> jailed = observer.JailedSeries;
        for (int i = 0; i < observer.Recorded; i++)
        {
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{i + 1},{quiet[i]},{active[i]},{jailed[i]}"));
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"elapsed: {clock.Elapsed.TotalMilliseconds:F2} ms for {steps} steps"));
        return ExitCodes.Ok;
    }

    private static string Changes(IReadOnlyList<LegitimacyChange> changes) =>
        changes.Count == 0 ? "" : " then " + string.Join(", ", changes.Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Legitimacy} from step {c.Step}")));

    private static LegitimacyChange[] ParseChanges(ArgumentResult result)
    {
        var changes = new LegitimacyChange[result.Tokens.Count];
        for (int i = 0; i < changes.Length; i++)
        {
            if (!LegitimacyChange.TryParse(result.Tokens[i].Value, out changes[i], out string? problem))
            {
                result.AddError($"--legitimacy-drop: {problem}.");
                return [];
            }
        }

        return changes;
    }
}
