using MathNet.Numerics.Distributions;

namespace StalemateSim.Core.Analysis;

/// <summary>The Wilson score interval for a binomial proportion (good coverage even near 0 and 1).</summary>
public static class WilsonInterval
{
    public static (double Low, double High) Of(long successes, long trials, double confidence = 0.95)
    {
        if (trials <= 0)
        {
            return (0, 1);
        }

        double z = Normal.InvCDF(0, 1, 1 - ((1 - confidence) / 2));
        double n = trials;
        double p = successes / n;
        double z2 = z * z;
        double centre = (p + (z2 / (2 * n))) / (1 + (z2 / n));
        double half = z * Math.Sqrt((p * (1 - p) / n) + (z2 / (4 * n * n))) / (1 + (z2 / n));
        double low = successes <= 0 ? 0 : Math.Max(0, centre - half);
        double high = successes >= trials ? 1 : Math.Min(1, centre + half);
        return (low, high);
    }

    /// <summary>Half-width of the interval.</summary>
    public static double HalfWidth(long successes, long trials, double confidence = 0.95)
    {
        (double low, double high) = Of(successes, trials, confidence);
        return (high - low) / 2;
    }
}
