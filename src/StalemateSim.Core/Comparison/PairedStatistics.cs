using MathNet.Numerics.Distributions;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Comparison;

/// <summary>
/// Intervals for the difference between two arms run on common random numbers. Key metrics: the
/// paired t interval on per-run differences (MathNet's Student t), or a deterministic percentile
/// bootstrap of the mean difference seeded from our generator. Outcome probabilities: the Bonett–Price
/// adjusted Wald interval for paired proportions, which stays honest when few or no runs change
/// outcome. Also the Welch interval of two independent samples, to show what pairing saves.
/// </summary>
public static class PairedStatistics
{
    /// <summary>Two-sided critical value of Student's t with <paramref name="degreesOfFreedom"/>.</summary>
    public static double TCritical(double degreesOfFreedom, double confidence) =>
        StudentT.InvCDF(0, 1, degreesOfFreedom, 1 - ((1 - confidence) / 2));

    /// <summary>Two-sided critical value of the standard normal.</summary>
    public static double ZCritical(double confidence) => Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));

    /// <summary>
    /// The paired t interval: mean difference ± t(n−1) × sd / √n. Exactly [d, d] when every
    /// difference is the same (as for a lever that changes nothing); undefined for n &lt; 2.
    /// </summary>
    public static ConfidenceInterval PairedT(long n, double meanDifference, double differenceVariance, double confidence = 0.95)
    {
        if (n < 2 || double.IsNaN(differenceVariance))
        {
            return ConfidenceInterval.None;
        }

        if (differenceVariance <= 0)
        {
            return new ConfidenceInterval(meanDifference, meanDifference);
        }

        double half = TCritical(n - 1, confidence) * Math.Sqrt(differenceVariance / n);
        return new ConfidenceInterval(meanDifference - half, meanDifference + half);
    }

    public static ConfidenceInterval PairedT(PairedAccumulator a, double confidence = 0.95) =>
        PairedT(a.Count, a.DifferenceMean, a.DifferenceVariance, confidence);

    /// <summary>
    /// Welch's interval for the difference of means of two independent samples (what running the
    /// arm on other seeds would give): (meanB − meanA) ± t(ν) × √(varA/nA + varB/nB).
    /// </summary>
    public static ConfidenceInterval Welch(long nA, double meanA, double varianceA, long nB, double meanB, double varianceB, double confidence = 0.95)
    {
        if (nA < 2 || nB < 2 || double.IsNaN(varianceA) || double.IsNaN(varianceB))
        {
            return ConfidenceInterval.None;
        }

        double d = meanB - meanA;
        double sa = varianceA / nA, sb = varianceB / nB;
        double se2 = sa + sb;
        if (se2 <= 0)
        {
            return new ConfidenceInterval(d, d);
        }

        double nu = (se2 * se2) / ((sa * sa / (nA - 1)) + (sb * sb / (nB - 1)));
        double half = TCritical(nu, confidence) * Math.Sqrt(se2);
        return new ConfidenceInterval(d - half, d + half);
    }

    /// <summary>
    /// The half-width the Welch interval would have if the same runs had been made on independent
    /// seeds: estimated from each arm's own variance over the paired runs (the variances of each arm do
    /// not depend on whether seeds are shared; only the covariance, which pairing removes, does).
    /// </summary>
    public static double UnpairedHalfWidth(PairedAccumulator a, double confidence = 0.95) =>
        Welch(a.Count, a.BaselineMean, a.BaselineVariance, a.Count, a.ArmMean, a.ArmVariance, confidence).HalfWidth;

    /// <summary>
    /// Bonett and Price's (2012) adjusted Wald interval for the difference of two paired proportions:
    /// with b = runs where only the arm has the outcome and c = runs where only the baseline has it,
    /// p̃b = (b+1)/(n+2), p̃c = (c+1)/(n+2), interval p̃b − p̃c ± z √((p̃b + p̃c − (p̃b − p̃c)²)/(n+2)),
    /// clipped to [−1, 1]. When no run changes outcome it is about ±2.8/n wide, not zero.
    /// </summary>
    public static ConfidenceInterval PairedProportions(long n, long armOnly, long baselineOnly, double confidence = 0.95)
    {
        if (n < 1)
        {
            return ConfidenceInterval.None;
        }

        double pb = (armOnly + 1.0) / (n + 2.0);
        double pc = (baselineOnly + 1.0) / (n + 2.0);
        double d = pb - pc;
        double half = ZCritical(confidence) * Math.Sqrt(Math.Max(0, pb + pc - (d * d)) / (n + 2.0));
        return new ConfidenceInterval(Math.Max(-1, d - half), Math.Min(1, d + half));
    }

    /// <summary>
    /// Percentile bootstrap of the mean of <paramref name="differences"/>: <paramref name="resamples"/>
    /// resamples of n with replacement, drawn from our xoshiro256** seeded with <paramref name="seed"/>,
    /// so the interval is the same on every machine and thread count. [d, d] when all differences are equal.
    /// </summary>
    public static ConfidenceInterval Bootstrap(IReadOnlyList<double> differences, ulong seed, int resamples, double confidence = 0.95)
    {
        int n = differences.Count;
        if (n < 2 || resamples < 1)
        {
            return ConfidenceInterval.None;
        }

        double first = differences[0];
        bool constant = true;
        for (int i = 1; i < n && constant; i++)
        {
            constant = differences[i] == first;
        }

        if (constant)
        {
            return new ConfidenceInterval(first, first);
        }

        var random = new Xoshiro256StarStar(seed);
        var means = new double[resamples];
        for (int b = 0; b < resamples; b++)
        {
            double sum = 0;
            for (int i = 0; i < n; i++)
            {
                sum += differences[random.NextInt(n)];
            }

            means[b] = sum / n;
        }

        Array.Sort(means);
        double alpha = (1 - confidence) / 2;
        return new ConfidenceInterval(NearestRank(means, alpha), NearestRank(means, 1 - alpha));
    }

    private static double NearestRank(double[] sorted, double q)
    {
        int rank = (int)Math.Ceiling(q * sorted.Length);
        return sorted[Math.Clamp(rank - 1, 0, sorted.Length - 1)];
    }
}
