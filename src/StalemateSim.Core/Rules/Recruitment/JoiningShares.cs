using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;

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

    private readonly RecruitmentSpec _spec;
    private readonly double[] _odds;
    private readonly double[] _oddsHeld;
    private readonly double[] _villageFactor;
    private readonly double[] _factorThreshold;
    private bool _factored;

    public JoiningShares(RecruitmentSpec spec, int capacity, int places)
    {
        _spec = spec;
        Motive = new double[capacity];
        Share = new double[capacity];
        _odds = new double[capacity];
        _oddsHeld = new double[capacity];
        _villageFactor = new double[places];
        _factorThreshold = new double[places];
        Array.Fill(_factorThreshold, double.NaN);
    }

    /// <summary>Motive net of risk for each group slot, filled for the current community.</summary>
    public double[] Motive { get; }

    /// <summary>Each slot's joining share in the current village.</summary>
    public double[] Share { get; }

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
    /// Fills <see cref="Share"/> for a village whose holder (a group, the state or no one) has slot
    /// <paramref name="heldSlot"/> (-1 if it is not a group present); returns their sum, and the
    /// last slot with a positive share (or -1).
    /// </summary>
    public double ForVillage(int village, double threshold, int owner, int heldSlot, int[] groups, int n, out int last)
    {
        double rate = _spec.BaseRate;
        double total = 0;
        last = -1;
        if (_factored)
        {
            double villageFactor = VillageFactor(village, threshold);
            Span<double> share = Share.AsSpan(0, n);
            FactoredShares(_odds.AsSpan(0, n), villageFactor, rate, share);
            if (heldSlot >= 0)
            {
                share[heldSlot] = rate / (1 + (OddsHeld(heldSlot) * villageFactor));
            }

            last = LastPositive(share);
            return SumInOrder(share);
        }

        double spread = _spec.Spread;
        for (int s = 0; s < n; s++)
        {
            double share = rate / (1 + Math.Exp((threshold - Motive[s] - (owner == groups[s] ? _spec.WCoercion : 0)) / spread));
            Share[s] = share;
            total += share;
            if (share > 0)
            {
                last = s;
            }
        }

        return total;
    }

    /// <summary>
    /// <c>share[s] = rate / (1 + odds[s] × villageFactor)</c> for every slot. Four slots at a time
    /// where the CPU has 256-bit vectors: each lane does the same IEEE multiplication, addition and
    /// division as the scalar code (no fused multiply-add), so the shares are the same to the bit;
    /// the divisions, the slowest part of a village, no longer wait for one another.
    /// </summary>
    private static void FactoredShares(ReadOnlySpan<double> odds, double villageFactor, double rate, Span<double> share)
    {
        int s = 0;
        if (Vector256.IsHardwareAccelerated && odds.Length >= Vector256<double>.Count)
        {
            Vector256<double> factor = Vector256.Create(villageFactor);
            Vector256<double> rates = Vector256.Create(rate);
            for (; s <= odds.Length - Vector256<double>.Count; s += Vector256<double>.Count)
            {
                Vector256<double> o = Vector256.Create(odds.Slice(s, Vector256<double>.Count));
                (rates / (Vector256<double>.One + (o * factor))).CopyTo(share.Slice(s, Vector256<double>.Count));
            }
        }

        for (; s < odds.Length; s++)
        {
            share[s] = rate / (1 + (odds[s] * villageFactor));
        }
    }

    /// <summary>
    /// The sum of the shares in slot order (the order the scalar code always added them in, so
    /// the same bits). A method of its own so the running sum stays in a register: inlined into
    /// the recruitment loop it was kept in memory, a store and a load on every addition.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double SumInOrder(ReadOnlySpan<double> share)
    {
        double total = 0;
        for (int s = 0; s < share.Length; s++)
        {
            total += share[s];
        }

        return total;
    }

    /// <summary>The last slot with a positive share, or -1.</summary>
    private static int LastPositive(ReadOnlySpan<double> share)
    {
        int s = share.Length - 1;
        while (s >= 0 && !(share[s] > 0))
        {
            s--;
        }

        return s;
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
