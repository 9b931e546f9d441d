using StalemateSim.Core.Analysis;

namespace StalemateSim.Core.MonteCarlo;

/// <summary>
/// The per-run columns of runs.csv: final values, peaks and cumulative totals of the key metrics.
/// Each column is (name, metric, how): "total" sums a monthly flow, "final" takes the last month,
/// "peak" the largest month.
/// </summary>
public static class RunSummary
{
    public static readonly IReadOnlyList<(string Column, string Metric, string How)> Columns =
    [
        ("deaths_total", MetricNames.Deaths, "total"),
        ("deaths_civilians_total", MetricNames.DeathsCivilians, "total"),
        ("deaths_combatants_total", MetricNames.DeathsCombatants, "total"),
        ("deaths_state_total", MetricNames.DeathsState, "total"),
        ("deaths_foreign_total", MetricNames.DeathsForeign, "total"),
        ("attacks_foreign_total", MetricNames.AttacksForeign, "total"),
        ("splinters", MetricNames.Splinters, "final"),
        ("mergers", MetricNames.Mergers, "final"),
        ("militias_new", MetricNames.NewMilitias, "final"),
        ("blocs_final", MetricNames.Blocs, "final"),
        ("groups_active_final", MetricNames.GroupsActive, "final"),
        ("groups_active_peak", MetricNames.GroupsActive, "peak"),
        ("groups_effective_final", MetricNames.GroupsEffective, "final"),
        ("idps_peak", MetricNames.Idps, "peak"),
        ("idps_final", MetricNames.Idps, "final"),
        ("refugees_peak", MetricNames.Refugees, "peak"),
        ("refugees_final", MetricNames.Refugees, "final"),
        ("state_reach_final", MetricNames.StateReach, "final"),
        ("control_jihadist_final", MetricNames.ControlOf("jihadist"), "final"),
        ("control_jihadist_peak", MetricNames.ControlOf("jihadist"), "peak"),
        ("elite_rents_total", MetricNames.EliteRents, "total"),
        ("accord_implementation_final", MetricNames.AccordImplementation, "final"),
        ("assassinations", MetricNames.Assassinations, "final"),
        ("coups", MetricNames.Coups, "final"),
    ];

    /// <summary>Computes the summary columns of a trajectory.</summary>
    public static double[] Of(Trajectory trajectory)
    {
        var values = new double[Columns.Count];
        for (int i = 0; i < Columns.Count; i++)
        {
            (_, string metric, string how) = Columns[i];
            int m = trajectory.IndexOf(metric);
            if (m < 0)
            {
                values[i] = double.NaN;
                continue;
            }

            ReadOnlySpan<double> s = trajectory.Series(m);
            values[i] = how switch
            {
                "total" => Sum(s),
                "peak" => Max(s),
                _ => s.Length > 0 ? s[^1] : double.NaN,
            };
        }

        return values;
    }

    private static double Sum(ReadOnlySpan<double> s)
    {
        double total = 0;
        foreach (double v in s)
        {
            total += v;
        }

        return total;
    }

    private static double Max(ReadOnlySpan<double> s)
    {
        double max = double.NegativeInfinity;
        foreach (double v in s)
        {
            max = Math.Max(max, v);
        }

        return s.Length > 0 ? max : double.NaN;
    }
}
