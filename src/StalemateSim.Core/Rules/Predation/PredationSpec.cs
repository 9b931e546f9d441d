using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Predation;

/// <summary>
/// Parameters of the predation rule: armed groups preying on the people of the places they hold,
/// and the resentment that lets rivals displace them (digest 3.10 JG4, JG5; 3.3 RC11; 3.11 IC7).
/// </summary>
public sealed record PredationSpec : RuleSpec
{
    [NonNegative, Describe("Weight of a holder's opportunism (1 − cohesion) in its predation: loosely held ranks loot (RC11, JG5).")]
    public double Opportunism { get; init; } = 1;

    [NonNegative, Describe("Weight of harsh rule: how far the holder's islamism exceeds the residents' (JG4: punishments, destroyed shrines).")]
    public double HarshRule { get; init; }

    [Between(0, 1), Describe("How far kinship restrains predation: intensity is × (1 − kinRestraint × kin). 1: kin are spared in full; the MNLA preyed on its own kin too (JG5).")]
    public double KinRestraint { get; init; } = 1;

    [NonNegative, Describe("Civilians killed a month per thousand residents at predation intensity 1.")]
    public double Lethality { get; init; } = 0.05;

    [Between(0, 1), Describe("Monthly rise in the residents' resentment of their holder at intensity 1, as a share of the room left below 1.")]
    public double ResentmentGain { get; init; } = 0.1;

    [Between(0, 1), Describe("Monthly fall in resentment, as a share of it: grievances fade when predation stops.")]
    public double ResentmentDecay { get; init; } = 0.05;
}
