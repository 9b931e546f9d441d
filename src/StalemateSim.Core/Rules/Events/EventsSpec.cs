using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Events;

/// <summary>Parameters of the scheduled-events rule.</summary>
public sealed record EventsSpec : RuleSpec
{
    [Between(0, 1), Describe("Share of soldiers deployed where armed groups are at war with the state that a coup loses (the collapse of a regional command, digest 3.4 ST16), times the coup's severity.")]
    public double CoupCommandCollapse { get; init; } = 0.6;
}
