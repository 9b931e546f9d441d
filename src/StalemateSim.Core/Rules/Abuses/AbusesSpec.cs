using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Abuses;

/// <summary>Parameters of the abuses rule: state conduct against profiled communities, impunity, governance (digest 3.4, 3.11).</summary>
public sealed record AbusesSpec : RuleSpec
{
    [NonNegative, Describe("Civilians killed a month per thousand residents of a profiled village, per unit of abuse intensity (abuse × profiling × thousand men engaged in operations).")]
    public double AbuseLethality { get; init; } = 0.05;

    [Between(0, 1), Describe("Rise in grievance per unit of abuse intensity, as a share of the room left below 1 (RC7, IC4).")]
    public double GrievanceGain { get; init; } = 0.3;

    [Between(0, 1), Describe("Fall in trust in the state per unit of abuse intensity, as a share of the trust left (RC7).")]
    public double TrustLoss { get; init; } = 0.3;

    [Between(0, 1), Describe("Most a community's abuse intensity can reach in a month.")]
    public double MaxIntensity { get; init; } = 1;

    [Between(0, 1), Describe("Monthly relaxation of grievance and trust toward their starting levels; slow, because abuses go unpunished (ST14).")]
    public double Relaxation { get; init; } = 0.01;

    [Between(0, 1), Describe("Monthly fall in grievance (share of it) and rise in trust (share of the room left) at full governance reform in the region.")]
    public double GovernanceEffect { get; init; } = 0.02;

    [Between(0, 1), Describe("Monthly fall in grievance (share of it) at full autonomy, times the community's separatism.")]
    public double AutonomyEffect { get; init; } = 0.02;
}
