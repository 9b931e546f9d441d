using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Recruitment;

/// <summary>
/// Parameters of the recruitment rule: the weights of the motives to join a group, the risk of
/// joining, and how many of a village's youth can join in a month (digest 3.3, 3.11 IC4).
/// Motive terms are each in [0,1] before their weight; a village joins when motive − risk exceeds its threshold.
/// </summary>
public sealed record RecruitmentSpec : RuleSpec
{
    [Between(0, 1), Describe("Share of a village's youth pool that joins a group in a month when the motive far exceeds the threshold.")]
    public double BaseRate { get; init; } = 0.05;

    [Between(0, 1), Describe("Share of a village's youth (residents × the community's youth share) available to armed groups in a month.")]
    public double PoolShare { get; init; } = 0.2;

    [Between(0.001, 10), Describe("Spread of the logistic decision around the threshold: smaller is a sharper Epstein-style threshold.")]
    public double Spread { get; init; } = 0.1;

    [Between(0, 5), Describe("Weight of grievance against the state, for groups at war with it (× how hostile the group is; RC7, RC8, IC4).")]
    public double WGrievance { get; init; } = 0.4;

    [Between(0, 5), Describe("Weight of distrust of the state (1 − trust), for groups at war with it (× how hostile the group is; RC7, RC14).")]
    public double WDistrust { get; init; } = 0.1;

    [Between(0, 5), Describe("Weight of trust in the state, for groups leaning toward it (× how far it leans).")]
    public double WTrust { get; init; } = 0.1;

    [Between(0, 5), Describe("Weight of fear × the protection the group can offer, its share of armed strength in the region (RC5, RC6).")]
    public double WFear { get; init; } = 0.3;

    [Between(0, 5), Describe("Weight of the group's kin ties to the village's community (RC19).")]
    public double WKin { get; init; } = 0.2;

    [Between(0, 5), Describe("Weight of ideological fit: the community's islamism for jihadists, its separatism for separatists (RC19, RC20).")]
    public double WIdeology { get; init; } = 0.2;

    [Between(0, 5), Describe("Weight of pay: min(1, money / (fighters × wage × payMonths)) (RC1, RC12).")]
    public double WPay { get; init; } = 0.15;

    [Between(0, 5), Describe("Weight of hardship (loss of livelihood); full for jihadists, times nonJihadistHardship for others (RC22).")]
    public double WHardship { get; init; } = 0.15;

    [Between(0, 1), Describe("Share of the hardship motive that non-jihadist groups draw on (jihadism is the anti-system movement on offer, RC22).")]
    public double NonJihadistHardship { get; init; } = 0.5;

    [Between(0, 5), Describe("Weight of coercion: the group holds the village (3.10 JG2).")]
    public double WCoercion { get; init; } = 0.2;

    [Between(0, 5), Describe("Weight of the community's strongest hostility toward another community × the group's kin ties to it (RC6, IC1, IC7).")]
    public double WCommunal { get; init; } = 0.2;

    [Between(0, 5), Describe("Risk aversion: the most risk can subtract from the motive (Epstein's N = R × P).")]
    public double RiskAversion { get; init; } = 0.4;

    [NonNegative, Describe("Steepness k of risk = riskAversion × (1 − exp(−k × opposing strength / (group strength + 1))).")]
    public double RiskSteepness { get; init; } = 1;

    [NonNegative, Describe("Weight of foreign troops in the state side's strength, for risk and protection.")]
    public double ForeignWeight { get; init; } = 1;

    [Between(0, 1), Describe("How far a month's recruits from a community root their group in it: the group's kin tie to the community rises toward 1 by kinRooting × the recruits' share of the group's fighters after recruitment, and never falls (RC19; 2(a)-iii: Kouffa's Peul-majority movement grew from Peul recruits; 3.10 JG1: embedded groups marry into local lineages). 0 turns this off: kin ties come only from the scenario, splinters, militias, mergers and pooling.")]
    public double KinRooting { get; init; }

    [NonNegative, Describe("Monthly wage of a fighter, thousand USD, used to judge a group's ability to pay (keep equal to upkeep's wage).")]
    public double Wage { get; init; } = 0.1;

    [Between(0.1, 120), Describe("Months of wages in hand at which a group counts as fully able to pay.")]
    public double PayMonths { get; init; } = 6;
}
