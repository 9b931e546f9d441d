using StalemateSim.Core.Analysis;

namespace StalemateSim.Core.MonteCarlo;

/// <summary>What one finished run leaves behind: its identity, outcome, summary columns and (optionally) its trajectory.</summary>
public sealed record RunResult(
    long Index,
    ulong Seed,
    Outcome Outcome,
    double[] Summary,
    IReadOnlyDictionary<string, double> Sampled,
    Trajectory Trajectory,
    Model.World World);
