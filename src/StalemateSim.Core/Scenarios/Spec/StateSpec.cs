namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>The state: army, budget, abuses and profiling, proxy funding, stance on talks.</summary>
public sealed record StateSpec
{
    public string? Name { get; init; }

    [NonNegative, Describe("Soldiers available for operations.")]
    public double Army { get; init; } = 10_000;

    [Between(0, 1)]
    public double ArmyCohesion { get; init; } = 0.7;

    [NonNegative, Describe("Defence spending, million USD a month.")]
    public double Budget { get; init; } = 20;

    [Between(0, 1), Describe("Rate of abuses against civilians during operations.")]
    public double Abuse { get; init; } = 0.1;

    [RefersTo("communities"), Describe("Ethnic profiling: how much each community is targeted, in [0,1].")]
    public IReadOnlyDictionary<string, double> Profiling { get; init; } = new Dictionary<string, double>();

    [Between(0, 1), Describe("Multiplier on the state funding of armed groups (0 ends it).")]
    public double MilitiaFunding { get; init; } = 1;

    [Between(0, 1), Describe("Willingness to negotiate with armed groups.")]
    public double TalkStance { get; init; } = 0.5;

    [Between(0, 1), Describe("Willingness to negotiate with jihadist groups.")]
    public double TalksWithJihadists { get; init; }

    [RefersTo("regions"), Describe("How the army is spread, by region id (weights, normalised).")]
    public IReadOnlyDictionary<string, double> Deployment { get; init; } = new Dictionary<string, double>();

    public string? Source { get; init; }
}
