namespace StalemateSim.Core.Randomness;

/// <summary>
/// xoshiro256** 1.0 (Blackman and Vigna 2018), seeded through SplitMix64. A mutable value type:
/// pass it by <c>ref</c>. Its sequence is fixed by this code, unlike <see cref="System.Random"/>,
/// whose algorithm is not promised stable across .NET versions.
/// </summary>
public struct Xoshiro256StarStar
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;

    /// <summary>Creates a generator whose state is filled from SplitMix64 started at <paramref name="seed"/>.</summary>
    public Xoshiro256StarStar(ulong seed)
    {
        ulong sm = seed;
        _s0 = SplitMix64.Next(ref sm);
        _s1 = SplitMix64.Next(ref sm);
        _s2 = SplitMix64.Next(ref sm);
        _s3 = SplitMix64.Next(ref sm);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        ulong result = RotateLeft(_s1 * 5, 7) * 9;
        ulong t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    /// <remarks>
    /// The 53 bits are converted as a signed long: the value is below 2^53, so the conversion is
    /// exact and equal to the unsigned one, but x64 has a single instruction for it (an unsigned
    /// 64-bit conversion needs a branch and a fix-up).
    /// </remarks>
    public double NextDouble() => (long)(NextUInt64() >> 11) * (1.0 / (1L << 53));

    /// <summary>A uniform double in [low, high).</summary>
    public double NextDouble(double low, double high) => low + ((high - low) * NextDouble());

    /// <summary>True with probability <paramref name="p"/> (clamped to [0, 1]).</summary>
    public bool Chance(double p) => p > 0 && (p >= 1 || NextDouble() < p);

    /// <summary>
    /// A uniform integer in [0, n) by Lemire's multiply-shift with rejection; n must be positive.
    /// The rejection threshold 2^64 mod n is computed only when the low half of the product is below
    /// n (Lemire's "nearly divisionless" form), which accepts and rejects exactly the same draws as
    /// computing it every time, so the sequence is unchanged, but skips a 64-bit division almost always.
    /// </summary>
    public int NextInt(int n)
    {
        if (n <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(n), n, "The bound must be positive.");
        }

        ulong bound = (ulong)n;
        ulong high = Math.BigMul(NextUInt64(), bound, out ulong low);
        if (low < bound)
        {
            ulong threshold = (0UL - bound) % bound;
            while (low < threshold)
            {
                high = Math.BigMul(NextUInt64(), bound, out low);
            }
        }

        return (int)high;
    }

    /// <summary>A standard normal draw (Marsaglia's polar method; uses two or more uniforms).</summary>
    public double NextGaussian()
    {
        while (true)
        {
            double u = (2.0 * NextDouble()) - 1.0;
            double v = (2.0 * NextDouble()) - 1.0;
            double s = (u * u) + (v * v);
            if (s > 0 && s < 1)
            {
                return u * Math.Sqrt(-2.0 * Math.Log(s) / s);
            }
        }
    }

    /// <summary>
    /// A Poisson draw with the given mean. Knuth's product method for small means, a rounded normal
    /// approximation (clamped at zero) for means above 30, where its error is negligible here.
    /// </summary>
    public int NextPoisson(double mean)
    {
        if (!(mean > 0))
        {
            return 0;
        }

        if (mean > 30)
        {
            double x = mean + (Math.Sqrt(mean) * NextGaussian());
            return x <= 0 ? 0 : (int)Math.Round(x);
        }

        // The loop draws from a local copy of the state, written back once: through `this` (a
        // reference) the JIT keeps the state in memory and stores it on every draw.
        Xoshiro256StarStar local = this;
        double product = local.NextDouble();
        if (mean <= 1 && product <= ZeroDrawBound(mean))
        {
            // The first uniform is at or below exp(-mean), so the draw is 0: known without the
            // exponential, which small means (most villages) would otherwise pay for every time.
            this = local;
            return 0;
        }

        double limit = Math.Exp(-mean);
        int k = 0;
        while (product > limit)
        {
            product *= local.NextDouble();
            k++;
        }

        this = local;
        return k;
    }

    /// <summary>
    /// A number surely below <c>Math.Exp(-mean)</c> as computed, for 0 &lt; mean ≤ 1: the series of
    /// exp(−m) cut after its negative cubic term, 1 − m + m²/2 − m³/6, is below exp(−m) for such m,
    /// and 2^-50 is taken off to cover the rounding of these few operations (each result at most
    /// 1, so under 2^-52 in all) and of the exponential itself (under one unit in the last place,
    /// 2^-53 below 1). A uniform at or below it is at or below exp(−mean), which is all
    /// <see cref="NextPoisson"/> needs to return 0, so the draws are exactly those of the plain
    /// product method.
    /// </summary>
    internal static double ZeroDrawBound(double mean) =>
        1 - (mean * (1 - (mean * (0.5 - (mean / 6))))) - ZeroDrawMargin;

    private const double ZeroDrawMargin = 1.0 / (1L << 50);

    /// <summary>
    /// A binomial-like draw of how many of <paramref name="n"/> (a real-valued pool) succeed with
    /// probability <paramref name="p"/>: exact Bernoulli sums for small pools, a Poisson draw for
    /// small expected counts, otherwise a normal approximation clamped to [0, n]. Pools here are people, so they may be fractional.
    /// </summary>
    public double NextBinomial(double n, double p)
    {
        if (!(n > 0) || !(p > 0))
        {
            return 0;
        }

        if (p >= 1)
        {
            return n;
        }

        if (n < 24)
        {
            int whole = (int)n;
            int count = 0;

            // A local copy of the state, as in NextPoisson, so the loop keeps it in registers.
            Xoshiro256StarStar local = this;
            for (int i = 0; i < whole; i++)
            {
                if (local.NextDouble() < p)
                {
                    count++;
                }
            }

            double fraction = n - whole;
            double result = count + (fraction > 0 && local.NextDouble() < p ? fraction : 0);
            this = local;
            return result;
        }

        double mean = n * p;
        if (mean < 30)
        {
            return Math.Min(n, NextPoisson(mean));
        }

        double sd = Math.Sqrt(n * p * (1 - p));
        double draw = mean + (sd * NextGaussian());
        return Math.Clamp(draw, 0, n);
    }

    private static ulong RotateLeft(ulong x, int k) => (x << k) | (x >> (64 - k));
}
