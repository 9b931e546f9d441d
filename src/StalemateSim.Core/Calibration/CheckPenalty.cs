namespace StalemateSim.Core.Calibration;

/// <summary>How a search's loss counts a stylised-fact check that holds in too few runs.</summary>
public enum CheckPenalty
{
    /// <summary>Weight × (needed share − share)²: near misses cost little, far misses much.</summary>
    Squared,

    /// <summary>Weight for every failing check: the loss counts the facts a candidate gets wrong.</summary>
    Failed,
}
