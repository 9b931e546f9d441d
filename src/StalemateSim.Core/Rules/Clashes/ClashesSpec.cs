using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Clashes;

/// <summary>Parameters of the clashes rule: fighting between hostile actors that meet in a region (digest 3.7 AS1, AS2; 7.2.7).</summary>
public sealed record ClashesSpec : RuleSpec
{
    [Between(0, 100), Describe("Clash intensity: a hostile pair in a region clashes with probability 1 - exp(-clashRate × weaker side's strength / 1000) a month.")]
    public double ClashRate { get; init; } = 0.5;

    [Between(0, 1), Describe("Combatant deaths per unit of the weaker side's strength, before the opponent's share of the combined strength and the noise.")]
    public double Lethality { get; init; } = 0.03;

    [Between(0, 3), Describe("Standard deviation of the log of the mean-one lognormal noise on each side's losses.")]
    public double NoiseSigma { get; init; } = 0.5;

    [Between(0, 1), Describe("Most a side can lose in one clash, as a share of its fighters (or soldiers) in the region.")]
    public double MaxLoss { get; init; } = 0.2;

    [NonNegative, Describe("Civilians killed per combatant killed; each side is charged for the civilians killed with the combatants it kills.")]
    public double CivilianHarm { get; init; } = 0.5;

    [Between(1, 64), Describe("Places (chosen by residents) among which each side's civilian victims of a clash are spread.")]
    public int CivilianSamples { get; init; } = 4;

    [Between(0, 1), Describe("Share of its presence in the region that the side with the heavier relative losses withdraws to its other regions (AS2: clashes redraw zones of influence).")]
    public double Retreat { get; init; } = 0.3;

    [Between(0, 2), Describe("Weight of foreign troops (peacekeepers and partners) in the state side's strength, per soldier; they defend but their losses are left to the foreignForces rule.")]
    public double ForeignDefence { get; init; } = 0.5;

    [Between(0, 1), Describe("Fall in accord implementation for each clash between two signatories (EA4).")]
    public double SignatoryClashSetback { get; init; } = 0.02;

    [NonNegative, Describe("Fewest fighters (or soldiers) in a region for a side to be present there and clash.")]
    public double MinPresent { get; init; } = 1;
}
