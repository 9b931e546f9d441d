namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>
/// A scenario as bound from its JSON layers: every actor, event and parameter. Collections are
/// keyed by id so that an overlay can patch one actor. Rules are bound separately, each to its
/// own spec type (see the rule catalogue).
/// </summary>
public sealed record ScenarioSpec
{
    [RequiredKey, Between(1, 1)]
    public int SchemaVersion { get; init; }

    [RequiredKey]
    public string Name { get; init; } = "";

    public string? Description { get; init; }

    [RequiredKey, Month, Describe("First month of the run, yyyy-MM.")]
    public string Start { get; init; } = "";

    [RequiredKey, Between(1, 1200), Describe("Number of monthly ticks.")]
    public int Months { get; init; }

    public LimitsSpec Limits { get; init; } = new();

    [Describe("Level factors of state reach: capital, district, village (digest 3.4 ST1).")]
    public ReachSpec Reach { get; init; } = new();

    public IReadOnlyDictionary<string, RegionSpec> Regions { get; init; } = new Dictionary<string, RegionSpec>();

    public IReadOnlyDictionary<string, CommunitySpec> Communities { get; init; } = new Dictionary<string, CommunitySpec>();

    public IReadOnlyDictionary<string, EliteSpec> Elites { get; init; } = new Dictionary<string, EliteSpec>();

    public IReadOnlyDictionary<string, ArmedGroupSpec> ArmedGroups { get; init; } = new Dictionary<string, ArmedGroupSpec>();

    public StateSpec State { get; init; } = new();

    public IReadOnlyDictionary<string, ForeignForceSpec> ForeignForces { get; init; } = new Dictionary<string, ForeignForceSpec>();

    public IReadOnlyDictionary<string, EventSpec> Events { get; init; } = new Dictionary<string, EventSpec>();

    public OutcomeSpec Outcomes { get; init; } = new();

    [Describe("Free-form notes on provenance and calibration.")]
    public IReadOnlyDictionary<string, string> Provenance { get; init; } = new Dictionary<string, string>();
}
