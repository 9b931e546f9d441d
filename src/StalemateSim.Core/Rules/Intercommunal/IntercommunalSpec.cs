using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Intercommunal;

/// <summary>Parameters of the inter-communal rule (digest 3.11 IC1–IC7, 3.9 HU3).</summary>
public sealed record IntercommunalSpec : RuleSpec
{
    [Between(0, 1), Describe("Kin tie (0..1) at or above which a group counts as rooted in a community: its violence is blamed on that community, and it raids on that community's behalf.")]
    public double RootedKin { get; init; } = 0.5;

    [Between(0.01, 100), Describe("Civilian victims per thousand of a community's rural population (at most shockReach people) that give a shock of 1 - 1/e (about 0.63); the shock saturates at 1. Unit: deaths per thousand.")]
    public double ShockScale { get; init; } = 1;

    [NonNegative, Describe("Most residents over whom a month's victims are counted for the shock: news of killings travels through the villages around them, not across a whole dispersed people, so 30 dead among 500,000 Dogon alarm their neighbours as 30 dead among 50,000 would (3.11 IC1; RC6, RC17: militias formed where villages were attacked). 0: the community's whole population.")]
    public double ShockReach { get; init; }

    [Between(0, 1), Describe("Fear gained at a full shock of victimisation (by anyone), times (1 - fear). Unit: share of the gap to 1.")]
    public double FearGain { get; init; } = 0.5;

    [Between(0, 1), Describe("Hostility of the victims' community toward the perpetrators' community gained at a full shock, times (1 - hostility) (IC1).")]
    public double HostilityGain { get; init; } = 0.5;

    [Between(0, 1), Describe("Share of that shock extended to every other community of the perpetrators' identity in the victims' region: the victims blame the whole identity group (IC2, IC7).")]
    public double KinSpread { get; init; } = 0.4;

    [Between(0, 1), Describe("Grievance against the state gained at a full shock of victimisation by the state or its foreign allies (IC3, IC4), times (1 - grievance).")]
    public double StateGrievanceGain { get; init; } = 0.3;

    [Between(0, 1), Describe("Hostility gained a month between communities of different identities sharing a region, at full resource pressure, times (1 - hostility) (HU3: farmer-herder competition for land and water).")]
    public double ResourceHostility { get; init; } = 0.01;

    [Between(0, 1), Describe("Hostility gained a month between communities of different identities sharing a region, at full drought severity, times (1 - hostility) (HU3, IC5).")]
    public double DroughtHostility { get; init; } = 0.03;

    [Between(0, 1), Describe("Hostility of a group's root community toward another community above which the group raids that community's villages.")]
    public double RaidThreshold { get; init; } = 0.3;

    [NonNegative, Describe("Raids a month per thousand fighters in the region, at hostility 1 (raids = Poisson(raidRate x hostility x fighters / 1000)).")]
    public double RaidRate { get; init; } = 2;

    [NonNegative, Describe("Mean civilians killed per raid (Poisson), in one village of the target community chosen in proportion to its residents.")]
    public double RaidLethality { get; init; } = 2.5;

    [Between(0, 1), Describe("Share of the gap between a community's fear and its starting level closed each month.")]
    public double FearDecay { get; init; } = 0.05;

    [Between(0, 1), Describe("Share of the gap between inter-communal hostility and its starting level closed each month (memories of victimisation fade slowly).")]
    public double HostilityDecay { get; init; } = 0.02;

    [Between(0, 1), Describe("Monthly rise of a community's fear (toward 1) per share of its villagers ruled by an armed group it has no kin ties to (digest 3.10 JG2, 3.3 RC26). 0 turns this off.")]
    public double OccupationFear { get; init; }
}
