namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>A wing of an armed group, led by an elite: the seed of a possible splinter.</summary>
public sealed record WingSpec
{
    [RequiredKey, RefersTo("elites")]
    public string Elite { get; init; } = "";

    [Between(0, 1), Describe("Share of the group's fighters loyal to this wing.")]
    public double Share { get; init; } = 0.2;

    [RefersTo("communities"), Describe("The community the wing recruits from (defaults to the elite's).")]
    public string? Community { get; init; }
}
