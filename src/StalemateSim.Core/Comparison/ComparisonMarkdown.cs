using System.Globalization;
using System.Text;

namespace StalemateSim.Core.Comparison;

/// <summary>
/// comparison.md: the arms, a table of effects per arm, what they suggest in plain words, and the
/// method and its caveats. sweep.md: the lever's effect across a swept parameter and where it flips.
/// </summary>
public static class ComparisonMarkdown
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    /// <summary>Writes the report; <paramref name="images"/> are relative paths of plots to show, with a caption each.</summary>
    public static string Write(ComparisonResult result, IReadOnlyList<ComparisonMetric>? metrics, IReadOnlyList<(string Path, string Caption)> images)
    {
        IReadOnlyList<ComparisonMetric> shown = metrics ?? ComparisonMetrics.All;
        ComparisonPlan plan = result.Plan;
        var md = new StringBuilder();
        md.Append(Invariant, $"# Policy levers compared: {plan.Baseline.Spec.Name}\n\n");
        md.Append(Invariant, $"{result.RunsDone} paired runs per arm{(result.Complete ? "" : $" (interrupted: {result.RunsDone} of {result.Options.Runs})")}, master seed {result.Options.Seed}. ");
        md.Append("Every arm runs on common random numbers: its run *i* uses the same seed as the baseline's run *i*, so the two are identical until the lever's first month and differ only through the lever after it. ");
        md.Append(Invariant, $"Differences are arm minus baseline, averaged over the paired runs, with {Percent(result.Options.Confidence)} intervals: {result.Options.IntervalMethod} for the key metrics; ");
        md.Append("Bonett–Price adjusted Wald intervals for paired proportions for the outcome probabilities.\n\n");

        md.Append("## Arms\n\n| Arm | Lever | Overlay files | From |\n|---|---|---|---|\n");
        foreach (ComparisonArm arm in plan.Arms)
        {
            string from = arm.ChangesAnything ? CsvMonth(arm.OnsetDate) : "changes nothing";
            md.Append(Invariant, $"| `{arm.Id}` | {Escape(arm.Label)} | {string.Join(", ", arm.LeverFiles.Select(f => $"`{f}`"))} | {from} |\n");
        }

        md.Append('\n');
        foreach ((string path, string caption) in images)
        {
            md.Append(Invariant, $"![{Escape(caption)}]({path})\n\n");
        }

        for (int a = 0; a < plan.Arms.Count; a++)
        {
            ComparisonArm arm = plan.Arms[a];
            md.Append(Invariant, $"## {Escape(arm.Label)} (`{arm.Id}`)\n\n");
            md.Append(Invariant, $"Measured from {CsvMonth(arm.OnsetDate)}.\n\n");
            md.Append("| Metric | Baseline | Arm | Difference | 95% interval | Runs changed | Paired / unpaired width |\n|---|---:|---:|---:|---:|---:|---:|\n");
            List<ComparisonRow> rows = [.. result.Rows.Where(r => r.Arm == arm.Id && shown.Any(m => m.Id == r.Metric.Id))];
            foreach (ComparisonRow row in rows)
            {
                string ratio = row.Metric.Kind == ComparisonMetricKind.Key && double.IsFinite(row.PairingRatio) ? row.PairingRatio.ToString("F2", Invariant) : "";
                md.Append(Invariant, $"| {row.Metric.Label} | {ComparisonFormat.Value(row.Metric, row.BaselineMean)} | {ComparisonFormat.Value(row.Metric, row.ArmMean)} | ");
                (string difference, string interval) = ComparisonFormat.Effect(row.Metric, row.Difference, row.Interval);
                md.Append(Invariant, $"{difference} | {interval} | {row.RunsChanged} of {row.N} | {ratio} |\n");
            }

            md.Append("\n**In plain words.** ").Append(Sentences(arm, rows, result.Censored[a], result.RunsDone)).Append("\n\n");
        }

        md.Append("## How to read this\n\n");
        foreach (ComparisonMetric metric in shown.Where(m => m.Kind == ComparisonMetricKind.Key))
        {
            md.Append(Invariant, $"- **{metric.Label}** (`{metric.Id}`, {metric.Unit}): {metric.Definition}\n");
        }

        md.Append("- **Outcome probabilities** (`p_…`): the share of runs ending in each outcome, classified by the scenario's thresholds over its last months.\n");
        md.Append("- **Runs changed**: paired runs in which the arm's value differs from the baseline's at all. A lever that changes nothing changes no run, and its difference is exactly zero.\n");
        md.Append("- **Paired / unpaired width**: the interval's half-width over the half-width the same number of runs on independent seeds would give (Welch, from each arm's own spread). Below 1, pairing made the comparison sharper.\n");
        md.Append("- An interval that includes zero means these runs cannot tell the lever's effect from no effect; it does not show that there is none. ");
        md.Append("The intervals are for the model's behaviour under this scenario's assumptions, not for the real world: they cover Monte Carlo noise and the scenario's sampled parameter ranges, not errors in the model itself.\n");
        md.Append("- Years to a settlement are censored: runs that never settle count the remaining horizon, so the means understate the true waiting time where many runs never settle.\n");
        return md.ToString();
    }

    /// <summary>sweep.md: the effect at each swept value and where its sign or significance changes.</summary>
    public static string WriteSweep(SweepSpec sweep, IReadOnlyList<SweepPoint> points, IReadOnlyList<ComparisonMetric>? metrics, IReadOnlyList<(string Path, string Caption)> images)
    {
        IReadOnlyList<ComparisonMetric> shown = metrics ?? ComparisonMetrics.All;
        var md = new StringBuilder();
        if (points.Count == 0)
        {
            return "# Sweep\n\nNo value was run.\n";
        }

        ComparisonArm arm = points[0].Result.Plan.Arms[0];
        md.Append(Invariant, $"# Sensitivity of {Escape(arm.Label)} to `{sweep.Key}`\n\n");
        md.Append(Invariant, $"`{sweep.Key}` from {sweep.Low.ToString("R", Invariant)} to {sweep.High.ToString("R", Invariant)} in {sweep.Steps} steps, set in both the baseline and the arm; ");
        md.Append(Invariant, $"{points[0].Result.RunsDone} paired runs per value, seed {points[0].Result.Options.Seed}, the same run seeds at every value.\n\n");
        foreach ((string path, string caption) in images)
        {
            md.Append(Invariant, $"![{Escape(caption)}]({path})\n\n");
        }

        md.Append("## Where the conclusion changes\n\n");
        foreach (ComparisonMetric metric in shown)
        {
            List<(double Value, ComparisonRow Row)> series = [.. points.Select(p => (p.Value, p.Result.Rows.First(r => r.Metric.Id == metric.Id)))];
            md.Append(Invariant, $"- **{metric.Label}**: {Flips(series)}\n");
        }

        md.Append("\n## Effects by value\n\n| Value | Metric | Baseline | Arm | Difference | 95% interval |\n|---:|---|---:|---:|---:|---:|\n");
        foreach (SweepPoint point in points)
        {
            foreach (ComparisonRow row in point.Result.RowsFor(shown))
            {
                md.Append(Invariant, $"| {point.Value.ToString("R", Invariant)} | {row.Metric.Label} | {ComparisonFormat.Value(row.Metric, row.BaselineMean)} | {ComparisonFormat.Value(row.Metric, row.ArmMean)} | ");
                (string difference, string interval) = ComparisonFormat.Effect(row.Metric, row.Difference, row.Interval);
                md.Append(Invariant, $"{difference} | {interval} |\n");
            }
        }

        return md.ToString();
    }

    /// <summary>The sign of an effect as its interval shows it: +1 above zero, -1 below, 0 includes zero.</summary>
    public static int Verdict(ConfidenceInterval interval) => !interval.IsDefined ? 0 : interval.Low > 0 ? 1 : interval.High < 0 ? -1 : 0;

    private static string Flips(List<(double Value, ComparisonRow Row)> series)
    {
        var segments = new List<(int Verdict, double From, double To)>();
        foreach ((double value, ComparisonRow row) in series)
        {
            int verdict = Verdict(row.Interval);
            if (segments.Count > 0 && segments[^1].Verdict == verdict)
            {
                segments[^1] = (verdict, segments[^1].From, value);
            }
            else
            {
                segments.Add((verdict, value, value));
            }
        }

        string Words(int v) => v > 0 ? "clearly raises it" : v < 0 ? "clearly lowers it" : "no clear effect (interval includes zero)";
        if (segments.Count == 1)
        {
            return $"{Words(segments[0].Verdict)} at every value; the conclusion does not flip in this range.";
        }

        return string.Join("; ", segments.Select(s => s.From == s.To
            ? $"{Words(s.Verdict)} at {s.From.ToString("R", Invariant)}"
            : $"{Words(s.Verdict)} from {s.From.ToString("R", Invariant)} to {s.To.ToString("R", Invariant)}")) + ".";
    }

    private static string Sentences(ComparisonArm arm, List<ComparisonRow> rows, (long Baseline, long Arm) censored, long runs)
    {
        if (!arm.ChangesAnything)
        {
            return "This lever changes nothing in the scenario (it holds no effective event or setting), so every paired run is identical and every difference is exactly zero.";
        }

        var parts = new List<string>();
        var unclear = new List<string>();
        foreach (ComparisonRow row in rows)
        {
            if (row.Metric.Kind == ComparisonMetricKind.Outcome)
            {
                if (row.Interval.ExcludesZero)
                {
                    parts.Add(string.Create(Invariant,
                        $"the probability of ending in {row.Metric.Id[2..]} {(row.Difference > 0 ? "rises" : "falls")} by {ComparisonFormat.Magnitude(row.Metric, row.Difference)} " +
                        $"(from {ComparisonFormat.Value(row.Metric, row.BaselineMean)} to {ComparisonFormat.Value(row.Metric, row.ArmMean)}; interval {ComparisonFormat.Interval(row.Metric, row.Interval)})"));
                }

                continue;
            }

            string name = Phrase(row.Metric);
            if (row.Interval.ExcludesZero)
            {
                string relative = row.BaselineMean != 0 && !ComparisonFormat.IsShare(row.Metric)
                    ? string.Create(Invariant, $", {100 * row.Difference / Math.Abs(row.BaselineMean):+0;-0}% of the baseline's {ComparisonFormat.Value(row.Metric, row.BaselineMean)}")
                    : "";
                parts.Add(string.Create(Invariant,
                    $"{name} {(row.Difference > 0 ? "goes up" : "goes down")} by {ComparisonFormat.Magnitude(row.Metric, row.Difference)} (interval {ComparisonFormat.Interval(row.Metric, row.Interval)}{relative})"));
            }
            else
            {
                unclear.Add(name);
            }
        }

        var text = new StringBuilder();
        text.Append(parts.Count > 0
            ? $"In the model, with this lever {string.Join("; ", parts)}."
            : "In these runs the lever has no clear effect on any metric shown.");
        if (unclear.Count > 0 && parts.Count > 0)
        {
            text.Append(Invariant, $" No clear effect on {string.Join(", ", unclear)}: their intervals include zero.");
        }

        if (rows.Any(r => r.Metric.Id == ComparisonMetrics.YearsToSettlement))
        {
            text.Append(Invariant, $" No settlement month after the lever in {censored.Baseline} of {runs} baseline runs and {censored.Arm} of {runs} arm runs (censored at the horizon).");
        }

        return text.ToString();
    }

    private static string Phrase(ComparisonMetric metric) => metric.Id switch
    {
        ComparisonMetrics.DeathsAfter => "the number of deaths after the lever",
        ComparisonMetrics.SplintersAfter => "the number of splinter groups",
        ComparisonMetrics.MilitiasAfter => "the number of new militias",
        ComparisonMetrics.DisplacedPeakAfter => "the peak number of displaced people",
        ComparisonMetrics.JihadistControlLast12 => "the jihadists' share of the population in the last year",
        ComparisonMetrics.YearsToSettlement => "the time to a settlement (years)",
        _ => char.ToLowerInvariant(metric.Label[0]) + metric.Label[1..],
    };

    private static string Percent(double confidence) => (100 * confidence).ToString("0.#", Invariant) + "%";

    private static string CsvMonth(DateOnly date) => date.ToString("yyyy-MM", Invariant);

    private static string Escape(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);
}
