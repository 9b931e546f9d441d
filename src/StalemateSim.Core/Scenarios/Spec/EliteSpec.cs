namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>A leader or family: ambition, prestige, kin and rivalries.</summary>
public sealed record EliteSpec
{
    public string? Name { get; init; }

    [RefersTo("communities"), Describe("The elite's kin community.")]
    public string? Community { get; init; }

    [Between(0, 1)]
    public double Ambition { get; init; } = 0.5;

    [Between(0, 1)]
    public double Prestige { get; init; } = 0.5;

    [Between(0, 1), Describe("Ideological leaning toward jihadism; a splinter led by this elite follows it.")]
    public double Islamism { get; init; } = 0.1;

    [Between(-1, 1), Describe("Leaning toward (+1) or against (-1) the state; a splinter follows it.")]
    public double StateStance { get; init; }

    [RefersTo("elites"), Describe("Rivalries with other elites, by elite id, in [0,1].")]
    public IReadOnlyDictionary<string, double> Rivals { get; init; } = new Dictionary<string, double>();

    public string? Source { get; init; }
}
