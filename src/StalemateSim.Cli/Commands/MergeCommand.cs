using System.CommandLine;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Output;

namespace StalemateSim.Cli.Commands;

/// <summary><c>stalemate merge</c>: combines the folders of an ensemble's shards into the folder the unsharded run would have written.</summary>
internal static class MergeCommand
{
    public static Command Build(CommandIo io)
    {
        var folders = new Argument<string[]>("folders") { Description = "The shard folders written by 'stalemate run --shard i/N'.", Arity = ArgumentArity.OneOrMore };
        var output = new Option<string>("--out", "-o") { Description = "Folder for the merged outputs.", Required = true };
        var command = new Command(
            "merge",
            "Merge the shards of one ensemble. runs.csv and series.csv come out byte-identical to an unsharded run with the same seed and runs.\n\n" +
            "Example:\n  stalemate merge runs/mali-shard0 runs/mali-shard1 runs/mali-shard2 runs/mali-shard3 --out runs/mali");
        command.Arguments.Add(folders);
        command.Options.Add(output);
        command.SetAction(parsed =>
        {
            string outDir = parsed.GetValue(output)!;
            try
            {
                Manifest manifest = EnsembleMerge.Merge(parsed.GetValue(folders) ?? [], outDir);
                AtomicFile.WriteText(Path.Combine(outDir, "manifest.json"), manifest.ToJson());
                io.Out.WriteLine($"Merged {manifest.MergedFrom.Count} shards: {manifest.RunsDone} of {manifest.Runs} runs ({manifest.Status}) into {Path.GetFullPath(outDir)}");
                return manifest.Status == "complete" ? ExitCodes.Ok : ExitCodes.Failure;
            }
            catch (EnsembleStateException e)
            {
                io.Error.WriteLine($"stalemate: {e.Message}");
                return ExitCodes.BadInput;
            }
        });
        return command;
    }
}
