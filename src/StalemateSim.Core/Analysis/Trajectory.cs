namespace StalemateSim.Core.Analysis;

/// <summary>
/// Monthly metrics of one run, stored column by column: the value of metric m at tick t is
/// <c>Values[m * Months + t]</c>.
/// </summary>
public sealed class Trajectory
{
    private readonly Dictionary<string, int> _index;

    public Trajectory(IReadOnlyList<string> metricNames, int months)
    {
        MetricNames = metricNames;
        Months = months;
        Values = new double[metricNames.Count * months];
        _index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < metricNames.Count; i++)
        {
            _index[metricNames[i]] = i;
        }
    }

    public IReadOnlyList<string> MetricNames { get; }

    public int Months { get; }

    public double[] Values { get; }

    /// <summary>The index of a metric, or -1.</summary>
    public int IndexOf(string metric) => _index.GetValueOrDefault(metric, -1);

    /// <summary>A metric's monthly values.</summary>
    public ReadOnlySpan<double> Series(int metric) => Values.AsSpan(metric * Months, Months);

    public ReadOnlySpan<double> Series(string metric)
    {
        int m = IndexOf(metric);
        if (m < 0)
        {
            throw new KeyNotFoundException($"No metric named '{metric}'.");
        }

        return Series(m);
    }

    public double this[int metric, int tick]
    {
        get => Values[(metric * Months) + tick];
        set => Values[(metric * Months) + tick] = value;
    }
}
