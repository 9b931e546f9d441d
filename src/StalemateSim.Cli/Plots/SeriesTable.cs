namespace StalemateSim.Cli.Plots;

/// <summary>One metric of series.csv: per month, the mean and the 5/25/50/75/95% quantiles across runs.</summary>
internal sealed record MetricSeries(
    string Metric,
    DateOnly[] Dates,
    double[] Mean,
    double[] P05,
    double[] P25,
    double[] P50,
    double[] P75,
    double[] P95);

/// <summary>series.csv read back: every metric's monthly bands, in the file's metric order.</summary>
internal sealed class SeriesTable
{
    private static readonly string[] ExpectedHeader = ["tick", "date", "metric", "mean", "p05", "p25", "p50", "p75", "p95"];

    private readonly Dictionary<string, MetricSeries> _byName;

    private SeriesTable(IReadOnlyList<MetricSeries> metrics)
    {
        Metrics = metrics;
        _byName = metrics.ToDictionary(m => m.Metric, StringComparer.Ordinal);
    }

    public IReadOnlyList<MetricSeries> Metrics { get; }

    /// <summary>The months of the run (from the first metric), or none.</summary>
    public IReadOnlyList<DateOnly> Dates => Metrics.Count > 0 ? Metrics[0].Dates : [];

    public static SeriesTable Empty { get; } = new([]);

    public MetricSeries? Get(string metric) => _byName.GetValueOrDefault(metric);

    public bool Has(string metric) => _byName.ContainsKey(metric);

    /// <summary>Metrics whose names start with <paramref name="prefix"/> and have no further dot, e.g. <c>deaths.zone.</c>.</summary>
    public IReadOnlyList<MetricSeries> Family(string prefix) =>
        Metrics.Where(m => m.Metric.StartsWith(prefix, StringComparison.Ordinal) && !m.Metric[prefix.Length..].Contains('.', StringComparison.Ordinal)).ToList();

    /// <summary>Reads series.csv.</summary>
    /// <exception cref="InvalidDataException">The header is not series.csv's.</exception>
    public static SeriesTable Read(string path)
    {
        var rows = new Dictionary<string, List<(int Tick, DateOnly Date, double[] Values)>>(StringComparer.Ordinal);
        var order = new List<string>();
        var first = true;
        foreach (var cells in CsvFile.Rows(path))
        {
            if (first)
            {
                first = false;
                if (!cells.SequenceEqual(ExpectedHeader, StringComparer.Ordinal))
                {
                    throw new InvalidDataException($"{path}: expected the header {string.Join(',', ExpectedHeader)}.");
                }

                continue;
            }

            if (cells.Length != ExpectedHeader.Length)
            {
                throw new InvalidDataException($"{path}: a row has {cells.Length} cells, not {ExpectedHeader.Length}.");
            }

            var metric = cells[2];
            if (!rows.TryGetValue(metric, out var list))
            {
                list = [];
                rows.Add(metric, list);
                order.Add(metric);
            }

            var tick = (int)CsvFile.Number(cells[0]);
            list.Add((tick, CsvFile.Month(cells[1]), [.. cells.Skip(3).Select(CsvFile.Number)]));
        }

        var metrics = order.Select(name =>
        {
            var list = rows[name].OrderBy(r => r.Tick).ToList();
            double[] Column(int k) => [.. list.Select(r => r.Values[k])];
            return new MetricSeries(name, [.. list.Select(r => r.Date)], Column(0), Column(1), Column(2), Column(3), Column(4), Column(5));
        }).ToList();
        return new SeriesTable(metrics);
    }
}
