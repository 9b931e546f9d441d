using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.EliteRents;

/// <summary>Parameters of the elite-rents rule (digest 3.6 EB1–EB14, 3.7 AS1–AS5, 3.4 ST6).</summary>
public sealed record EliteRentsSpec : RuleSpec
{
    [Between(0, 1), Describe("Share of the flows a leader brokers (state funding received, foreign partner funding, an accord seat, trafficking through towns held) that he keeps as personal rents (EB14, ST6).")]
    public double BrokerShare { get; init; } = 0.2;

    [NonNegative, Describe("Trafficking flow through one town (regional capital or district centres) held at full trafficking access, thousand USD a month; the rents proxy is this x access x towns held (EB10).")]
    public double TraffickingValue { get; init; } = 50;

    [Between(0, 1), Describe("Monthly hazard that a group's top leader is killed, in ordinary times. Assassinations of top leaders are rare: a handful from 2011 to 2018 (AS1, 7.2.6).")]
    public double LeaderHazard { get; init; } = 0.001;

    [Between(1, 1000), Describe("Multiplier on the leader hazard when the group is hostile to a stronger group in a region where both are present: restraint breaks when relations between blocs sour (AS3).")]
    public double SouredMultiplier { get; init; } = 3;

    [Between(0, 1), Describe("Monthly hazard that a jihadist group's leader is killed by foreign counter-terrorism, per thousand counter-terror or state-support foreign troops where the group's fighters are (presence-weighted) (AS5).")]
    public double CtKillHazard { get; init; } = 0.002;

    [Between(0, 1), Describe("Cohesion a group loses when its leader is killed (SP8: regrouping follows a leader's death).")]
    public double LeaderLossShock { get; init; } = 0.15;

    [Between(0, 1), Describe("Village heads killed a month per real village at full jihadist presence, in villages jihadists hold or contest and in state-held villages of regions where jihadists operate (AS4). Expected kills in a village agent = rate x presence x residents / villagePopulation.")]
    public double VillageHeadRate { get; init; } = 0.002;

    [NonNegative, Describe("Jihadist fighters in a region at which their presence factor fighters / (fighters + this) is one half.")]
    public double VillageHeadHalfFighters { get; init; } = 300;

    [Between(1, 1_000_000), Describe("People in a typical real village (one village head each), used to make village-head killings independent of how finely a scenario splits communities into village agents.")]
    public double VillagePopulation { get; init; } = 1000;

    [Between(0, 1), Describe("Probability that a state-held village whose head is killed is lost to the state (owner becomes none), scaled down by villagePopulation / village size for village agents standing for several villages (AS4: killing village heads is a tactic for taking control).")]
    public double VillageHeadControlLoss { get; init; } = 0.5;
}
