using StalemateSim.Core.Scenarios;

namespace StalemateSim.Core.Comparison;

/// <summary>
/// One arm of a comparison: the baseline scenario with one or more lever overlays on top.
/// </summary>
/// <param name="Id">Short id (the lever file's name without extension, or <c>combined</c>): the <c>arm</c> column of comparison.csv.</param>
/// <param name="Label">Plain-words name (the lever's own <c>name</c>).</param>
/// <param name="LeverFiles">The lever files layered on the baseline, in order.</param>
/// <param name="Scenario">The loaded arm.</param>
/// <param name="Onset">The first tick at which the arm differs from the baseline (0 when it changes nothing).</param>
/// <param name="ChangesAnything">False for a lever that changes only names and notes.</param>
public sealed record ComparisonArm(string Id, string Label, IReadOnlyList<string> LeverFiles, CompiledScenario Scenario, int Onset, bool ChangesAnything)
{
    /// <summary>The onset as a calendar month.</summary>
    public DateOnly OnsetDate
    {
        get
        {
            (int year, int month) = WorldBuilder.ParseMonth(Scenario.Spec.Start);
            return new DateOnly(year, month, 1).AddMonths(Onset);
        }
    }
}
