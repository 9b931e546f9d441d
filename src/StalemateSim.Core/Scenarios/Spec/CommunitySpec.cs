namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>An identity group in a region, optionally split into village-level agents.</summary>
public sealed record CommunitySpec
{
    public string? Name { get; init; }

    [RequiredKey, Describe("The identity (e.g. peul, dogon); communities sharing one are kin.")]
    public string Identity { get; init; } = "";

    [RequiredKey, RefersTo("regions")]
    public string Region { get; init; } = "";

    [RequiredKey, NonNegative, Describe("Rural population living in villages.")]
    public double Population { get; init; }

    [Between(1, 10_000_000), Describe("How many village agents the population is split into.")]
    public int Villages { get; init; } = 1;

    [Between(0, 1), Describe("Spread of village sizes and thresholds around the community mean.")]
    public double VillageSpread { get; init; } = 0.3;

    [Between(0, 1), Describe("Grievance against the state.")]
    public double Grievance { get; init; } = 0.3;

    [Between(0, 1), Describe("Fear of violence by others.")]
    public double Fear { get; init; } = 0.1;

    [Between(0, 1), Describe("Economic hardship.")]
    public double Hardship { get; init; } = 0.3;

    [Between(0, 1), Describe("Trust in the state.")]
    public double Trust { get; init; } = 0.5;

    [Between(0, 1), Describe("Receptivity to jihadist ideology (low where Sufi practice resists it).")]
    public double Islamism { get; init; } = 0.1;

    [Between(0, 1), Describe("Support for separatism or autonomy.")]
    public double Separatism { get; init; }

    [Between(0, 1), Describe("Strength of a base for self-defence (hunters' associations, veterans, kin networks).")]
    public double SelfDefenceBase { get; init; }

    [Between(0, 1), Describe("Share of the population that can be recruited.")]
    public double YouthShare { get; init; } = 0.1;

    [Between(0, 1), Describe("Mean of the village joining thresholds (Epstein-style).")]
    public double Threshold { get; init; } = 0.3;

    [RefersTo("communities"), Describe("Hostility toward other communities, by community id, in [0,1].")]
    public IReadOnlyDictionary<string, double> Hostility { get; init; } = new Dictionary<string, double>();

    public string? Source { get; init; }
}
