using StalemateSim.Core.Rules;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// Loads a scenario: JSON files layered in order (base, then overlays) through
/// Microsoft.Extensions.Configuration.Json, then <c>--set key=value</c> overrides; validates the
/// merged keys against the spec records and the rule catalogue; binds. Never throws for bad input:
/// every problem is returned at once. Malformed or missing files stop the load before key checks.
/// </summary>
public static class ScenarioLoader
{
    /// <summary>Loads and validates a scenario.</summary>
    /// <param name="files">JSON files, base first; later files override earlier ones key by key, and replace arrays whole.</param>
    /// <param name="sets">Overrides <c>key=value</c>, the key with ':' or '.' separators (<c>armedGroups.mnla.fighters=3000</c>).</param>
    /// <param name="catalogue">The rules the <c>rules</c> section may name; defaults to <see cref="RuleCatalog.All"/>.</param>
    public static LoadResult Load(
        IReadOnlyList<string> files,
        IReadOnlyList<string>? sets = null,
        IEnumerable<RuleDescriptor>? catalogue = null)
    {
        sets ??= [];
        var problems = new List<ScenarioProblem>();
        var shape = new ScenarioShape(catalogue ?? RuleCatalog.All);
        problems.AddRange(shape.CatalogueProblems);
        if (files.Count == 0)
        {
            problems.Add(new ScenarioProblem(null, "", "no scenario file given"));
        }

        var layers = new List<ScenarioLayer>();
        foreach (string file in files)
        {
            if (JsonLayerReader.Read(file, problems) is { } layer)
            {
                layers.Add(layer);
            }
        }

        foreach (string set in sets)
        {
            if (SetOverrides.Parse(set, shape, problems) is { } layer)
            {
                layers.Add(layer);
            }
        }

        if (problems.Count > 0)
        {
            return new LoadResult(null, problems);
        }

        var document = MergedDocument.Merge(layers, shape);
        IReadOnlyList<MergedDocument.Entry> entries = document.Entries;
        var (walkProblems, uncertain) = ScenarioValidator.Validate(KeyNode.Build(entries), shape, document.LayerNames);
        if (walkProblems.Count > 0)
        {
            return new LoadResult(null, walkProblems);
        }

        var flat = new SortedDictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
        foreach (MergedDocument.Entry entry in entries)
        {
            flat.Add(entry.Key, entry.Value);
        }

        try
        {
            (ScenarioSpec spec, IReadOnlyList<BoundRule> rules) = ScenarioBinder.Bind(flat, uncertain, p => p.BaseValue, shape);
            var scenario = new CompiledScenario(spec, rules, flat, uncertain, [.. files], [.. sets], DocumentHash.Compute(flat), shape);
            return new LoadResult(scenario, []);
        }
        catch (Exception e)
        {
            // Validation should have caught everything the binder rejects; if not, say so rather than throw.
            return new LoadResult(null, [new ScenarioProblem(null, "", "binding failed after validation passed (a loader bug): " + e.Message)]);
        }
    }
}
