using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Accords;

/// <summary>Parameters of the accords rule (digest 3.1 SP1, SP2, SP13; 3.8 EA1, EA3, EA4, EA9, EA11; 7.2.12, 7.2.17).</summary>
public sealed record AccordsSpec : RuleSpec
{
    [NonNegative, Describe("Fewest fighters a group needs to be offered a seat.")]
    public double MinFighters { get; init; } = 50;

    [Between(0, 1), Describe("Monthly signing probability of an eligible group at an infinitely valuable seat and full pressure; p = signRate x seat / (seat + seatScale) x pressure (x the state's willingness to talk to jihadists, for jihadists).")]
    public double SignRate { get; init; } = 1;

    [Between(0.001, 1_000_000), Describe("Seat value at which the seat's pull on signing is half its maximum, thousand USD a month.")]
    public double SeatScale { get; init; } = 100;

    [Between(0, 1), Describe("Weight of military pressure in the pressure to sign: pressure = talkStance x (1 - w + w x the state side's share of strength where the group's fighters are).")]
    public double MilitaryPressure { get; init; } = 0.5;

    [Between(-1, 1), Describe("Lowest stance toward the state a signatory keeps while in the framework: at 0.1 it is no longer at war with the state (ceasefire, EA11).")]
    public double SignatoryStance { get; init; } = 0.1;

    [Between(-1, 1), Describe("Highest stance toward the state of a group excluded from the accord: it turns spoiler (SP2, EA3, 7.2.17).")]
    public double SpoilerStance { get; init; } = -0.3;

    [Between(0, 2), Describe("Affinity lost a month between each spoiler and each signatory (spoilers are hostile to signatories; the alliances rule reads affinity).")]
    public double SpoilerEnmity { get; init; } = 0.1;

    [Between(0, 1), Describe("Implementation gained a month at full participation, times (1 - implementation); scaled by the signatories' share of the fighters of groups in the process.")]
    public double ImplementationRate { get; init; } = 0.03;

    [NonNegative, Describe("Implementation lost a month per million USD a month of elite rents (ledger, from the eliteRents rule): elites resist settlements that empower citizens (EB1, EB3, EB5).")]
    public double RentDrag { get; init; } = 0.1;

    [NonNegative, Describe("Implementation lost a month per thousand signatory fighters killed that month (clashes and attacks on signatories stall implementation, EA3, EA4).")]
    public double FightingDrag { get; init; } = 0.2;

    [Between(0, 1), Describe("Monthly probability that a signatory withdraws at zero implementation: p = withdrawRate x (1 - implementation) + lossWithdraw x losses / fighters (EA4, 7.2.12: periodic withdrawals).")]
    public double WithdrawRate { get; init; } = 0.02;

    [Between(0, 10), Describe("Added withdrawal probability per unit share of a signatory's fighters lost that month (the CMA left after the Platform took Anefis, Aug 2015).")]
    public double LossWithdraw { get; init; } = 0.5;

    [Between(0, 1), Describe("Share of the way back to its pre-signing stance a withdrawing group's stance moves.")]
    public double WithdrawReversion { get; init; } = 0.5;

    [Between(0, 1), Describe("Kin tie at or above which a group counts as rooted in a community (for autonomy bargains).")]
    public double RootedKin { get; init; } = 0.5;

    [NonNegative, Describe("Money a month, thousand USD, to each non-jihadist group rooted in a region granted full autonomy, times the autonomy (an intra-elite bargain, digest 4 'provisional autonomy for Kidal').")]
    public double AutonomySeat { get; init; } = 50;

    [Between(-1, 1), Describe("Stance toward the state that autonomy draws rooted groups up to.")]
    public double AutonomyStance { get; init; } = 0.3;

    [Between(0, 1), Describe("Share of the gap to autonomyStance closed a month at full autonomy.")]
    public double AutonomyStanceRate { get; init; } = 0.1;
}
