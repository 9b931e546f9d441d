using StalemateSim.Core.Analysis;

namespace StalemateSim.Core.MonteCarlo;

/// <summary>How many runs ended in each outcome.</summary>
public sealed class OutcomeCounts
{
    public static readonly Outcome[] All = Enum.GetValues<Outcome>();

    private readonly long[] _counts = new long[All.Length];

    public long Total { get; private set; }

    public long this[Outcome outcome] => _counts[(int)outcome];

    public void Add(Outcome outcome, long count = 1)
    {
        _counts[(int)outcome] += count;
        Total += count;
    }

    public void Merge(OutcomeCounts other)
    {
        foreach (Outcome o in All)
        {
            Add(o, other[o]);
        }
    }

    public double Share(Outcome outcome) => Total > 0 ? (double)this[outcome] / Total : 0;

    /// <summary>The widest 95% Wilson half-width over outcomes (used for adaptive stopping).</summary>
    public double WidestHalfWidth()
    {
        double widest = 0;
        foreach (Outcome o in All)
        {
            widest = Math.Max(widest, WilsonInterval.HalfWidth(this[o], Total));
        }

        return widest;
    }
}
