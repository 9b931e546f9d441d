namespace StalemateSim.Core.Calibration;

/// <summary>
/// What a search's loss adds to the calibration targets' squared log-ratio misses
/// (<see cref="Evaluation.LossWith"/>).
/// </summary>
/// <param name="CheckWeight">Weight of a stylised-fact check that holds in too few runs (0: checks are ignored).</param>
/// <param name="CheckPenalty">Whether that weight is charged flat or times the squared shortfall.</param>
/// <param name="MissWeight">
/// Added for every calibration target whose simulated median misses its accepted interval. The
/// squared log-ratio alone charges a 40% miss about 0.1, which a search trades away for anything
/// else; a flat charge makes it count the targets it misses, as a reader of the table does.
/// </param>
public sealed record LossWeights(double CheckWeight = 0, CheckPenalty CheckPenalty = CheckPenalty.Squared, double MissWeight = 0)
{
    /// <summary>The calibration targets alone.</summary>
    public static LossWeights TargetsOnly { get; } = new();
}
