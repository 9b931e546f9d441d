using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Alliances;

/// <summary>Parameters of the alliances rule: affinity, alliances with hysteresis, blocs and jihadist mergers (digest 3.2, 3.1 SP14).</summary>
public sealed record AlliancesSpec : RuleSpec
{
    [Between(0, 1), Describe("Share of the gap between affinity and its target closed each month.")]
    public double Adjust { get; init; } = 0.2;

    [Between(0, 5), Describe("Weight of a shared enemy where both groups are present (AL1, AL7), in affinity units per unit of threat.")]
    public double WShared { get; init; } = 1.0;

    [Between(0, 2), Describe("Weight of shared kin: the strongest common identity of the two groups' base communities (AL3).")]
    public double WKin { get; init; } = 0.3;

    [Between(0, 2), Describe("Weight of ideological closeness, 1 - 2|difference in islamism|, in [-1,1].")]
    public double WIdeology { get; init; } = 0.3;

    [Between(0, 2), Describe("Weight of a common patron: a funding group, state funding of both, or the same foreign partner (AL6, AL10).")]
    public double WPatron { get; init; } = 0.3;

    [Between(0, 2), Describe("Weight of the rivalry between the two leaders, in [0,1] (AL12).")]
    public double WRivalry { get; init; } = 0.5;

    [Between(0, 2), Describe("Weight of territorial competition: overlapping presence where no common enemy threatens (AL2).")]
    public double WCompetition { get; init; } = 0.6;

    [Between(0, 1), Describe("Share of territorial competition that a shared vision removes: between groups of equal islamism competition counts (1 - this), between opposite ones in full (AL2: rival visions and competition together break coalitions; AL9: like-minded jihadists coordinate).")]
    public double SharedVisionRelief { get; init; } = 0.5;

    [Between(0, 2), Describe("Weight of foreign troops in the state side's strength when measuring the state as a common enemy (per soldier).")]
    public double ForeignWeight { get; init; } = 0.5;

    [Between(-1, 1), Describe("Affinity above which two groups ally.")]
    public double FormAt { get; init; } = 0.35;

    [Between(-1, 1), Describe("Affinity below which an alliance breaks (hysteresis: below formAt).")]
    public double BreakAt { get; init; } = 0.1;

    [Between(-1, 1), Describe("Affinity below which two groups that are not allied fight when they meet.")]
    public double HostileAt { get; init; } = -0.1;

    [Between(0, 600), Describe("Months two jihadist groups must have been allied before they can merge (AL9).")]
    public int MergeAfter { get; init; } = 12;

    [Between(0, 1), Describe("Largest difference in islamism between two jihadist allies that can merge.")]
    public double MergeGap { get; init; } = 0.3;

    [Between(0, 1), Describe("Monthly probability that an eligible pair of jihadist allies merges (SP14).")]
    public double MergeRate { get; init; } = 0.05;

    [Between(0, 1), Describe("Monthly share of a jihadist group's fighters that move to its largest allied jihadist group, when that one is larger (AL9: individuals move between allied groups). 0 turns it off.")]
    public double PoolRate { get; init; }
}
