using System.CommandLine;
using StalemateSim.Cli.Plots;
using StalemateSim.Cli.Report;
using StalemateSim.Core.Output;

namespace StalemateSim.Cli.Commands;

/// <summary><c>stalemate report</c>: writes a self-contained HTML report of an ensemble's output folder.</summary>
internal static class ReportCommand
{
    public const string DefaultFileName = "report.html";

    public static Command Build(CommandIo io)
    {
        var folder = new Argument<string>("folder") { Description = "An output folder of 'stalemate run' or 'stalemate merge'." };
        var output = new Option<string?>("--out", "-o") { Description = $"Where to write the report (default: FOLDER/{DefaultFileName})." };
        var command = new Command(
            "report",
            "Write a self-contained HTML report of an ensemble: the scenario and its provenance (files with their hashes, notes, seed, runs, status), " +
            "the outcome table with 95% intervals, every standard chart inline, key series by year, the manifest, and how to read the uncertainty. " +
            "It has no external resources, so it can be mailed or printed as it is. The charts are drawn from the folder's files, so merged shard " +
            "folders work too; when the folder has no plots/ yet, the charts are also written there.\n\n" +
            "Examples:\n" +
            "  stalemate report runs/mali                       (writes runs/mali/report.html)\n" +
            "  stalemate report runs/mali --out briefing/mali.html");
        command.Arguments.Add(folder);
        command.Options.Add(output);
        command.SetAction(parsed => Execute(parsed.GetValue(folder)!, parsed.GetValue(output), io));
        return command;
    }

    internal static int Execute(string folder, string? output, CommandIo io)
    {
        if (!Directory.Exists(folder))
        {
            io.Error.WriteLine($"stalemate: report: no folder '{folder}'.");
            return ExitCodes.BadInput;
        }

        if (!EnsembleData.LooksLikeOutputs(folder))
        {
            io.Error.WriteLine($"stalemate: report: '{folder}' holds no manifest.json or series.csv; give the output folder of 'stalemate run' or 'stalemate merge'.");
            return ExitCodes.BadInput;
        }

        EnsembleData data;
        try
        {
            data = EnsembleData.Read(folder);
        }
        catch (Exception e) when (e is InvalidDataException or IOException or FormatException)
        {
            io.Error.WriteLine($"stalemate: report: {e.Message.ReplaceLineEndings(" ")}");
            return ExitCodes.Failure;
        }

        var scenario = ScenarioContext.Load(data.Manifest, folder);
        var problems = new List<string>();
        var plots = StandardPlots.Draw(data, scenario.Markers(), problems);
        if (!Directory.Exists(Path.Combine(folder, PlotWriter.FolderName)) && plots.Count > 0)
        {
            PlotWriter.Report(PlotWriter.WriteFiles(folder, plots, []), io, quiet: false);
        }

        var path = output ?? Path.Combine(folder, DefaultFileName);
        var directory = Path.GetDirectoryName(Path.GetFullPath(path));
        if (directory is not null)
        {
            Directory.CreateDirectory(directory);
        }

        AtomicFile.WriteText(path, ReportWriter.Write(data, scenario, plots, problems));
        io.Out.WriteLine($"Report: {Path.GetFullPath(path)} ({plots.Count} charts)");
        return ExitCodes.Ok;
    }
}
