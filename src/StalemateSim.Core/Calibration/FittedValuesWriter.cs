using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using StalemateSim.Core.Output;

namespace StalemateSim.Core.Calibration;

/// <summary>
/// Writes fitted values back into a scenario file: each free parameter's object gains
/// <c>"value": v</c> (its range stays, as the search space), and the top-level <c>provenance</c>
/// records how the values were found (after the earlier note when <c>append</c>: a partial refit of
/// some parameters leaves the others as the earlier fit found them). The file is rewritten
/// atomically, 2-space indented.
/// </summary>
public static class FittedValuesWriter
{
    public static IReadOnlyList<string> Write(string path, IReadOnlyDictionary<string, double> values, string note, bool append = false)
    {
        var problems = new List<string>();
        JsonNode root = JsonNode.Parse(File.ReadAllText(path)) ?? throw new InvalidDataException($"{path}: empty JSON");
        foreach ((string keyPath, double value) in values)
        {
            JsonNode? node = root;
            foreach (string segment in keyPath.Split(':'))
            {
                node = node is JsonObject o ? o.FirstOrDefault(p => string.Equals(p.Key, segment, StringComparison.OrdinalIgnoreCase)).Value : null;
            }

            if (node is JsonObject range && range.ContainsKey("low"))
            {
                range["value"] = value;
            }
            else
            {
                problems.Add($"{path}: {keyPath}: not a {{low, high, free}} range in this file (is it set by an overlay?); value not written");
            }
        }

        JsonObject top = root.AsObject();
        if (top["provenance"] is not JsonObject provenance)
        {
            provenance = new JsonObject();
            top["provenance"] = provenance;
        }

        provenance["calibration"] = append && provenance["calibration"] is JsonValue earlier ? $"{earlier.GetValue<string>()} Then: {note}" : note;
        string text = root.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
        AtomicFile.WriteText(path, text);
        return problems;
    }
}
