using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.State;

/// <summary>Parameters of the state rule: budget, army, deployment, defeats and coups (digest 3.4).</summary>
public sealed record StateRuleSpec : RuleSpec
{
    [Between(0, 1), Describe("Monthly budget growth at full threat (threat = hostile fighters / (hostile fighters + soldiers)); 0.03 at a threat of 0.4 gives about 15% a year, the 2015-16 rise of digest 6.7.")]
    public double BudgetGrowth { get; init; } = 0.03;

    [NonNegative, Describe("Soldiers the state keeps per million USD of monthly defence budget.")]
    public double SoldiersPerMillion { get; init; } = 500;

    [Between(0, 1), Describe("Share of the gap between the army and what the budget pays for that is closed each month.")]
    public double ArmyAdjust { get; init; } = 0.02;

    [Between(0, 1), Describe("Share of its deployment weight the army keeps in a region whose capital it has lost (troops withdraw when attacked, ST9).")]
    public double RetreatShare { get; init; } = 0.3;

    [Between(0, 1), Describe("Share of the gap between the soldiers in a region and its deployment target closed each month (1: instant); below 1 a coup's regional collapse persists for a while.")]
    public double RedeployRate { get; init; } = 0.5;

    [Between(0, 1), Describe("Share of accumulated defeats remembered from one month to the next.")]
    public double DefeatMemory { get; init; } = 0.9;

    [Between(0, 1), Describe("Monthly coup probability per unit of defeats above the threshold, in threshold units.")]
    public double CoupRate { get; init; } = 0.3;

    [Between(0.001, 1_000), Describe("Accumulated defeats (soldiers lost per hundred of the army, plus towns lost) above which a coup becomes possible.")]
    public double CoupThreshold { get; init; } = 10;

    [Between(0, 600), Describe("Months after a coup before another can happen.")]
    public int CoupGap { get; init; } = 12;

    [Between(0, 1), Describe("Severity of an endogenous coup, as for a scheduled one (army cohesion × (1 − severity/2)).")]
    public double CoupSeverity { get; init; } = 0.5;

    [Between(0, 1), Describe("Share of soldiers in regions at war lost to the collapse of command, times severity (ST16); as the events rule's coupCommandCollapse.")]
    public double CoupCommandCollapse { get; init; } = 0.6;

    [Between(0, 1), Describe("Army cohesion in calm times.")]
    public double CohesionBase { get; init; } = 0.7;

    [Between(0, 1), Describe("Share of the gap to the calm-time army cohesion closed each month.")]
    public double CohesionRecovery { get; init; } = 0.02;
}
