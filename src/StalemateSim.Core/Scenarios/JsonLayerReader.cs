using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// Reads one JSON file through Microsoft.Extensions.Configuration.Json into a layer. A missing
/// file or malformed JSON becomes a problem; for syntax errors the JsonException is dug out of the
/// InvalidDataException → FormatException chain and reported as <c>file:line:position</c>.
/// </summary>
internal static partial class JsonLayerReader
{
    public static ScenarioLayer? Read(string file, List<ScenarioProblem> problems)
    {
        string full;
        try
        {
            full = Path.GetFullPath(file);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            problems.Add(new ScenarioProblem(file, "", "not a valid path: " + e.Message));
            return null;
        }

        if (!File.Exists(full))
        {
            problems.Add(new ScenarioProblem(file, "", "not found"));
            return null;
        }

        var source = new LayerJsonSource { Path = full, Optional = false, ReloadOnChange = false };
        source.ResolveFileProvider();
        try
        {
            IConfigurationRoot root = new ConfigurationBuilder().Add(source).Build();
            using var disposeRoot = root as IDisposable;
            var provider = (LayerJsonProvider)root.Providers.Single();
            return new ScenarioLayer(file, provider.Entries.ToList(), IsOverride: false);
        }
        catch (Exception e)
        {
            problems.Add(Describe(file, e));
            return null;
        }
        finally
        {
            (source.FileProvider as IDisposable)?.Dispose();
        }
    }

    private static ScenarioProblem Describe(string file, Exception error)
    {
        string? format = null;
        for (Exception? e = error; e is not null; e = e.InnerException)
        {
            if (e is JsonException json)
            {
                string message = PositionSuffix().Replace(json.Message, "").Trim();
                return new ScenarioProblem(file, "", "invalid JSON: " + message)
                {
                    Line = json.LineNumber + 1,
                    Position = json.BytePositionInLine + 1,
                };
            }

            if (e is FormatException)
            {
                format = e.Message;
            }
        }

        return new ScenarioProblem(file, "", format is null ? error.Message : "invalid JSON: " + format);
    }

    /// <summary>System.Text.Json appends 0-based positions to its messages; the problem carries 1-based ones.</summary>
    [GeneratedRegex(@"\s*(Path: \S* \| )?LineNumber: \d+ \| BytePositionInLine: \d+\.?\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex PositionSuffix();
}
