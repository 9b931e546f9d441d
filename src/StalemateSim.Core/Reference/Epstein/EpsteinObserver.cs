using StalemateSim.Core.Analysis;

namespace StalemateSim.Core.Reference.Epstein;

/// <summary>
/// Samples an <see cref="EpsteinModel"/> after each step into the column arrays of a
/// <see cref="Trajectory"/> (one "month" per step): the counts of quiet, active and jailed
/// citizens. The model never sees the observer; recording allocates nothing.
/// </summary>
public sealed class EpsteinObserver
{
    public const string Quiet = "quiet";
    public const string Active = "active";
    public const string Jailed = "jailed";

    /// <summary>Column indices in <see cref="Trajectory"/>.</summary>
    public const int QuietColumn = 0;
    public const int ActiveColumn = 1;
    public const int JailedColumn = 2;

    /// <summary>An observer with room for <paramref name="steps"/> records.</summary>
    public EpsteinObserver(int steps)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(steps);
        Trajectory = new Trajectory([Quiet, Active, Jailed], steps);
    }

    /// <summary>Record i (from 0) holds the counts after step i + 1.</summary>
    public Trajectory Trajectory { get; }

    /// <summary>Records made so far.</summary>
    public int Recorded { get; private set; }

    public ReadOnlySpan<double> QuietSeries => Trajectory.Series(QuietColumn)[..Recorded];

    public ReadOnlySpan<double> ActiveSeries => Trajectory.Series(ActiveColumn)[..Recorded];

    public ReadOnlySpan<double> JailedSeries => Trajectory.Series(JailedColumn)[..Recorded];

    /// <summary>Records the model's current counts as the next row.</summary>
    public void Record(EpsteinModel model)
    {
        if (Recorded >= Trajectory.Months)
        {
            throw new InvalidOperationException($"The observer has room for {Trajectory.Months} steps only.");
        }

        Trajectory[QuietColumn, Recorded] = model.QuietCount;
        Trajectory[ActiveColumn, Recorded] = model.ActiveCount;
        Trajectory[JailedColumn, Recorded] = model.JailedCount;
        Recorded++;
    }

    /// <summary>Steps <paramref name="model"/> <paramref name="steps"/> times, recording after each step.</summary>
    public static EpsteinObserver Run(EpsteinModel model, int steps)
    {
        var observer = new EpsteinObserver(steps);
        for (int i = 0; i < steps; i++)
        {
            model.Step();
            observer.Record(model);
        }

        return observer;
    }
}
