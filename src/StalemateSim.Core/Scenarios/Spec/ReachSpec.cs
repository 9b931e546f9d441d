namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>How state reach falls from the regional capital to district centres to villages (digest 3.4 ST1, 7.2.14).</summary>
public sealed record ReachSpec
{
    [Between(0, 1)]
    public double Capital { get; init; } = 1.0;

    [Between(0, 1)]
    public double District { get; init; } = 0.6;

    [Between(0, 1)]
    public double Village { get; init; } = 0.3;
}
