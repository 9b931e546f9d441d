using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Territory;

/// <summary>
/// Parameters of the territory rule: who holds each capital, district centre and village (digest 3.4
/// ST1, ST8; 3.5 FF1, FF2; 3.10 JG7). The state's level factors (capital, district, village) are
/// the scenario's <c>reach</c> section.
/// </summary>
public sealed record TerritorySpec : RuleSpec
{
    [Between(0, 1), Describe("Monthly probability of taking a place per unit of strength ratio above 1 + hysteresis.")]
    public double FlipRate { get; init; } = 0.1;

    [Between(0, 10), Describe("Margin of strength ratio above 1 a challenger needs before it can take a place (holders are sticky).")]
    public double Hysteresis { get; init; } = 0.2;

    [NonNegative, Describe("Strength of a counter-terror or state-support foreign soldier for the state side, in army-soldier units.")]
    public double ForeignWeight { get; init; } = 1;

    [NonNegative, Describe("Strength of a peacekeeper for the state side (peacekeepers guard towns but do not retake them).")]
    public double PeacekeeperWeight { get; init; } = 0.3;

    [Between(0, 1), Describe("How much jihadists give up towns under full foreign pressure: their strength at towns is × (1 − aversion × pressure) (FF2, JG7).")]
    public double JihadistTownAversion { get; init; } = 0.8;

    [NonNegative, Describe("Foreign troops in a region at which foreign pressure is one half (pressure = troops / (troops + scale)).")]
    public double ForeignPressureScale { get; init; } = 1_000;

    [NonNegative, Describe("Weight of foreign troops elsewhere in the country in a region's foreign pressure, beside the troops in the region (JG7: jihadists cannot openly govern while foreign forces stay; counter-terror forces strike across the country). 0: only local troops.")]
    public double NationalPressureWeight { get; init; }

    [NonNegative, Describe("How much the residents' resentment of a predatory group holder helps a challenger: the strength ratio is × (1 + weight × resentment) (JG5; see the predation rule).")]
    public double ResentmentWeight { get; init; }

    [NonNegative, Describe("Strength any place opposes to a challenger, held or ungoverned: local police, guards or armed bands (strength units, about fighters).")]
    public double LocalResistance { get; init; } = 100;

    [NonNegative, Describe("Fighters a group needs in a region to hold or contest places there; remnants below it count as gone.")]
    public double MinPresence { get; init; } = 10;

    [NonNegative, Describe("Defeats added to the state when it loses a regional capital or district centre (see StateDefeats).")]
    public double TownDefeat { get; init; } = 1;

    [Between(0, 1), Describe("Share of the state's soldiers in a region killed when an armed group takes one of its towns (overrun garrisons, captured soldiers executed: digest 2(a) MNLA, 5 Jan 2012, 3.4 ST16). 0 turns it off.")]
    public double GarrisonLoss { get; init; }

    [Between(0, 1), Describe("Share of their strength that allies present lend to a challenger or a holding group (digest 3.2 AL1: coalitions take towns together).")]
    public double CoalitionWeight { get; init; } = 1;

    [Between(0, 1), Describe("Share of a group's regional strength it can bring to any one village (groups cannot be everywhere either; the state's share is the scenario's reach.village).")]
    public double GroupVillageReach { get; init; } = 1;

    [NonNegative, Describe("Resistance a village's residents put up against a challenger they have no kin ties to, per thousand residents (0: only localResistance).")]
    public double ResistancePerThousand { get; init; }

    [NonNegative, Describe("Village residents one fighter can keep under a group's rule. A group holding more villagers in a region than its fighters there × residentsPerFighter is overextended: its strength at every village there is × capacity / residents held (JG2, JG3: ruling villages takes men on the ground). 0: no limit.")]
    public double ResidentsPerFighter { get; init; }

    [Between(0, 1), Describe("Share of the foreign troops' weight that counts for the state side when the state contests a place with a group that is not jihadist, taking it or holding it (AL6: France worked with the MNLA in 2013 rather than fighting it; foreign forces fight jihadists). 1: no distinction.")]
    public double ForeignShareAgainstRebels { get; init; } = 1;
}
