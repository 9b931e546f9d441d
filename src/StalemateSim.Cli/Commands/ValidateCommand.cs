using System.CommandLine;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Cli.Commands;

/// <summary><c>stalemate validate</c>: checks a scenario and prints a one-line summary or every problem.</summary>
internal static class ValidateCommand
{
    public static Command Build(CommandIo io)
    {
        var arguments = new ScenarioArguments();
        var command = new Command(
            "validate",
            "Check a scenario (and overlays) without running it. Prints a one-line summary, or every problem with its file and key path (exit code 2).\n\n" +
            "Example:\n  stalemate validate scenarios/mali-2012.json scenarios/levers/end-state-militia-support.json");
        arguments.AddTo(command);
        command.SetAction(parsed =>
        {
            CompiledScenario? scenario = arguments.Load(parsed, io);
            if (scenario is null)
            {
                return ExitCodes.BadInput;
            }

            io.Out.WriteLine(ScenarioSummary.OneLine(scenario));
            return ExitCodes.Ok;
        });
        return command;
    }
}
