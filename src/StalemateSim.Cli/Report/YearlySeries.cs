using StalemateSim.Cli.Plots;

namespace StalemateSim.Cli.Report;

/// <summary>One calendar year of a run: how many of its months the run covers, and the month a stock is read at.</summary>
/// <param name="Year">The calendar year.</param>
/// <param name="Months">Months of the year inside the run.</param>
/// <param name="At">Index of December, or of the year's last month in the run when December is not in it.</param>
/// <param name="AtDate">The date at <paramref name="At"/>.</param>
internal sealed record YearRow(int Year, int Months, int At, DateOnly AtDate)
{
    public bool IsDecember => AtDate.Month == 12;
}

/// <summary>Monthly series summarised by calendar year.</summary>
internal static class YearlySeries
{
    public static IReadOnlyList<YearRow> Years(IReadOnlyList<DateOnly> dates) =>
        [.. Enumerable.Range(0, dates.Count)
            .GroupBy(t => dates[t].Year)
            .OrderBy(g => g.Key)
            .Select(g =>
            {
                var at = g.OrderBy(t => dates[t]).Last();
                return new YearRow(g.Key, g.Count(), at, dates[at]);
            })];

    /// <summary>
    /// The mean over runs of a flow's total in <paramref name="year"/>: the sum of the monthly
    /// means, exact because the mean of a sum is the sum of the means. NaN if a month is missing.
    /// </summary>
    public static double MeanTotal(MetricSeries series, int year)
    {
        var total = 0.0;
        for (var t = 0; t < series.Dates.Length; t++)
        {
            if (series.Dates[t].Year == year)
            {
                total += series.Mean[t];
            }
        }

        return total;
    }
}
