using System.Globalization;
using StalemateSim.Core.Comparison;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Output;
using StalemateSim.Plotting;

namespace StalemateSim.Cli.Commands;

/// <summary>
/// The charts of <c>stalemate compare</c>, each written as SVG and (when the system's librsvg is
/// there) PNG: forest plots of the effects and fan charts of monthly deaths per arm against the
/// baseline; for a sweep, the effect with its interval at each swept value.
/// </summary>
internal sealed class ComparePlots(string outDir)
{
    private readonly List<string> _written = [];

    /// <summary>Files written, relative to the output folder.</summary>
    public IReadOnlyList<string> Written => _written;

    /// <summary>Why PNGs could not be written, if they could not.</summary>
    public string? PngProblem { get; private set; }

    /// <summary>Writes every comparison chart; returns (file, caption) of the ones to show in the report.</summary>
    public IReadOnlyList<(string Path, string Caption)> WriteComparison(ComparisonResult result, IReadOnlyList<ComparisonMetric>? metrics)
    {
        IReadOnlyList<ComparisonMetric> shown = metrics ?? ComparisonMetrics.All;
        var images = new List<(string, string)>();
        ComparisonPlan plan = result.Plan;
        List<ComparisonMetric> keys = [.. shown.Where(m => m.Kind == ComparisonMetricKind.Key)];
        if (keys.Count > 0)
        {
            var rows = new List<ForestRow>();
            foreach (ComparisonMetric metric in keys)
            {
                foreach (ComparisonRow row in result.Rows.Where(r => r.Metric.Id == metric.Id))
                {
                    double scale = row.BaselineMean != 0 ? 100 / Math.Abs(row.BaselineMean) : double.NaN;
                    rows.Add(new ForestRow($"{metric.Label}: {row.Arm}", row.Difference * scale, row.Interval.Low * scale, row.Interval.High * scale));
                }
            }

            Write("forest", ForestPlot.Render(new ForestPlotSpec("Effect of each lever, relative to the baseline", "Change (% of the baseline mean)", rows)
            {
                Subtitle = Subtitle(result) + "; rows with a zero baseline mean are left blank",
                EstimateLabel = "Mean paired difference",
                IntervalLabel = "95% interval",
                Size = Tall(rows.Count),
            }));
            images.Add(("forest.svg", "Effect of each lever relative to the baseline mean"));

            foreach (ComparisonMetric metric in keys)
            {
                var metricRows = result.Rows.Where(r => r.Metric.Id == metric.Id)
                    .Select(r => new ForestRow(r.ArmLabel, r.Difference, r.Interval.Low, r.Interval.High)).ToList();
                Write("forest-" + metric.Id, ForestPlot.Render(new ForestPlotSpec($"{metric.Label}: change with each lever", $"Difference from the baseline ({metric.Unit})", metricRows)
                {
                    Subtitle = Subtitle(result),
                    EstimateLabel = "Mean paired difference",
                    Size = Tall(metricRows.Count),
                }));
                images.Add(("forest-" + metric.Id + ".svg", $"{metric.Label}: change with each lever"));
            }
        }

        List<ComparisonMetric> outcomes = [.. shown.Where(m => m.Kind == ComparisonMetricKind.Outcome)];
        if (outcomes.Count > 0)
        {
            var rows = new List<ForestRow>();
            foreach (ComparisonMetric metric in outcomes)
            {
                foreach (ComparisonRow row in result.Rows.Where(r => r.Metric.Id == metric.Id))
                {
                    rows.Add(new ForestRow($"{metric.Label}: {row.Arm}", 100 * row.Difference, 100 * row.Interval.Low, 100 * row.Interval.High));
                }
            }

            Write("forest-outcomes", ForestPlot.Render(new ForestPlotSpec("Change in each outcome's probability", "Difference from the baseline (percentage points)", rows)
            {
                Subtitle = Subtitle(result) + "; Bonett–Price paired intervals",
                EstimateLabel = "Mean paired difference",
                Size = Tall(rows.Count),
            }));
            images.Add(("forest-outcomes.svg", "Change in each outcome's probability"));
        }

        Func<int, DateOnly> dateOf = DateOf(plan);
        for (int a = 0; a < plan.Arms.Count; a++)
        {
            ComparisonArm arm = plan.Arms[a];
            FanSeries baseline = Fan("Baseline", result.Deaths[0], dateOf);
            FanSeries lever = Fan(arm.Label, result.Deaths[a + 1], dateOf);
            string name = "fan-deaths-" + Slug(arm.Id);
            Write(name, FanChart.Render(new FanChartSpec($"Deaths per month: baseline and {arm.Label}", "Deaths per month", [baseline, lever])
            {
                Subtitle = Subtitle(result),
                Events = arm.ChangesAnything ? [new EventMarker(arm.OnsetDate, "lever")] : [],
            }));
            images.Add((name + ".svg", $"Deaths per month, baseline and {arm.Label}"));
        }

        return images;
    }

    /// <summary>Writes one chart per metric: the effect and its interval at each swept value.</summary>
    public IReadOnlyList<(string Path, string Caption)> WriteSweep(SweepSpec sweep, IReadOnlyList<SweepPoint> points, IReadOnlyList<ComparisonMetric>? metrics)
    {
        var images = new List<(string, string)>();
        if (points.Count == 0)
        {
            return images;
        }

        ComparisonArm arm = points[0].Result.Plan.Arms[0];
        foreach (ComparisonMetric metric in metrics ?? ComparisonMetrics.Key)
        {
            bool share = metric.Kind == ComparisonMetricKind.Outcome;
            double scale = share ? 100 : 1;
            var rows = points.Select(p => (p.Value, Row: p.Result.Rows.First(r => r.Metric.Id == metric.Id)))
                .Select(x => new ForestRow($"{sweep.Key.Split('.')[^1]} = {x.Value.ToString("R", CultureInfo.InvariantCulture)}", scale * x.Row.Difference, scale * x.Row.Interval.Low, scale * x.Row.Interval.High))
                .ToList();
            string name = "sweep-" + metric.Id;
            Write(name, ForestPlot.Render(new ForestPlotSpec($"{metric.Label}: effect of {arm.Label} across {sweep.Key}", $"Difference from the baseline ({(share ? "percentage points" : metric.Unit)})", rows)
            {
                Subtitle = $"{points[0].Result.RunsDone} paired runs per value, seed {points[0].Result.Options.Seed}; where the interval crosses the dashed line, the conclusion is not clear",
                EstimateLabel = "Mean paired difference",
                Size = Tall(rows.Count),
            }));
            images.Add((name + ".svg", $"{metric.Label}: effect across {sweep.Key}"));
        }

        return images;
    }

    private static FanSeries Fan(string label, SeriesAggregator series, Func<int, DateOnly> dateOf)
    {
        int months = series.Months;
        double[] Q(double q) => [.. Enumerable.Range(0, months).Select(t => series.Quantile(0, t, q))];
        return new FanSeries(label, [.. Enumerable.Range(0, months).Select(dateOf)], Q(0.5), Q(0.25), Q(0.75), Q(0.05), Q(0.95));
    }

    private static Func<int, DateOnly> DateOf(ComparisonPlan plan)
    {
        var start = DateOnly.ParseExact(plan.Baseline.Spec.Start + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return t => start.AddMonths(t);
    }

    private static string Subtitle(ComparisonResult result) => string.Create(CultureInfo.InvariantCulture,
        $"{result.Plan.Baseline.Spec.Name}: {result.RunsDone} paired runs per arm, seed {result.Options.Seed}");

    private static ChartSize Tall(int rows) => new(1200, Math.Max(700, 220 + (rows * 30)));

    internal static string Slug(string text)
    {
        var chars = text.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        string slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 0 ? slug : "arm";
    }

    private void Write(string name, string svg)
    {
        AtomicFile.WriteText(Path.Combine(outDir, name + ".svg"), svg);
        _written.Add(name + ".svg");
        if (PngProblem is null)
        {
            if (SvgPng.TryRender(svg, Path.Combine(outDir, name + ".png"), out string? problem))
            {
                _written.Add(name + ".png");
            }
            else
            {
                PngProblem = problem ?? "unknown problem";
            }
        }
    }
}
