namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>Table capacities, fixed before a run so that the tick loop never allocates.</summary>
public sealed record LimitsSpec
{
    [Between(1, 4096), Describe("Most armed groups that can exist at once, counting splinters and new militias.")]
    public int MaxGroups { get; init; } = 64;

    [Between(1, 16384), Describe("Most elites, counting commanders who rise during the run.")]
    public int MaxElites { get; init; } = 256;

    [Between(1, 65536), Describe("Most wings across all groups.")]
    public int MaxWings { get; init; } = 512;
}
