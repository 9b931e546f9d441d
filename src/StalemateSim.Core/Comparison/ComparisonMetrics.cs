using StalemateSim.Core.Analysis;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Comparison;

/// <summary>
/// The metrics a comparison reports for each run of each arm, measured from the lever's first month
/// (its onset) where that matters: the change in each outcome's probability, then the key metrics.
/// For an arm and the baseline alike the onset is the arm's, so the two are measured over the same
/// months.
/// </summary>
public static class ComparisonMetrics
{
    public const string DeathsAfter = "deaths_after";
    public const string SplintersAfter = "splinters_after";
    public const string MilitiasAfter = "militias_new_after";
    public const string DisplacedPeakAfter = "displaced_peak_after";
    public const string JihadistControlLast12 = "control_jihadist_last12";
    public const string YearsToSettlement = "years_to_settlement";

    /// <summary>The series a run must keep for its metrics to be computed (see <see cref="KeySeries"/>).</summary>
    public static readonly IReadOnlyList<string> SeriesNeeded =
    [
        MetricNames.Deaths, MetricNames.Splinters, MetricNames.NewMilitias, MetricNames.Idps, MetricNames.Refugees,
        MetricNames.ControlOf("jihadist"), MetricNames.AccordImplementation,
    ];

    /// <summary>The key metrics, in report order.</summary>
    public static readonly IReadOnlyList<ComparisonMetric> Key =
    [
        new(DeathsAfter, "Deaths after the lever", "deaths", ComparisonMetricKind.Key,
            "Sum of monthly deaths from the lever's first month to the end of the run."),
        new(SplintersAfter, "Splinters after the lever", "groups", ComparisonMetricKind.Key,
            "Armed groups formed by splits from the lever's first month to the end."),
        new(MilitiasAfter, "New militias after the lever", "groups", ComparisonMetricKind.Key,
            "Self-defence militias raised from the lever's first month to the end."),
        new(DisplacedPeakAfter, "Peak displaced after the lever", "people", ComparisonMetricKind.Key,
            "Largest monthly number of IDPs plus refugees from the lever's first month to the end."),
        new(JihadistControlLast12, "Jihadist control, last 12 months", "population share", ComparisonMetricKind.Key,
            "Mean share of the population held by jihadist groups over the run's last 12 months."),
        new(YearsToSettlement, "Years to a settlement", "years", ComparisonMetricKind.Key,
            "Years from the lever's first month to the first month with accord implementation at or above the scenario's settlement " +
            "threshold and deaths at or below its settlement maximum; runs that never get there count the remaining horizon (censored)."),
    ];

    /// <summary>One indicator per outcome: its mean is the outcome's probability.</summary>
    public static readonly IReadOnlyList<ComparisonMetric> Outcomes =
        [.. OutcomeCounts.All.Select(o => new ComparisonMetric(
            "p_" + OutcomeClassifier.Name(o),
            "P(" + OutcomeClassifier.Name(o) + ")",
            "probability",
            ComparisonMetricKind.Outcome,
            $"Share of runs classified '{OutcomeClassifier.Name(o)}' at the end."))];

    /// <summary>Every metric, in the order of comparison.csv: outcome probabilities, then key metrics.</summary>
    public static readonly IReadOnlyList<ComparisonMetric> All = [.. Outcomes, .. Key];

    /// <summary>Index in <see cref="All"/> of a metric id, or -1.</summary>
    public static int IndexOf(string id)
    {
        for (int i = 0; i < All.Count; i++)
        {
            if (string.Equals(All[i].Id, id, StringComparison.Ordinal))
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>
    /// Computes every metric of one run into <paramref name="values"/> (length <see cref="All"/>.Count),
    /// measured from tick <paramref name="onset"/>.
    /// </summary>
    /// <returns>True when the settlement time is censored (no settlement month from the onset on).</returns>
    public static bool Compute(KeySeries run, int onset, OutcomeSpec outcomes, Span<double> values)
    {
        int months = run.Months;
        onset = Math.Clamp(onset, 0, months);
        int o = 0;
        foreach (Outcome outcome in OutcomeCounts.All)
        {
            values[o++] = run.Outcome == outcome ? 1 : 0;
        }

        ReadOnlySpan<double> deaths = run.Series(0);
        ReadOnlySpan<double> splinters = run.Series(1);
        ReadOnlySpan<double> militias = run.Series(2);
        ReadOnlySpan<double> idps = run.Series(3);
        ReadOnlySpan<double> refugees = run.Series(4);
        ReadOnlySpan<double> jihadist = run.Series(5);
        ReadOnlySpan<double> implementation = run.Series(6);

        double deathsAfter = 0;
        double displaced = onset < months ? double.NegativeInfinity : 0;
        int settledAt = -1;
        for (int t = onset; t < months; t++)
        {
            deathsAfter += Zero(deaths[t]);
            displaced = Math.Max(displaced, Zero(idps[t]) + Zero(refugees[t]));
            if (settledAt < 0 && implementation[t] >= outcomes.SettlementImplementation && Zero(deaths[t]) <= outcomes.SettlementMaxDeaths)
            {
                settledAt = t;
            }
        }

        int window = Math.Min(12, months);
        double control = 0;
        for (int t = months - window; t < months; t++)
        {
            control += Zero(jihadist[t]);
        }

        values[o++] = deathsAfter;
        values[o++] = Increase(splinters, onset);
        values[o++] = Increase(militias, onset);
        values[o++] = displaced;
        values[o++] = window > 0 ? control / window : 0;
        values[o] = ((settledAt < 0 ? months : settledAt) - onset) / 12.0;
        return settledAt < 0;
    }

    /// <summary>How much a cumulative count grew from the start of tick <paramref name="onset"/> to the end.</summary>
    private static double Increase(ReadOnlySpan<double> cumulative, int onset)
    {
        if (cumulative.Length == 0)
        {
            return 0;
        }

        double before = onset > 0 ? Zero(cumulative[onset - 1]) : 0;
        return Zero(cumulative[^1]) - before;
    }

    private static double Zero(double v) => double.IsNaN(v) ? 0 : v;
}
