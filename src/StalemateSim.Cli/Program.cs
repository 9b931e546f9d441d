using System.CommandLine;
using StalemateSim.Cli.Commands;

namespace StalemateSim.Cli;

/// <summary>The <c>stalemate</c> command.</summary>
public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Parses and runs a command line; returns the exit code (0 ok, 1 failure, 2 bad input, 130 interrupted).</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var io = new CommandIo(output, error);
        RootCommand root = BuildRoot(io);
        ParseResult parsed = root.Parse(args);
        if (parsed.Errors.Count > 0 && parsed.Action is not System.CommandLine.Help.HelpAction)
        {
            foreach (var problem in parsed.Errors)
            {
                error.WriteLine($"stalemate: {problem.Message}");
            }

            error.WriteLine("Try 'stalemate --help' or 'stalemate <command> --help'.");
            return ExitCodes.BadInput;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception e) when (Environment.GetEnvironmentVariable("STALEMATE_DEBUG") != "1")
        {
            error.WriteLine($"stalemate: {e.Message}");
            error.WriteLine("(set STALEMATE_DEBUG=1 to see the details)");
            return ExitCodes.Failure;
        }
    }

    internal static RootCommand BuildRoot(CommandIo io)
    {
        var root = new RootCommand(
            "StalemateSim: an agent-based model of factional stalemate (Mali since 2012), run as Monte Carlo ensembles.\n\n" +
            "Start with:\n" +
            "  stalemate validate scenarios/mali-2012.json\n" +
            "  stalemate run scenarios/mali-2012.json --runs 1000 --out runs/mali\n" +
            "  stalemate compare scenarios/mali-2012.json --lever scenarios/levers/end-state-militia-support.json --runs 500 --out runs/levers");
        root.Subcommands.Add(ValidateCommand.Build(io));
        root.Subcommands.Add(RunCommand.Build(io));
        root.Subcommands.Add(MergeCommand.Build(io));
        root.Subcommands.Add(ReportCommand.Build(io));
        root.Subcommands.Add(CalibrateCommand.Build(io));
        root.Subcommands.Add(CompareCommand.Build(io));
        root.Subcommands.Add(ReferenceCommand.Build(io));
        return root;
    }
}
