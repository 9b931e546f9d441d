using StalemateSim.Plotting;

namespace StalemateSim.Cli.Plots;

/// <summary>
/// The standard set of charts of an ensemble, drawn from its output files: fan charts of the key
/// monthly series, outcome probabilities, histograms of per-run totals and the stacked control
/// shares. Charts whose data the folder lacks are left out.
/// </summary>
internal static class StandardPlots
{
    /// <summary>Kinds of controller, bottom of the stack first, with fixed Okabe–Ito colours.</summary>
    private static readonly (string Kind, string Colour)[] ControlKinds =
    [
        ("state", "#0072b2"),
        ("proGovernment", "#56b4e9"),
        ("selfDefence", "#009e73"),
        ("separatist", "#e69f00"),
        ("jihadist", "#d55e00"),
        ("none", Palette.Neutral),
    ];

    /// <summary>Every name the set can hold, in the order charts are drawn.</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        "outcomes", "deaths", "deaths-civilians", "deaths-by-zone", "groups-active", "fighters-by-kind",
        "displacement", "state-reach", "control-shares", "hist-deaths-total", "hist-splinters", "hist-militias-new",
    ];

    /// <summary>Draws the charts; a chart that fails is reported in <paramref name="problems"/> and left out.</summary>
    public static IReadOnlyList<PlotItem> Draw(EnsembleData data, IReadOnlyList<EventMarker> events, List<string> problems)
    {
        var builders = new (string Name, Func<EnsembleData, IReadOnlyList<EventMarker>, PlotItem?> Build)[]
        {
            ("outcomes", (d, _) => Outcomes(d)),
            ("deaths", (d, e) => Fan(d, e, "deaths", "Conflict deaths", "Deaths per month", [("deaths", "All deaths")],
                "Deaths per month from all causes of the conflict (combatants and civilians).")),
            ("deaths-civilians", (d, e) => Fan(d, e, "deaths-civilians", "Civilian deaths", "Deaths per month", [("deaths.civilians", "Civilian deaths")],
                "Civilians killed per month, in clashes, abuses and intercommunal raids.")),
            ("deaths-by-zone", (d, e) => Fan(d, e, "deaths-by-zone", "Conflict deaths by zone", "Deaths per month",
                [.. d.Series.Family("deaths.zone.").Select(m => (m.Metric, Labels.Words(m.Metric["deaths.zone.".Length..])))],
                "Deaths per month in each zone, overlaid.")),
            ("groups-active", (d, e) => Fan(d, e, "groups-active", "Active armed groups", "Armed groups (count)", [("groups.active", "Active groups")],
                "Armed groups active at the end of each month, including splinters and new militias.")),
            ("fighters-by-kind", (d, e) => Fan(d, e, "fighters-by-kind", "Fighters by kind of armed group", "Fighters (people)",
                [.. d.Series.Family("fighters.").Where(HasAnyValue).Select(m => (m.Metric, Labels.Kind(m.Metric["fighters.".Length..])))],
                "Fighters in all armed groups of each kind at the end of each month; a kind is left out when even its 95th percentile is zero throughout (no fighters in at least 95% of runs).")),
            ("displacement", (d, e) => Fan(d, e, "displacement", "Displaced people", "People",
                [("idps", "Internally displaced (IDPs)"), ("refugees", "Refugees abroad")],
                "People displaced inside the country and refugees abroad at the end of each month.")),
            ("state-reach", (d, e) => Fan(d, e, "state-reach", "State reach", "Share of population under state control", [("state.reach", "State reach")],
                "Share of the population living in places the state controls.")),
            ("control-shares", ControlShares),
            ("hist-deaths-total", (d, _) => Histogram(d, "hist-deaths-total", "deaths_total", "Total deaths per run", "Deaths over the whole run (people)",
                "How the total number of deaths over the whole run varies between runs.")),
            ("hist-splinters", (d, _) => Histogram(d, "hist-splinters", "splinters", "Splinter groups per run", "Splinter groups formed during the run (count)",
                "How many armed groups split off from others during each run.")),
            ("hist-militias-new", (d, _) => Histogram(d, "hist-militias-new", "militias_new", "New militias per run", "Militias raised during the run (count)",
                "How many new community militias were raised during each run.")),
        };

        var items = new List<PlotItem>();
        foreach (var (name, build) in builders)
        {
            try
            {
                if (build(data, events) is { } item)
                {
                    items.Add(item);
                }
            }
            catch (Exception e)
            {
                problems.Add($"{name}: {e.Message.ReplaceLineEndings(" ")}");
            }
        }

        return items;
    }

    private static string FanSubtitle(EnsembleData data) => $"{data.Caption} · median with 50% and 90% bands across runs";

    private static PlotItem? Fan(
        EnsembleData data,
        IReadOnlyList<EventMarker> events,
        string name,
        string title,
        string yLabel,
        IReadOnlyList<(string Metric, string Label)> metrics,
        string caption)
    {
        var series = metrics
            .Select(m => (Data: data.Series.Get(m.Metric), m.Label))
            .Where(m => m.Data is not null)
            .Select(m => new FanSeries(m.Label, m.Data!.Dates, m.Data.P50, m.Data.P25, m.Data.P75, m.Data.P05, m.Data.P95))
            .ToList();
        if (series.Count == 0)
        {
            return null;
        }

        var spec = new FanChartSpec(title, yLabel, series)
        {
            Subtitle = FanSubtitle(data),
            XLabel = "Month",
            Events = events,
        };
        return new PlotItem(name, title, caption, FanChart.Render(spec));
    }

    private static bool HasAnyValue(MetricSeries series) => series.P95.Any(v => double.IsFinite(v) && v > 0);

    private static PlotItem? Outcomes(EnsembleData data)
    {
        if (data.Outcomes.Rows.Count == 0)
        {
            return null;
        }

        const string title = "Outcome probabilities";
        var bars = data.Outcomes.Rows.Select(r => new BarInterval(r.Label, r.Probability, r.Low, r.High)).ToList();
        var spec = new BarIntervalChartSpec(title, bars)
        {
            Subtitle = $"{data.Caption} · share of runs ending in each outcome, with 95% Wilson intervals",
            YLabel = "Probability (share of runs)",
            XLabel = "Outcome at the end of the run",
            ValueLabel = "Share of runs",
            IntervalLabel = "95% Wilson interval",
        };
        return new PlotItem("outcomes", title, "The share of runs that ended in each outcome, with its 95% interval.", BarIntervalChart.Render(spec));
    }

    private static PlotItem? Histogram(EnsembleData data, string name, string column, string title, string xLabel, string caption)
    {
        if (!data.Runs.Has(column) || data.Runs.Count == 0)
        {
            return null;
        }

        var values = data.Runs.Numbers(column);
        if (values.Count(double.IsFinite) < 2)
        {
            return null; // a histogram of one run says nothing a number would not
        }

        var spec = new HistogramSpec(title, xLabel, values)
        {
            Subtitle = $"{data.Caption} · one value per run",
            YLabel = "Runs",
        };
        return new PlotItem(name, title, caption, Plotting.Histogram.Render(spec));
    }

    private static PlotItem? ControlShares(EnsembleData data, IReadOnlyList<EventMarker> events)
    {
        var kinds = ControlKinds
            .Select(k => (k.Kind, k.Colour, Series: data.Series.Get("control." + k.Kind)))
            .Where(k => k.Series is not null)
            .ToList();
        if (kinds.Count == 0)
        {
            return null;
        }

        var dates = kinds[0].Series!.Dates;
        var totals = new double[dates.Length];
        foreach (var (_, _, series) in kinds)
        {
            for (var t = 0; t < dates.Length && t < series!.P50.Length; t++)
            {
                totals[t] += double.IsFinite(series.P50[t]) && series.P50[t] > 0 ? series.P50[t] : 0;
            }
        }

        var layers = kinds.Select(k =>
        {
            var values = new double[dates.Length];
            for (var t = 0; t < dates.Length; t++)
            {
                var v = t < k.Series!.P50.Length ? k.Series.P50[t] : double.NaN;
                values[t] = totals[t] > 0 && double.IsFinite(v) && v > 0 ? v / totals[t] : 0;
            }

            return new AreaLayer(Labels.Kind(k.Kind), values) { Colour = k.Colour };
        }).ToList();

        const string title = "Who controls the population";
        var spec = new StackedAreaChartSpec(title, "Share of population", dates, layers)
        {
            Subtitle = $"{data.Caption} · median share held by each kind of actor, rescaled to sum to 1 each month",
            XLabel = "Month",
            Events = events,
        };
        return new PlotItem(
            "control-shares",
            title,
            "The median share of the population held by each kind of actor. Medians of shares need not add up to 1, so each month's medians are rescaled to sum to 1: read this as a typical picture, not as one run.",
            StackedAreaChart.Render(spec));
    }
}
