namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>Thresholds that classify a run's end state (digest 7.1).</summary>
public sealed record OutcomeSpec
{
    [Between(1, 120), Describe("Months at the end of the run over which the end state is averaged.")]
    public int WindowMonths { get; init; } = 12;

    [Describe("Zones whose population counts for control shares (empty: all zones).")]
    public IReadOnlyList<string> Zones { get; init; } = [];

    [Between(0, 1), Describe("Jihadist control share at or above which the run is jihadist hegemony.")]
    public double JihadistHegemony { get; init; } = 0.5;

    [Between(0, 1), Describe("State control share at or above which, with hostile fighters low, the state has won.")]
    public double StateVictoryControl { get; init; } = 0.85;

    [Between(0, 1), Describe("Hostile fighters, as a share of their starting number, at or below which the state has won.")]
    public double StateVictoryFighters { get; init; } = 0.2;

    [Between(0, 1), Describe("State control share at or below which the state has collapsed.")]
    public double StateCollapseControl { get; init; } = 0.2;

    [Between(0, 1), Describe("Accord implementation at or above which, with violence low, the run is a settlement.")]
    public double SettlementImplementation { get; init; } = 0.6;

    [NonNegative, Describe("Monthly deaths at or below which violence counts as low for a settlement.")]
    public double SettlementMaxDeaths { get; init; } = 10;
}
