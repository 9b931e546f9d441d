using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Model;

/// <summary>A scenario event compiled to indices, applied by the events rule at its tick.</summary>
public sealed record ScheduledEvent(
    string Id,
    int Tick,
    EventType Type,
    int Force,
    double? Troops,
    int[] Regions,
    double Severity,
    int Months,
    bool? Inclusive,
    double? SeatValue,
    PolicySetting[] Settings);
