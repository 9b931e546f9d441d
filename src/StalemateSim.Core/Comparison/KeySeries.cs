using StalemateSim.Core.Analysis;
using StalemateSim.Core.MonteCarlo;

namespace StalemateSim.Core.Comparison;

/// <summary>
/// What a comparison keeps of one run: its outcome and the few monthly series its metrics need
/// (<see cref="ComparisonMetrics.SeriesNeeded"/>), copied out of the full trajectory so that a batch
/// of runs holds a few kilobytes each rather than every metric and the world.
/// </summary>
public sealed class KeySeries
{
    private static readonly int[] DeathsOnly = [0];

    private KeySeries(Outcome outcome, Trajectory series)
    {
        Outcome = outcome;
        Trajectory = series;
    }

    public Outcome Outcome { get; }

    /// <summary>The kept series as a small trajectory, in the order of <see cref="ComparisonMetrics.SeriesNeeded"/>.</summary>
    public Trajectory Trajectory { get; }

    public int Months => Trajectory.Months;

    /// <summary>The i-th kept series; a metric the run did not record reads as NaN.</summary>
    public ReadOnlySpan<double> Series(int i) => Trajectory.Series(i);

    /// <summary>Maps an aggregator over ["deaths"] to this run's kept series.</summary>
    public static int[] DeathsIndex => DeathsOnly;

    public static KeySeries Of(RunResult run)
    {
        Trajectory full = run.Trajectory;
        var kept = new Trajectory(ComparisonMetrics.SeriesNeeded, full.Months);
        for (int i = 0; i < ComparisonMetrics.SeriesNeeded.Count; i++)
        {
            int m = full.IndexOf(ComparisonMetrics.SeriesNeeded[i]);
            Span<double> target = kept.Values.AsSpan(i * full.Months, full.Months);
            if (m < 0)
            {
                target.Fill(double.NaN);
            }
            else
            {
                full.Series(m).CopyTo(target);
            }
        }

        return new KeySeries(run.Outcome, kept);
    }
}
