namespace StalemateSim.Core.Analysis;

/// <summary>End states of a run (digest 7.1), classified by thresholds set in the scenario.</summary>
public enum Outcome : byte
{
    PersistentStalemate,
    NegotiatedSettlement,
    JihadistHegemony,
    StateVictory,
    StateCollapse,
}
