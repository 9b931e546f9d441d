using System.Runtime.Intrinsics;
using StalemateSim.Core.Model;

namespace StalemateSim.Core.Rules.Recruitment;

/// <summary>
/// Turns one community's motives (net of risk) into each village's joining shares,
/// <c>baseRate / (1 + exp((threshold − motive − coercion) / spread))</c>. The exponential splits
/// into a factor per group, <c>exp(−(motive + coercion) / spread)</c>, computed once per community
/// (the coerced one only for groups that hold some of its villages),
/// and a factor per village, <c>exp(threshold / spread)</c>, so a village costs no exponential
/// however many groups are present: its factor is kept from month to month, and computed again
/// only if its threshold changed. If any exponent could overflow (a very sharp spread), it
/// falls back to one exponential per group and village. Buffers are sized once.
/// </summary>
internal sealed class JoiningShares
{
    /// <summary>Exponents are kept within ±350 so that products of two factors stay finite and non-zero.</summary>
    private const double MaxExponent = 350;

    /// <summary>The most villages whose shares are held at once: a community's villages are taken in blocks of this size.</summary>
    public const int BlockSize = 64;

    private readonly RecruitmentSpec _spec;
    private readonly double[] _odds;
    private readonly double[] _oddsHeld;
    private readonly double[] _villageFactor;
    private readonly double[] _factorThreshold;

    /// <summary>Shares of the current block, slot by slot: <c>[slot × BlockSize + village in block]</c>.</summary>
    private readonly double[] _shares;
    private readonly double[] _totals;
    private readonly double[] _factors;
    private readonly double[] _weights;
    private bool _factored;

    public JoiningShares(RecruitmentSpec spec, int capacity, int places)
    {
        _spec = spec;
        Motive = new double[capacity];
        _shares = new double[capacity * BlockSize];
        _totals = new double[BlockSize];
        _factors = new double[BlockSize];
        _weights = new double[BlockSize];
        _odds = new double[capacity];
        _oddsHeld = new double[capacity];
        _villageFactor = new double[places];
        _factorThreshold = new double[places];
        Array.Fill(_factorThreshold, double.NaN);
    }

    /// <summary>Motive net of risk for each group slot, filled for the current community.</summary>
    public double[] Motive { get; }

    /// <summary>Precomputes the per-group factors for the community whose motives are in <see cref="Motive"/>.</summary>
    public void Prepare(int n)
    {
        double spread = _spec.Spread;
        double coercion = _spec.WCoercion / spread;
        _factored = 1 / spread <= MaxExponent;
        for (int s = 0; s < n && _factored; s++)
        {
            double e = -Motive[s] / spread;
            _factored = Math.Abs(e) <= MaxExponent && Math.Abs(e - coercion) <= MaxExponent;
            _odds[s] = Math.Exp(e);
            _oddsHeld[s] = double.NaN;
        }
    }

    /// <summary>
    /// Fills the shares and their sums for the <paramref name="count"/> villages from place
    /// <paramref name="first"/> on (at most <see cref="BlockSize"/>, all of the current
    /// community), read afterwards by the index of the village in the block. Recruitment does
    /// not change holders or thresholds, so the shares can be computed a block at a time before
    /// the community's draw.
    /// </summary>
    public void ForBlock(PlaceTable places, int first, int count, GroupsInRegion groups, int n)
    {
        if (!_factored)
        {
            UnfactoredBlock(places, first, count, groups, n);
            return;
        }

        double rate = _spec.BaseRate;
        for (int v = 0; v < count; v++)
        {
            _factors[v] = VillageFactor(first + v, places.Threshold[first + v]);
        }

        ReadOnlySpan<double> factors = _factors.AsSpan(0, count);
        for (int s = 0; s < n; s++)
        {
            FactoredRow(_odds[s], factors, rate, _shares.AsSpan(s * BlockSize, count));
        }

        for (int v = 0; v < count; v++)
        {
            int heldSlot = groups.SlotOf(places.Owner[first + v]);
            if (heldSlot >= 0)
            {
                _shares[(heldSlot * BlockSize) + v] = rate / (1 + (OddsHeld(heldSlot) * factors[v]));
            }
        }

        SumsInSlotOrder(n, count);
    }

    /// <summary>
    /// Adds the block's expected joiners to <paramref name="expected"/>, slot by slot:
    /// <c>Σ pool × share × min(1, 1 / total)</c> over its villages, where a village's pool is
    /// <c>residents × youthShare</c> (villages without residents give nothing) and the factor keeps
    /// a village whose shares add to more than all of its youth at all of them. Returns the
    /// block's pool. Each slot's villages are summed four lanes at a time, the lanes added at the
    /// end: a fixed order, so the same bits on every run.
    /// </summary>
    public double AddExpected(PlaceTable places, int first, int count, double youthShare, int n, Span<double> expected)
    {
        double pool = 0;
        Span<double> weights = _weights.AsSpan(0, count);
        for (int v = 0; v < count; v++)
        {
            double villagePool = places.Residents[first + v] * youthShare;
            if (!(villagePool > 0))
            {
                weights[v] = 0;
                continue;
            }

            pool += villagePool;
            double total = _totals[v];
            weights[v] = total > 1 ? villagePool / total : villagePool;
        }

        for (int s = 0; s < n; s++)
        {
            expected[s] += Dot(weights, _shares.AsSpan(s * BlockSize, count));
        }

        return pool;
    }

    /// <summary>
    /// A dot product in a fixed order: four running sums (element i goes to sum i mod 4), added
    /// pairwise at the end, then the elements past the last multiple of four. The vector path
    /// keeps the four sums in the lanes of one register (the same IEEE multiplications and
    /// additions, no fused multiply-add), so it gives the same bits as the scalar one.
    /// </summary>
    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        int whole = a.Length & ~3;
        double s0 = 0, s1 = 0, s2 = 0, s3 = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<double> lanes = Vector256<double>.Zero;
            for (int v = 0; v < whole; v += 4)
            {
                lanes += Vector256.Create(a.Slice(v, 4)) * Vector256.Create(b.Slice(v, 4));
            }

            (s0, s1, s2, s3) = (lanes[0], lanes[1], lanes[2], lanes[3]);
        }
        else
        {
            for (int v = 0; v < whole; v += 4)
            {
                s0 += a[v] * b[v];
                s1 += a[v + 1] * b[v + 1];
                s2 += a[v + 2] * b[v + 2];
                s3 += a[v + 3] * b[v + 3];
            }
        }

        double sum = (s0 + s1) + (s2 + s3);
        for (int v = whole; v < a.Length; v++)
        {
            sum += a[v] * b[v];
        }

        return sum;
    }

    /// <summary>
    /// One slot's shares in every village of the block, <c>rate / (1 + odds × villageFactor)</c>,
    /// four villages at a time where the CPU has 256-bit vectors: each lane does the same IEEE
    /// multiplication, addition and division as the scalar code (no fused multiply-add), so the
    /// shares are the same to the bit.
    /// </summary>
    private static void FactoredRow(double odds, ReadOnlySpan<double> factors, double rate, Span<double> share)
    {
        int v = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            Vector256<double> oddsLanes = Vector256.Create(odds);
            Vector256<double> rates = Vector256.Create(rate);
            for (; v <= factors.Length - Vector256<double>.Count; v += Vector256<double>.Count)
            {
                Vector256<double> f = Vector256.Create(factors.Slice(v, Vector256<double>.Count));
                (rates / (Vector256<double>.One + (oddsLanes * f))).CopyTo(share.Slice(v, Vector256<double>.Count));
            }
        }

        for (; v < factors.Length; v++)
        {
            share[v] = rate / (1 + (odds * factors[v]));
        }
    }

    /// <summary>
    /// Each village's total share, its shares added in slot order from 0 (the order they were
    /// always added in, so the same bits). Four villages are summed at a time, one per lane: each
    /// lane is one village's own running sum, so no addition is reordered, but four sums advance
    /// together instead of one after the other.
    /// </summary>
    private void SumsInSlotOrder(int n, int count)
    {
        int v = 0;
        if (Vector256.IsHardwareAccelerated)
        {
            for (; v <= count - Vector256<double>.Count; v += Vector256<double>.Count)
            {
                Vector256<double> total = Vector256<double>.Zero;
                for (int s = 0; s < n; s++)
                {
                    total += Vector256.Create(_shares.AsSpan((s * BlockSize) + v, Vector256<double>.Count));
                }

                total.CopyTo(_totals.AsSpan(v, Vector256<double>.Count));
            }
        }

        for (; v < count; v++)
        {
            double total = 0;
            for (int s = 0; s < n; s++)
            {
                total += _shares[(s * BlockSize) + v];
            }

            _totals[v] = total;
        }
    }

    /// <summary>
    /// The shares with one exponential per group and village, for spreads so sharp that the
    /// factors could overflow; the group holding the village adds coercion to its motive.
    /// </summary>
    private void UnfactoredBlock(PlaceTable places, int first, int count, GroupsInRegion groups, int n)
    {
        double rate = _spec.BaseRate;
        double spread = _spec.Spread;
        for (int v = 0; v < count; v++)
        {
            double threshold = places.Threshold[first + v];
            int owner = places.Owner[first + v];
            double total = 0;
            for (int s = 0; s < n; s++)
            {
                double share = rate / (1 + Math.Exp((threshold - Motive[s] - (owner == groups.Group[s] ? _spec.WCoercion : 0)) / spread));
                _shares[(s * BlockSize) + v] = share;
                total += share;
            }

            _totals[v] = total;
        }
    }

    /// <summary>A slot's factor where it holds the village, computed the first time one of the community's villages needs it (most groups hold none).</summary>
    private double OddsHeld(int s)
    {
        if (double.IsNaN(_oddsHeld[s]))
        {
            double spread = _spec.Spread;
            _oddsHeld[s] = Math.Exp((-Motive[s] / spread) - (_spec.WCoercion / spread));
        }

        return _oddsHeld[s];
    }

    /// <summary><c>exp(threshold / spread)</c> for a village, kept while its threshold stays the same.</summary>
    private double VillageFactor(int village, double threshold)
    {
        if (!(_factorThreshold[village] == threshold))
        {
            _villageFactor[village] = Math.Exp(threshold / _spec.Spread);
            _factorThreshold[village] = threshold;
        }

        return _villageFactor[village];
    }
}
