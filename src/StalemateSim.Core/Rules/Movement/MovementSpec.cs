using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Movement;

/// <summary>Parameters of the movement rule.</summary>
public sealed record MovementSpec : RuleSpec
{
    [Between(0, 1), Describe("Largest share of a group's fighters in a region that can move to neighbouring regions in a month.")]
    public double MoveRate { get; init; } = 0.1;

    [Between(0, 10), Describe("Weight of pressure in the region (the enemy's share of strength there) in pushing fighters out (FF2).")]
    public double PressureWeight { get; init; } = 1.0;

    [Between(0, 10), Describe("Weight of a neighbour's appeal (kin, ideological fit times grievance, no strong enemy) in drawing fighters in (RC14, 7.2.5).")]
    public double AppealWeight { get; init; } = 1.0;

    [Between(0, 10), Describe("Weight of kin ties in a region's appeal.")]
    public double WKin { get; init; } = 1.0;

    [Between(0, 10), Describe("Weight of ideological fit × grievance against the state in a region's appeal (groups at war with the state).")]
    public double WFit { get; init; } = 1.0;

    [NonNegative, Describe("Strength, in fighter-equivalents, against which a region's enemies are measured when judging danger.")]
    public double DangerScale { get; init; } = 500;

    [NonNegative, Describe("Weight of foreign troops in a region's danger for groups at war with the state (FF2: foreign forces push jihadists out of towns into the countryside rather than out of the region). 1: a foreign soldier counts as one of the army's.")]
    public double ForeignDangerWeight { get; init; } = 1.0;

    [Between(0, 1), Describe("Mobility of self-defence militias relative to other groups (they defend their own villages).")]
    public double SelfDefenceMobility { get; init; } = 0.1;

    [NonNegative, Describe("Fighters below which a group does not split its presence further.")]
    public double MinFighters { get; init; } = 20;
}
