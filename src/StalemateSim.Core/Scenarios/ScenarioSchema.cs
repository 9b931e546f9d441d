using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using StalemateSim.Core.Model;
using StalemateSim.Core.Rules;

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// Generates the JSON Schema (draft 2020-12) of scenario files from the same reflection walk the
/// loader validates with, so the two cannot drift: types, required keys, ranges, enum names,
/// <c>additionalProperties: false</c>, id patterns, descriptions, the <c>{low, high, free}</c>
/// form of numbers, and one property per catalogue rule under <c>rules</c>.
/// </summary>
public static class ScenarioSchema
{
    /// <summary>Where the schema is committed, relative to the repository root.</summary>
    public const string RelativePath = "scenarios/scenario.schema.json";

    private static readonly JsonSerializerOptions Output = new()
    {
        WriteIndented = true,
        IndentSize = 2,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The schema as JSON text: deterministic, 2-space indented, '\n' line ends, final newline.</summary>
    /// <exception cref="InvalidOperationException">The catalogue is malformed (a duplicate name, a spec type that is not a RuleSpec ...).</exception>
    public static string Generate(IEnumerable<RuleDescriptor> catalogue)
    {
        var shape = new ScenarioShape(catalogue);
        if (shape.CatalogueProblems.Count > 0)
        {
            throw new InvalidOperationException(string.Join(Environment.NewLine, shape.CatalogueProblems));
        }

        var defs = new SortedDictionary<string, JsonNode>(StringComparer.Ordinal)
        {
            ["id"] = new JsonObject
            {
                ["description"] = "An id: " + ScenarioIds.IdRuleText + ".",
                ["type"] = "string",
                ["pattern"] = ScenarioIds.IdPattern,
            },
            ["uncertain"] = new JsonObject
            {
                ["description"] = "An uncertain number, drawn uniformly from [low, high] once per run (the base scenario uses the midpoint), or, with a fitted value, fixed at it.",
                ["type"] = "object",
                ["properties"] = new JsonObject
                {
                    ["low"] = new JsonObject { ["type"] = "number" },
                    ["high"] = new JsonObject { ["type"] = "number" },
                    ["free"] = new JsonObject { ["description"] = "Marks the parameter as free for calibration.", ["type"] = "boolean" },
                    ["value"] = new JsonObject { ["description"] = "A fitted value within [low, high]: runs use it instead of drawing (written by stalemate calibrate).", ["type"] = "number" },
                },
                ["required"] = new JsonArray("low", "high"),
                ["additionalProperties"] = false,
            },
        };

        var writer = new SchemaNodes(defs, PolicyPattern());
        JsonObject root = writer.Record(shape.Root);
        var properties = (JsonObject)root["properties"]!;
        properties.Insert(0, ScenarioShape.SchemaKey, new JsonObject
        {
            ["description"] = "The JSON schema of this file, for editors; ignored by the loader.",
            ["type"] = "string",
        });

        var rules = new JsonObject();
        foreach (string name in shape.RuleNames)
        {
            shape.TryGetRule(name, out RuleDescriptor descriptor, out Shape ruleShape);
            rules[name] = new JsonObject { ["description"] = descriptor.Summary, ["$ref"] = writer.Reference(ruleShape) };
        }

        properties[ScenarioShape.RulesKey] = new JsonObject
        {
            ["description"] = "The rules to run, by name, each with its parameters; a rule the scenario does not name does not run.",
            ["type"] = "object",
            ["properties"] = rules,
            ["additionalProperties"] = false,
        };

        var document = new JsonObject
        {
            ["$schema"] = "https://json-schema.org/draft/2020-12/schema",
            ["title"] = "StalemateSim scenario",
            ["description"] = "A scenario file or overlay. Files are layered in order: objects merge key by key, arrays are replaced whole. Generated from the spec records by ScenarioSchema.Generate; do not edit by hand.",
        };
        foreach ((string key, JsonNode? value) in root.ToList())
        {
            root.Remove(key);
            document[key] = value;
        }

        var defsNode = new JsonObject();
        foreach ((string key, JsonNode value) in defs)
        {
            defsNode[key] = value;
        }

        document["$defs"] = defsNode;
        return document.ToJsonString(Output) + "\n";
    }

    /// <summary>Every accepted policy setting name, ID standing for an id.</summary>
    private static string PolicyPattern()
    {
        string id = ScenarioIds.IdPattern.TrimStart('^').TrimEnd('$');
        IEnumerable<string> names = PolicySetting.Names.Select(n => Regex.Escape(n).Replace("ID", id, StringComparison.Ordinal));
        return "^(" + string.Join("|", names) + ")$";
    }
}
