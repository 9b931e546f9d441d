using StalemateSim.Core.MonteCarlo;

namespace StalemateSim.Core.Output;

/// <summary>Per-tick bands across runs, long format: tick, date, metric, mean, p05, p25, p50, p75, p95.</summary>
public static class SeriesCsv
{
    public static readonly double[] Quantiles = [0.05, 0.25, 0.5, 0.75, 0.95];

    public static void Write(TextWriter writer, SeriesAggregator aggregator, Func<int, DateOnly> dateOf)
    {
        writer.WriteLine("tick,date,metric,mean,p05,p25,p50,p75,p95");
        for (int m = 0; m < aggregator.Metrics.Count; m++)
        {
            string metric = CsvText.Cell(aggregator.Metrics[m]);
            for (int t = 0; t < aggregator.Months; t++)
            {
                writer.Write(CsvText.Integer(t));
                writer.Write(',');
                writer.Write(CsvText.Month(dateOf(t)));
                writer.Write(',');
                writer.Write(metric);
                writer.Write(',');
                writer.Write(CsvText.Number(aggregator.Mean(m, t)));
                foreach (double q in Quantiles)
                {
                    writer.Write(',');
                    writer.Write(CsvText.Number(aggregator.Quantile(m, t, q)));
                }

                writer.WriteLine();
            }
        }
    }
}
