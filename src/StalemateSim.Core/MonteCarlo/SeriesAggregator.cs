using System.Buffers.Binary;
using StalemateSim.Core.Analysis;

namespace StalemateSim.Core.MonteCarlo;

/// <summary>
/// Per-tick distributions of metrics across runs, in memory that does not grow with the number of
/// runs. Each (metric, tick) keeps a histogram over logarithmic bins (2% wide; values at or below 0
/// in a bin of their own), an exact minimum and maximum, and an exact fixed-point sum. All of these
/// are sums or extrema, so aggregating runs in any order, on any number of threads or shards, gives
/// identical results: that is what makes sharded ensembles merge bit for bit. Quantiles are exact to
/// within one bin (±1%).
/// </summary>
public sealed class SeriesAggregator
{
    /// <summary>Number of histogram bins.</summary>
    public const int Bins = 1400;

    private const double LnMin = -9.210340371976184; // ln(1e-4)
    private const double FixedScale = 16_777_216.0; // 2^24
    private static readonly double LnRatio = Math.Log(1.02);

    private readonly int[] _counts;
    private readonly Int128[] _sums;
    private readonly double[] _min;
    private readonly double[] _max;

    public SeriesAggregator(IReadOnlyList<string> metrics, int months)
    {
        Metrics = metrics;
        Months = months;
        int cells = metrics.Count * months;
        _counts = new int[cells * Bins];
        _sums = new Int128[cells];
        _min = new double[cells];
        _max = new double[cells];
        Array.Fill(_min, double.PositiveInfinity);
        Array.Fill(_max, double.NegativeInfinity);
    }

    public IReadOnlyList<string> Metrics { get; }

    public int Months { get; }

    /// <summary>Runs aggregated so far.</summary>
    public long Runs { get; private set; }

    /// <summary>The bin of a value.</summary>
    public static int BinOf(double value)
    {
        if (!(value > 0))
        {
            return 0;
        }

        double position = (Math.Log(value) - LnMin) / LnRatio;
        return position < 0 ? 1 : (int)Math.Min(Bins - 1, 1 + Math.Floor(position));
    }

    /// <summary>A representative value for a bin (its geometric middle).</summary>
    public static double ValueOf(int bin) => bin == 0 ? 0 : Math.Exp(LnMin + ((bin - 0.5) * LnRatio));

    /// <summary>Adds one run. <paramref name="metricIndices"/> maps this aggregator's metrics to the trajectory's.</summary>
    public void Add(Trajectory trajectory, int[] metricIndices)
    {
        for (int m = 0; m < Metrics.Count; m++)
        {
            ReadOnlySpan<double> series = trajectory.Series(metricIndices[m]);
            for (int t = 0; t < Months; t++)
            {
                double v = series[t];
                if (double.IsNaN(v))
                {
                    v = 0;
                }

                int cell = (m * Months) + t;
                _counts[(cell * Bins) + BinOf(v)]++;
                _sums[cell] += (Int128)Math.Round(v * FixedScale);
                _min[cell] = Math.Min(_min[cell], v);
                _max[cell] = Math.Max(_max[cell], v);
            }
        }

        Runs++;
    }

    /// <summary>Adds everything another aggregator of the same shape holds.</summary>
    public void Merge(SeriesAggregator other)
    {
        if (other.Metrics.Count != Metrics.Count || other.Months != Months)
        {
            throw new InvalidOperationException("Cannot merge aggregators of different shapes.");
        }

        for (int i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        for (int c = 0; c < _sums.Length; c++)
        {
            _sums[c] += other._sums[c];
            _min[c] = Math.Min(_min[c], other._min[c]);
            _max[c] = Math.Max(_max[c], other._max[c]);
        }

        Runs += other.Runs;
    }

    public double Mean(int metric, int tick) =>
        Runs == 0 ? double.NaN : (double)_sums[(metric * Months) + tick] / FixedScale / Runs;

    /// <summary>The q-quantile (nearest rank), exact to within one bin and clamped to the observed range.</summary>
    public double Quantile(int metric, int tick, double q)
    {
        if (Runs == 0)
        {
            return double.NaN;
        }

        int cell = (metric * Months) + tick;
        if (q <= 0)
        {
            return _min[cell];
        }

        if (q >= 1)
        {
            return _max[cell];
        }

        long rank = Math.Max(1, (long)Math.Ceiling(q * Runs));
        long cumulative = 0;
        int offset = cell * Bins;
        for (int b = 0; b < Bins; b++)
        {
            cumulative += _counts[offset + b];
            if (cumulative >= rank)
            {
                return Math.Clamp(ValueOf(b), _min[cell], _max[cell]);
            }
        }

        return _max[cell];
    }

    /// <summary>Writes the exact state (for resuming and for merging shards).</summary>
    public void Save(BinaryWriter writer)
    {
        writer.Write(Metrics.Count);
        foreach (string m in Metrics)
        {
            writer.Write(m);
        }

        writer.Write(Months);
        writer.Write(Runs);
        for (int c = 0; c < _sums.Length; c++)
        {
            writer.Write((ulong)(_sums[c] >> 64));
            writer.Write((ulong)_sums[c]);
            writer.Write(_min[c]);
            writer.Write(_max[c]);
        }

        // Counts are mostly zero: store (index, count) pairs. The table is large (metrics × months
        // × 1,400 bins: 72 MB for Mali) and saved after every batch, so zeros are skipped with the
        // vectorised span searches rather than one element at a time.
        ReadOnlySpan<int> counts = _counts;
        int nonZero = counts.Length - counts.Count(0);
        writer.Write(nonZero);
        // The pairs go out through a block buffer, in the bytes BinaryWriter.Write(int) writes
        // (little-endian), instead of two writer calls per pair.
        byte[] block = new byte[1 << 16];
        int used = 0;
        int i = 0;
        while (true)
        {
            int skip = counts[i..].IndexOfAnyExcept(0);
            if (skip < 0)
            {
                break;
            }

            i += skip;
            if (used + 8 > block.Length)
            {
                writer.Write(block, 0, used);
                used = 0;
            }

            BinaryPrimitives.WriteInt32LittleEndian(block.AsSpan(used), i);
            BinaryPrimitives.WriteInt32LittleEndian(block.AsSpan(used + 4), counts[i]);
            used += 8;
            i++;
        }

        writer.Write(block, 0, used);
    }

    public static SeriesAggregator Load(BinaryReader reader)
    {
        int metricCount = reader.ReadInt32();
        var metrics = new string[metricCount];
        for (int i = 0; i < metricCount; i++)
        {
            metrics[i] = reader.ReadString();
        }

        var aggregator = new SeriesAggregator(metrics, reader.ReadInt32()) { Runs = reader.ReadInt64() };
        for (int c = 0; c < aggregator._sums.Length; c++)
        {
            ulong high = reader.ReadUInt64();
            ulong low = reader.ReadUInt64();
            aggregator._sums[c] = (Int128)(((UInt128)high << 64) | low);
            aggregator._min[c] = reader.ReadDouble();
            aggregator._max[c] = reader.ReadDouble();
        }

        int nonZero = reader.ReadInt32();
        for (int k = 0; k < nonZero; k++)
        {
            int i = reader.ReadInt32();
            aggregator._counts[i] = reader.ReadInt32();
        }

        return aggregator;
    }
}
