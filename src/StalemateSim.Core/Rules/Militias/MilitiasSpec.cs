using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Militias;

/// <summary>Parameters of the militias rule: when frightened communities with a base for self-defence arm themselves (digest 3.3 RC6, RC17, RC18; 3.4 ST2; 3.11 IC1).</summary>
public sealed record MilitiasSpec : RuleSpec
{
    [Between(0, 1), Describe("Fear above which a community considers arming itself (RC6).")]
    public double FearThreshold { get; init; } = 0.4;

    [Between(0, 1), Describe("Self-defence base (hunters' associations, veterans) above which a community can raise a militia (RC17, RC18).")]
    public double BaseThreshold { get; init; } = 0.3;

    [NonNegative, Describe("Veterans as a base for self-defence (RC18: the Peul who fought in 2012 became the base for later militias of every kind): a community's base is its selfDefenceBase + veteranBase × the share of its youth (population × youth share) who have joined an armed group since the run began, at most 1. 0 turns this off.")]
    public double VeteranBase { get; init; }

    [Between(0, 1), Describe("Monthly probability of forming, per unit of (fear − fearThreshold) × self-defence base.")]
    public double FormationRate { get; init; } = 0.5;

    [Between(0, 1), Describe("Share of the community's youth (residents × youth share) who take up arms when the militia forms.")]
    public double InitialShare { get; init; } = 0.05;

    [NonNegative, Describe("Fewest fighters a militia can start with: a community with fewer armed youth raises none (keep it at upkeep's minFighters, below which the next month's upkeep dissolves a group). 0: no minimum.")]
    public double MinFighters { get; init; }

    [Between(0, 1), Describe("How far a new militia leans toward the state (stance), times 1 − the community's profiling.")]
    public double Stance { get; init; } = 0.5;

    [Between(0, 1), Describe("Arms of a new militia (hunting rifles, relative to the best-armed actor).")]
    public double InitialArms { get; init; } = 0.2;

    [NonNegative, Describe("Money a new militia starts with per fighter, thousand USD (the community's contributions).")]
    public double StartingMoneyPerFighter { get; init; } = 0.3;

    [NonNegative, Describe("State funding of a new militia per founding fighter, thousand USD a month, before the state's militia-funding multiplier (ST2).")]
    public double StateFundingPerFighter { get; init; } = 0.1;

    [Between(0, 1), Describe("A community profiled by the state at or above this level gets no state funding for its militia.")]
    public double ProfiledAt { get; init; } = 0.3;

    [Between(0, 1), Describe("Ambition of the commander who leads a new militia.")]
    public double LeaderAmbition { get; init; } = 0.5;

    [Between(0, 1), Describe("Stance toward the state at or above which a militia raised by a community notable counts as pro-government.")]
    public double ProGovernmentAt { get; init; } = 0.6;
}
