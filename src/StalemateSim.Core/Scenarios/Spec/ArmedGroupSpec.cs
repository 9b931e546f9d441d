namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>An armed group present at the start of the run.</summary>
public sealed record ArmedGroupSpec
{
    public string? Name { get; init; }

    [RequiredKey]
    public GroupKind Kind { get; init; }

    [RequiredKey, RefersTo("elites")]
    public string Leader { get; init; } = "";

    [NonNegative]
    public double Fighters { get; init; }

    [NonNegative, Describe("Cash in hand, in thousand USD.")]
    public double Money { get; init; }

    [Between(0, 1), Describe("Quality and quantity of arms relative to the best-armed actor.")]
    public double Arms { get; init; } = 0.5;

    [Between(0, 1)]
    public double Cohesion { get; init; } = 0.7;

    [Between(0, 1), Describe("Ideology: 0 secular, 1 jihadist.")]
    public double Islamism { get; init; }

    [Between(-1, 1), Describe("Stance toward the state: -1 fighting it, +1 allied with it.")]
    public double? StateStance { get; init; }

    [RefersTo("communities"), Describe("Kin ties to communities, by community id, in [0,1].")]
    public IReadOnlyDictionary<string, double> BaseCommunities { get; init; } = new Dictionary<string, double>();

    [RefersTo("regions"), Describe("Where its fighters are, by region id (weights, normalised).")]
    public IReadOnlyDictionary<string, double> Presence { get; init; } = new Dictionary<string, double>();

    public IReadOnlyDictionary<string, WingSpec> Wings { get; init; } = new Dictionary<string, WingSpec>();

    [RefersTo("armedGroups"), Describe("Armed groups that fund this one, by id, in thousand USD a month.")]
    public IReadOnlyDictionary<string, double> Patrons { get; init; } = new Dictionary<string, double>();

    [NonNegative, Describe("Funding from the state, thousand USD a month (scaled by state.militiaFunding).")]
    public double StateFunding { get; init; }

    [NonNegative, Describe("Funding from outside backers or networks, thousand USD a month.")]
    public double ExternalFunding { get; init; }

    public string? Source { get; init; }
}
