using System.Globalization;
using System.Text;
using StalemateSim.Core.Comparison;

namespace StalemateSim.Cli.Commands;

/// <summary>The console table of <c>stalemate compare</c>: one block per arm, one line per metric.</summary>
internal static class CompareTable
{
    private static readonly string[] ComparisonHeader = ["metric", "baseline", "arm", "difference", "95% interval", "runs changed"];

    public static string Comparison(ComparisonResult result, IReadOnlyList<ComparisonMetric>? metrics)
    {
        var text = new StringBuilder();
        IReadOnlyList<ComparisonMetric> shown = metrics ?? ComparisonMetrics.All;
        foreach (ComparisonArm arm in result.Plan.Arms)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{arm.Id}: {arm.Label}{(arm.ChangesAnything ? $", from {arm.OnsetDate:yyyy-MM}" : " (changes nothing)")}\n");
            var lines = new List<string[]> { ComparisonHeader };
            foreach (ComparisonRow row in result.Rows.Where(r => r.Arm == arm.Id && shown.Any(m => m.Id == r.Metric.Id)))
            {
                (string difference, string interval) = ComparisonFormat.Effect(row.Metric, row.Difference, row.Interval);
                lines.Add(
                [
                    row.Metric.Id,
                    ComparisonFormat.Value(row.Metric, row.BaselineMean),
                    ComparisonFormat.Value(row.Metric, row.ArmMean),
                    difference,
                    interval,
                    $"{row.RunsChanged}/{row.N}",
                ]);
            }

            Align(text, lines);
        }

        return text.ToString();
    }

    public static string Sweep(SweepSpec sweep, IReadOnlyList<SweepPoint> points, IReadOnlyList<ComparisonMetric>? metrics)
    {
        var text = new StringBuilder();
        IReadOnlyList<ComparisonMetric> shown = metrics ?? ComparisonMetrics.Key;
        var lines = new List<string[]> { new[] { sweep.Key, "metric", "baseline", "arm", "difference", "95% interval" } };
        foreach (SweepPoint point in points)
        {
            foreach (ComparisonRow row in point.Result.RowsFor(shown))
            {
                (string difference, string interval) = ComparisonFormat.Effect(row.Metric, row.Difference, row.Interval);
                lines.Add(
                [
                    point.Value.ToString("R", CultureInfo.InvariantCulture),
                    row.Metric.Id,
                    ComparisonFormat.Value(row.Metric, row.BaselineMean),
                    ComparisonFormat.Value(row.Metric, row.ArmMean),
                    difference,
                    interval,
                ]);
            }
        }

        Align(text, lines);
        return text.ToString();
    }

    /// <summary>First column left-aligned, the others right-aligned, two spaces apart.</summary>
    private static void Align(StringBuilder text, List<string[]> lines)
    {
        int columns = lines[0].Length;
        var widths = new int[columns];
        foreach (string[] line in lines)
        {
            for (int c = 0; c < columns; c++)
            {
                widths[c] = Math.Max(widths[c], line[c].Length);
            }
        }

        foreach (string[] line in lines)
        {
            text.Append("  ").Append(line[0].PadRight(widths[0]));
            for (int c = 1; c < columns; c++)
            {
                text.Append("  ").Append(line[c].PadLeft(widths[c]));
            }

            text.Append('\n');
        }
    }
}
