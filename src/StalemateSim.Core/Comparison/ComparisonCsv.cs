using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Output;

namespace StalemateSim.Core.Comparison;

/// <summary>
/// The tidy CSV outputs of a comparison: comparison.csv (one row per arm and metric), sweep.csv (one
/// row per swept value, arm and metric) and deaths-series.csv (monthly deaths bands per arm).
/// </summary>
public static class ComparisonCsv
{
    public const string Header = "arm,metric,baseline_mean,arm_mean,difference,low,high,n";
    public const string SweepHeader = "key,value,arm,metric,baseline_mean,arm_mean,difference,low,high,n";
    public const string SeriesHeader = "arm,tick,date,mean,p05,p25,p50,p75,p95";

    public static void Write(TextWriter writer, IEnumerable<ComparisonRow> rows)
    {
        writer.WriteLine(Header);
        foreach (ComparisonRow row in rows)
        {
            writer.WriteLine(Cells(row));
        }
    }

    public static void WriteSweep(TextWriter writer, SweepSpec sweep, IReadOnlyList<SweepPoint> points, IReadOnlyList<ComparisonMetric>? metrics)
    {
        writer.WriteLine(SweepHeader);
        foreach (SweepPoint point in points)
        {
            foreach (ComparisonRow row in point.Result.RowsFor(metrics))
            {
                writer.WriteLine($"{CsvText.Cell(sweep.Key)},{CsvText.Number(point.Value)},{Cells(row)}");
            }
        }
    }

    /// <summary>Monthly deaths of the baseline and every arm: mean and the 5/25/50/75/95% quantiles across runs.</summary>
    public static void WriteDeathSeries(TextWriter writer, ComparisonResult result, Func<int, DateOnly> dateOf)
    {
        writer.WriteLine(SeriesHeader);
        for (int i = 0; i < result.Deaths.Count; i++)
        {
            string arm = i == 0 ? "baseline" : result.Plan.Arms[i - 1].Id;
            SeriesAggregator series = result.Deaths[i];
            for (int t = 0; t < series.Months; t++)
            {
                writer.WriteLine(string.Join(',',
                    CsvText.Cell(arm), CsvText.Integer(t), CsvText.Month(dateOf(t)), CsvText.Number(series.Mean(0, t)),
                    CsvText.Number(series.Quantile(0, t, 0.05)), CsvText.Number(series.Quantile(0, t, 0.25)), CsvText.Number(series.Quantile(0, t, 0.5)),
                    CsvText.Number(series.Quantile(0, t, 0.75)), CsvText.Number(series.Quantile(0, t, 0.95))));
            }
        }
    }

    private static string Cells(ComparisonRow row) => string.Join(',',
        CsvText.Cell(row.Arm), CsvText.Cell(row.Metric.Id), CsvText.Number(row.BaselineMean), CsvText.Number(row.ArmMean),
        CsvText.Number(row.Difference), CsvText.Number(row.Interval.Low), CsvText.Number(row.Interval.High), CsvText.Integer(row.N));
}
