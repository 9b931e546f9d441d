namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>What a foreign force mainly does (digest 2(d), 3.5).</summary>
public enum ForeignPosture : byte
{
    CounterTerror,
    Peacekeeping,
    StateSupport,
}
