namespace StalemateSim.Core.Comparison;

/// <summary>
/// Running statistics of one metric over paired runs (baseline value, arm value), added in run
/// order so the result does not depend on threads: sums (for the means, exact for whole numbers) and
/// Welford sums of squares (for the variances) of the baseline, the arm and their per-run difference, and the pairs where either side is higher (the
/// discordant pairs of an indicator). The differences themselves are kept only when a bootstrap
/// needs them (O(N) doubles); otherwise memory is constant in the number of runs.
/// </summary>
public sealed class PairedAccumulator(bool keepDifferences)
{
    private readonly List<double>? _differences = keepDifferences ? [] : null;
    private Moments _baseline;
    private Moments _arm;
    private Moments _difference;

    /// <summary>Pairs added (pairs with a NaN on either side are left out).</summary>
    public long Count { get; private set; }

    public double BaselineMean => Count > 0 ? _baseline.Sum / Count : double.NaN;

    public double ArmMean => Count > 0 ? _arm.Sum / Count : double.NaN;

    /// <summary>Mean of the per-run differences (arm − baseline); exactly 0 when every difference is.</summary>
    public double DifferenceMean => Count > 0 ? _difference.Sum / Count : double.NaN;

    public double BaselineVariance => Count > 1 ? _baseline.M2 / (Count - 1) : double.NaN;

    public double ArmVariance => Count > 1 ? _arm.M2 / (Count - 1) : double.NaN;

    /// <summary>Sample variance of the per-run differences.</summary>
    public double DifferenceVariance => Count > 1 ? _difference.M2 / (Count - 1) : double.NaN;

    /// <summary>Pairs where the arm's value is above the baseline's (for an indicator: the arm has the outcome and the baseline not).</summary>
    public long ArmHigher { get; private set; }

    /// <summary>Pairs where the baseline's value is above the arm's.</summary>
    public long BaselineHigher { get; private set; }

    /// <summary>Pairs whose difference is not exactly zero.</summary>
    public long NonZero => ArmHigher + BaselineHigher;

    /// <summary>The per-run differences in run order; empty unless kept.</summary>
    public IReadOnlyList<double> Differences => _differences ?? [];

    public void Add(double baseline, double arm)
    {
        if (double.IsNaN(baseline) || double.IsNaN(arm))
        {
            return;
        }

        double difference = arm - baseline;
        Count++;
        _baseline.Add(baseline, Count);
        _arm.Add(arm, Count);
        _difference.Add(difference, Count);
        if (difference > 0)
        {
            ArmHigher++;
        }
        else if (difference < 0)
        {
            BaselineHigher++;
        }

        _differences?.Add(difference);
    }

    private struct Moments
    {
        public double Sum;
        public double Mean;
        public double M2;

        public void Add(double x, long count)
        {
            Sum += x;
            double delta = x - Mean;
            Mean += delta / count;
            M2 += delta * (x - Mean);
        }
    }
}
