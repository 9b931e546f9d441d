namespace StalemateSim.Core.Rules.Recruitment;

/// <summary>
/// Turns one community's motives (net of risk) into each village's joining shares,
/// <c>baseRate / (1 + exp((threshold − motive − coercion) / spread))</c>. The exponential splits
/// into a factor per group, <c>exp(−(motive + coercion) / spread)</c>, computed once per community,
/// and a factor per village, <c>exp(threshold / spread)</c>, so a village costs one exponential
/// however many groups are present. If any exponent could overflow (a very sharp spread), it
/// falls back to one exponential per group and village. Buffers are sized once.
/// </summary>
internal sealed class JoiningShares
{
    /// <summary>Exponents are kept within ±350 so that products of two factors stay finite and non-zero.</summary>
    private const double MaxExponent = 350;

    private readonly RecruitmentSpec _spec;
    private readonly double[] _odds;
    private readonly double[] _oddsHeld;
    private bool _factored;

    public JoiningShares(RecruitmentSpec spec, int capacity)
    {
        _spec = spec;
        Motive = new double[capacity];
        Share = new double[capacity];
        _odds = new double[capacity];
        _oddsHeld = new double[capacity];
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
            _oddsHeld[s] = Math.Exp(e - coercion);
        }
    }

    /// <summary>Fills <see cref="Share"/> for a village; returns their sum, and the last slot with a positive share (or -1).</summary>
    public double ForVillage(double threshold, int owner, int[] groups, int n, out int last)
    {
        double rate = _spec.BaseRate;
        double spread = _spec.Spread;
        double villageFactor = _factored ? Math.Exp(threshold / spread) : 0;
        double total = 0;
        last = -1;
        for (int s = 0; s < n; s++)
        {
            bool held = owner == groups[s];
            double share = _factored
                ? rate / (1 + ((held ? _oddsHeld[s] : _odds[s]) * villageFactor))
                : rate / (1 + Math.Exp((threshold - Motive[s] - (held ? _spec.WCoercion : 0)) / spread));
            Share[s] = share;
            total += share;
            if (share > 0)
            {
                last = s;
            }
        }

        return total;
    }
}
