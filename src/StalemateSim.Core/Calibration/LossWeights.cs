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
/// <param name="ItemWeights">
/// Multipliers by target or check id (1 for any not listed): a target's distance and miss charge, or
/// a check's charge, count this many times. A fit can so weigh the figures a study rests on above
/// the secondary ones without touching the targets file.
/// </param>
public sealed record LossWeights(
    double CheckWeight = 0,
    CheckPenalty CheckPenalty = CheckPenalty.Squared,
    double MissWeight = 0,
    IReadOnlyDictionary<string, double>? ItemWeights = null)
{
    /// <summary>The calibration targets alone.</summary>
    public static LossWeights TargetsOnly { get; } = new();

    /// <summary>The multiplier of target or check <paramref name="id"/>: its item weight, else 1.</summary>
    public double For(string id) => ItemWeights is not null && ItemWeights.TryGetValue(id, out double w) ? w : 1;
}
