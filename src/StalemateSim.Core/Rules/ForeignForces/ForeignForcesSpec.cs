using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.ForeignForces;

/// <summary>Parameters of the foreign-forces rule: counter-terrorism, attacks on foreign troops, partnerships (digest 3.5).</summary>
public sealed record ForeignForcesSpec : RuleSpec
{
    [Between(0, 1), Describe("Counter-terrorism against hostile separatist groups, as a share of its effect on jihadists.")]
    public double CtOnRebels { get; init; } = 0.2;

    [NonNegative, Describe("Weight of held territory in counter-terror losses: towns are easy targets (FF1).")]
    public double HeldWeight { get; init; } = 1;

    [NonNegative, Describe("Weight of dispersed (rural, guerrilla) presence in counter-terror losses (FF2).")]
    public double DispersedWeight { get; init; } = 0.15;

    [Between(0, 1), Describe("Largest share of a group's fighters in a region counter-terrorism can kill in a month.")]
    public double MaxCtLoss { get; init; } = 0.25;

    [NonNegative, Describe("Attacks on foreign forces a month per thousand jihadist fighters, at a full foreign share of the targets there.")]
    public double AttackRate { get; init; } = 0.6;

    [NonNegative, Describe("Extra attacks on foreign forces, as a multiple of attackRate, by a jihadist group that holds no town anywhere (FF2, FF8: driven from the cities, jihadists bleed the foreign forces). 0 turns it off.")]
    public double GuerrillaShift { get; init; }

    [NonNegative, Describe("Months jihadists take to absorb a newly deployed foreign force: m months after it arrived, its attraction × troops count × min(1, (m + 1) / absorptionMonths) among the targets jihadists weigh and choose from (FF12: jihadists first avoid battle with a new foreign force, then counter-attack once they have absorbed it). 0 turns it off.")]
    public double AbsorptionMonths { get; init; }

    [NonNegative, Describe("Weight of national soldiers as alternative targets, per soldier, against foreign troops weighted by their attraction.")]
    public double ArmyTargetWeight { get; init; } = 0.5;

    [NonNegative, Describe("Attacks on the national army a month per thousand hostile jihadist fighters in a region, at a full army share of the targets there (armyTargetWeight × soldiers against the foreign forces' weight): the attacks aimed at the other side of the same choice (FF3, FF4; e.g. Nampala, Jul 2016). 0 turns it off.")]
    public double ArmyAttackRate { get; init; }

    [Between(0, 1), Describe("Share of armyAttackRate at which a group that holds a town (a regional capital or district centre) anywhere attacks the army: holding cities, jihadists fight for them (the territory rule) rather than raid soldiers; driven from them, they raid (FF2; Nampala, 2016). 1: every group alike.")]
    public double ArmyAttackTownHolderShare { get; init; } = 1;

    [NonNegative, Describe("Mean soldiers killed per attack on the army (Poisson).")]
    public double DeathsPerArmyAttack { get; init; } = 2;

    [NonNegative, Describe("Mean foreign troops killed per attack (Poisson).")]
    public double DeathsPerAttack { get; init; } = 0.5;

    [NonNegative, Describe("Funding of a partnered pro-government group, thousand USD a month at full militia support.")]
    public double PartnerFunding { get; init; } = 100;

    [Between(0, 2), Describe("Monthly fall in jihadist groups' affinity toward a partnered group, at full militia support: partners become prime targets (AL10, FF5).")]
    public double PartnerTargeting { get; init; } = 1;
}
