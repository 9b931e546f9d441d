using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// A loaded, validated and bound scenario: the spec records, the rules it runs, the merged
/// document it came from and its hash. Immutable. Uncertain parameters are bound at their
/// midpoints; <see cref="ForRun"/> gives a copy with one draw of each.
/// </summary>
public sealed class CompiledScenario
{
    private static readonly IReadOnlyDictionary<string, double> NothingSampled = new SortedDictionary<string, double>(StringComparer.Ordinal);

    private readonly ScenarioShape _shape;
    private readonly Lazy<SampledValuePatcher?> _patcher;

    internal CompiledScenario(
        ScenarioSpec spec,
        IReadOnlyList<BoundRule> allRules,
        IReadOnlyDictionary<string, string?> document,
        IReadOnlyList<UncertainParameter> uncertain,
        IReadOnlyList<string> files,
        IReadOnlyList<string> sets,
        string contentHash,
        ScenarioShape shape,
        IReadOnlyDictionary<string, double>? sampledValues = null)
    {
        Spec = spec;
        AllRules = allRules;
        Rules = allRules.Where(r => r.Spec.Enabled).ToList();
        Document = document;
        Uncertain = uncertain;
        Files = files;
        Sets = sets;
        ContentHash = contentHash;
        _shape = shape;
        SampledValues = sampledValues ?? NothingSampled;
        _patcher = new Lazy<SampledValuePatcher?>(() => SampledValuePatcher.TryCreate(Spec, AllRules, [.. Uncertain.Where(p => p.Sampled)]));
    }

    /// <summary>The bound scenario (uncertain numbers at their midpoints, or at this run's draws).</summary>
    public ScenarioSpec Spec { get; }

    /// <summary>The enabled rules, sorted by (order, name): the order of a tick.</summary>
    public IReadOnlyList<BoundRule> Rules { get; }

    /// <summary>Every rule the scenario names, enabled or not, sorted like <see cref="Rules"/>.</summary>
    public IReadOnlyList<BoundRule> AllRules { get; }

    /// <summary>
    /// The merged flattened document after layering and <c>--set</c>, with keys as configuration
    /// writes them (<c>armedGroups:mnla:fighters</c>; lookups ignore case). A null value stands for
    /// JSON null or an empty object, "" for an empty array or string.
    /// </summary>
    public IReadOnlyDictionary<string, string?> Document { get; }

    /// <summary>The numbers given as ranges, sorted by key path (ordinal).</summary>
    public IReadOnlyList<UncertainParameter> Uncertain { get; }

    /// <summary>The files, as named to the loader, in layering order.</summary>
    public IReadOnlyList<string> Files { get; }

    /// <summary>The <c>--set</c> overrides as given.</summary>
    public IReadOnlyList<string> Sets { get; }

    /// <summary>SHA-256 (lower-case hex) of <see cref="Document"/>: equal documents give equal hashes.</summary>
    public string ContentHash { get; }

    /// <summary>The value drawn for each uncertain key path by <see cref="ForRun"/>; empty otherwise.</summary>
    public IReadOnlyDictionary<string, double> SampledValues { get; }

    /// <summary>
    /// The scenario of one run. Returns this when nothing is uncertain (and draws nothing);
    /// otherwise draws each uncertain parameter once, uniformly in [low, high], in the sorted order
    /// of <see cref="Uncertain"/>, and writes the draws into a copy of this scenario's records
    /// (the same records as binding the document again with those values would give). Always
    /// samples from the original ranges.
    /// </summary>
    public CompiledScenario ForRun(ref Xoshiro256StarStar random)
    {
        if (!Uncertain.Any(p => p.Sampled))
        {
            return this;
        }

        var sampled = new SortedDictionary<string, double>(StringComparer.Ordinal);
        var values = new List<double>(Uncertain.Count);
        foreach (UncertainParameter parameter in Uncertain)
        {
            if (!parameter.Sampled)
            {
                continue;
            }

            double value = parameter.Low == parameter.High ? parameter.Low : random.NextDouble(parameter.Low, parameter.High);
            value = Math.Clamp(value, parameter.Low, parameter.High);
            sampled.Add(parameter.KeyPath, value);
            values.Add(value);
        }

        if (_patcher.Value is not { } patcher)
        {
            return BindForRun(sampled);
        }

        (ScenarioSpec spec, IReadOnlyList<BoundRule> rules) = patcher.Apply(Spec, AllRules, [.. values]);
        return new CompiledScenario(spec, rules, Document, Uncertain, Files, Sets, ContentHash, _shape, sampled);
    }

    /// <summary>The scenario with these values of the sampled parameters, bound from the document (the slow path, kept as the reference).</summary>
    internal CompiledScenario BindForRun(IReadOnlyDictionary<string, double> sampled)
    {
        (ScenarioSpec spec, IReadOnlyList<BoundRule> rules) = ScenarioBinder.Bind(Document, Uncertain, p => p.Value ?? sampled[p.KeyPath], _shape);
        return new CompiledScenario(spec, rules, Document, Uncertain, Files, Sets, ContentHash, _shape, sampled);
    }
}
