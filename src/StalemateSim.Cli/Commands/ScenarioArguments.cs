using System.CommandLine;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Cli.Commands;

/// <summary>The scenario files and --set overrides shared by every command that loads a scenario.</summary>
internal sealed class ScenarioArguments
{
    public Argument<string[]> Files { get; } = new("scenario")
    {
        Description = "The scenario JSON file, then any overlays (levers, variants), applied in order.",
        Arity = ArgumentArity.OneOrMore,
    };

    public Option<string[]> Sets { get; } = new("--set")
    {
        Description = "Override one value after the files, as key=value with a key path, e.g. --set armedGroups.mnla.fighters=3000. Repeatable.",
        AllowMultipleArgumentsPerToken = false,
    };

    public ScenarioArguments()
    {
        // The files argument takes any number of tokens, so a mistyped option such as -q would
        // otherwise be read as an overlay file and reported as a missing scenario.
        Files.Validators.Add(result =>
        {
            foreach (string token in result.GetValueOrDefault<string[]>() ?? [])
            {
                if (token.StartsWith('-') && !File.Exists(token))
                {
                    result.AddError($"unknown option '{token}' (scenario files come first, then options).");
                }
            }
        });
    }

    public void AddTo(Command command)
    {
        command.Arguments.Add(Files);
        command.Options.Add(Sets);
    }

    /// <summary>Loads the scenario; on problems prints them all and returns null.</summary>
    public CompiledScenario? Load(ParseResult parsed, CommandIo io)
    {
        string[] files = parsed.GetValue(Files) ?? [];
        string[] sets = parsed.GetValue(Sets) ?? [];
        LoadResult result = ScenarioLoader.Load(files, sets);
        if (result.Scenario is { } scenario && result.Problems.Count == 0)
        {
            return scenario;
        }

        io.Error.WriteLine($"stalemate: the scenario has {result.Problems.Count} problem{(result.Problems.Count == 1 ? "" : "s")}:");
        foreach (ScenarioProblem problem in result.Problems)
        {
            io.Error.WriteLine($"  {problem}");
        }

        return null;
    }
}
