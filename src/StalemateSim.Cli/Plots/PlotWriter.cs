using StalemateSim.Core.Output;
using StalemateSim.Plotting;

namespace StalemateSim.Cli.Plots;

/// <summary>What <see cref="PlotWriter.Write"/> did.</summary>
/// <param name="Folder">The plots folder.</param>
/// <param name="Plots">The charts drawn.</param>
/// <param name="Pngs">How many PNGs were written.</param>
/// <param name="PngProblem">Why PNGs were not written (one line), or null.</param>
/// <param name="Problems">Charts that could not be drawn, or the folder that could not be read.</param>
internal sealed record PlotWriteResult(string Folder, IReadOnlyList<PlotItem> Plots, int Pngs, string? PngProblem, IReadOnlyList<string> Problems);

/// <summary>
/// Writes the standard charts of an ensemble's output folder into <c>DIR/plots/</c>: an SVG of
/// each, and a PNG through the system's librsvg where it is installed. Reads only the folder's
/// files, so it works on merged shard folders too.
/// </summary>
internal static class PlotWriter
{
    public const string FolderName = "plots";

    /// <summary>Draws and writes the charts. Never throws: problems are returned.</summary>
    public static PlotWriteResult Write(string outputFolder)
    {
        var problems = new List<string>();
        try
        {
            var data = EnsembleData.Read(outputFolder);
            var markers = ScenarioContext.Load(data.Manifest, outputFolder).Markers();
            var plots = StandardPlots.Draw(data, markers, problems);
            return WriteFiles(outputFolder, plots, problems);
        }
        catch (Exception e)
        {
            problems.Add(e.Message.ReplaceLineEndings(" "));
            return new PlotWriteResult(Path.Combine(outputFolder, FolderName), [], 0, null, problems);
        }
    }

    /// <summary>Writes charts already drawn into <c>DIR/plots/</c>. Never throws: problems are returned.</summary>
    public static PlotWriteResult WriteFiles(string outputFolder, IReadOnlyList<PlotItem> plots, IReadOnlyList<string> drawProblems)
    {
        var folder = Path.Combine(outputFolder, FolderName);
        var problems = new List<string>(drawProblems);
        var pngs = 0;
        string? pngProblem = null;
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var plot in plots)
            {
                AtomicFile.WriteText(Path.Combine(folder, plot.Name + ".svg"), plot.Svg);
                if (pngProblem is null)
                {
                    if (SvgPng.TryRender(plot.Svg, Path.Combine(folder, plot.Name + ".png"), out var problem))
                    {
                        pngs++;
                    }
                    else
                    {
                        pngProblem = problem ?? "unknown problem";
                    }
                }
            }

            return new PlotWriteResult(folder, plots, pngs, pngProblem, problems);
        }
        catch (Exception e)
        {
            problems.Add(e.Message.ReplaceLineEndings(" "));
            return new PlotWriteResult(folder, [], pngs, pngProblem, problems);
        }
    }

    /// <summary>Writes the charts and says what happened in at most three lines; never throws.</summary>
    public static PlotWriteResult WriteAndReport(string outputFolder, CommandIo io, bool quiet)
    {
        var result = Write(outputFolder);
        Report(result, io, quiet);
        return result;
    }

    /// <summary>
    /// Says what <see cref="Write"/> did: problems on standard error (one line each for charts left
    /// out and for PNGs not written), and where the charts are unless <paramref name="quiet"/>.
    /// </summary>
    public static void Report(PlotWriteResult result, CommandIo io, bool quiet)
    {
        try
        {
            if (result.Problems.Count > 0)
            {
                io.Error.WriteLine($"stalemate: plots: {(result.Plots.Count == 0 ? "none written" : $"{result.Plots.Count} written, some left out")}: {string.Join("; ", result.Problems)}");
            }

            if (result.PngProblem is not null && result.Plots.Count > 0)
            {
                io.Error.WriteLine($"stalemate: PNGs not written ({result.PngProblem}); the SVGs are in {Path.GetFullPath(result.Folder)}");
            }

            if (!quiet && result.Plots.Count > 0)
            {
                var kinds = result.Pngs == result.Plots.Count ? "SVG and PNG" : result.Pngs == 0 ? "SVG" : $"SVG, {result.Pngs} PNG";
                io.Out.WriteLine($"Plots: {Path.GetFullPath(result.Folder)} ({result.Plots.Count} charts, {kinds})");
            }
        }
        catch (IOException)
        {
            // Reporting is best effort: the outputs are written.
        }
    }

    /// <summary>Deletes standard chart files a previous run left in <c>DIR/plots/</c> (for --no-plots), so no stale picture sits beside new data.</summary>
    public static void RemoveStale(string outputFolder)
    {
        var folder = Path.Combine(outputFolder, FolderName);
        if (!Directory.Exists(folder))
        {
            return;
        }

        try
        {
            foreach (var name in StandardPlots.Names)
            {
                File.Delete(Path.Combine(folder, name + ".svg"));
                File.Delete(Path.Combine(folder, name + ".png"));
            }

            if (!Directory.EnumerateFileSystemEntries(folder).Any())
            {
                Directory.Delete(folder);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort.
        }
    }
}
