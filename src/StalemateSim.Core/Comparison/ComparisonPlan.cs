using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Comparison;

/// <summary>
/// A baseline and its arms, all loaded: each lever alone on top of the baseline files, and with
/// <c>combine</c> all levers together. The same <c>--set</c> overrides apply to every arm.
/// </summary>
public sealed class ComparisonPlan
{
    public const string CombinedId = "combined";

    private ComparisonPlan(CompiledScenario baseline, IReadOnlyList<ComparisonArm> arms)
    {
        Baseline = baseline;
        Arms = arms;
    }

    public CompiledScenario Baseline { get; }

    public IReadOnlyList<ComparisonArm> Arms { get; }

    /// <summary>
    /// Loads the baseline and every arm. Returns every problem found (each names its file), with a
    /// null plan, when any of them does not load, or when an arm differs from the baseline in its
    /// start or length.
    /// </summary>
    public static (ComparisonPlan? Plan, IReadOnlyList<ScenarioProblem> Problems) Load(
        IReadOnlyList<string> scenarioFiles,
        IReadOnlyList<string> leverFiles,
        bool combine,
        IReadOnlyList<string>? sets = null)
    {
        sets ??= [];
        var problems = new List<ScenarioProblem>();
        if (leverFiles.Count == 0)
        {
            problems.Add(new ScenarioProblem(null, "", "no lever given: name at least one lever overlay (--lever FILE)"));
            return (null, problems);
        }

        LoadResult baseline = ScenarioLoader.Load(scenarioFiles, sets);
        if (!baseline.Ok)
        {
            return (null, baseline.Problems);
        }

        var specs = leverFiles.Select(f => (Files: (IReadOnlyList<string>)[f], Id: Stem(f), Combined: false)).ToList();
        if (combine && leverFiles.Count > 1)
        {
            specs.Add((leverFiles, CombinedId, true));
        }

        var arms = new List<ComparisonArm>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach ((IReadOnlyList<string> files, string stem, bool combined) in specs)
        {
            if (combined && problems.Count > 0)
            {
                break; // the levers' own problems are already reported
            }

            LoadResult loaded = ScenarioLoader.Load([.. scenarioFiles, .. files], sets);
            if (!loaded.Ok)
            {
                problems.AddRange(loaded.Problems);
                continue;
            }

            CompiledScenario scenario = loaded.Scenario!;
            if (scenario.Spec.Start != baseline.Scenario!.Spec.Start || scenario.Spec.Months != baseline.Scenario.Spec.Months)
            {
                problems.Add(new ScenarioProblem(files[^1], "start", "a lever may not change the scenario's start or months (the arms must cover the same months to be paired)"));
                continue;
            }

            string id = stem;
            for (int k = 2; !ids.Add(id); k++)
            {
                id = $"{stem}-{k}";
            }

            int? onset = LeverOnset.Of(baseline.Scenario, scenario);
            string label = combined ? "All levers combined"
                : scenario.Spec.Name != baseline.Scenario.Spec.Name ? scenario.Spec.Name : id;
            arms.Add(new ComparisonArm(id, label, files, scenario, onset ?? 0, onset is not null));
        }

        return problems.Count > 0 ? (null, problems) : (new ComparisonPlan(baseline.Scenario!, arms), []);
    }

    private static string Stem(string file)
    {
        string name = Path.GetFileNameWithoutExtension(file);
        return name.Length > 0 ? name : "lever";
    }
}
