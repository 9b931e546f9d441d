namespace StalemateSim.Plotting.Tests.Support;

/// <summary>Deterministic inputs shared by the chart tests.</summary>
internal static class SampleData
{
    public static IReadOnlyList<DateOnly> Months(int year, int month, int count) =>
        Enumerable.Range(0, count).Select(i => new DateOnly(year, month, 1).AddMonths(i)).ToArray();

    /// <summary>A fan series with a smooth median, widening quantiles and a little wiggle.</summary>
    public static FanSeries Fan(string label, int months, double level, double trend, int startYear = 2012)
    {
        var dates = Months(startYear, 1, months);
        var median = new double[months];
        var p25 = new double[months];
        var p75 = new double[months];
        var p05 = new double[months];
        var p95 = new double[months];
        for (var i = 0; i < months; i++)
        {
            var m = level + (trend * i) + (8 * Math.Sin(i / 5.0));
            var spread = 5 + (0.3 * i);
            median[i] = m;
            p25[i] = m - spread;
            p75[i] = m + spread;
            p05[i] = m - (2.2 * spread);
            p95[i] = m + (2.6 * spread);
        }

        return new FanSeries(label, dates, median, p25, p75, p05, p95);
    }

    public static FanChartSpec FanSpec(int seriesCount = 2, int months = 144) => new(
        "Monthly conflict fatalities, northern Mali",
        "Fatalities per month (persons)",
        Enumerable.Range(0, seriesCount)
            .Select(i => Fan(i == 0 ? "Baseline" : $"Scenario {i}", months, 60 + (25 * i), 0.4 - (0.2 * i)))
            .ToArray())
    {
        Subtitle = "Median, 50% and 90% intervals across 1,000 runs",
        Events =
        [
            new EventMarker(new DateOnly(2013, 1, 1), "Serval"),
            new EventMarker(new DateOnly(2014, 8, 1), "Barkhane"),
            new EventMarker(new DateOnly(2015, 6, 1), "Algiers Accord"),
            new EventMarker(new DateOnly(2015, 7, 1), "MINUSMA mandate"),
            new EventMarker(new DateOnly(2020, 8, 1), "Coup"),
            new EventMarker(new DateOnly(2021, 5, 1), "Second coup"),
        ],
    };

    public static BarIntervalChartSpec BarSpec() => new(
        "Outcome after ten years",
        [
            new BarInterval("Stalemate", 0.52, 0.47, 0.57),
            new BarInterval("Negotiated settlement", 0.21, 0.17, 0.25),
            new BarInterval("State victory", 0.09, 0.06, 0.12),
            new BarInterval("Jihadist expansion", 0.15, 0.11, 0.19),
            new BarInterval("Partition", 0.03, 0.01, 0.05),
        ])
    {
        Subtitle = "Share of 1,000 runs; whiskers are 95% Wilson intervals",
    };

    public static HistogramSpec HistogramSpec()
    {
        var values = new double[1000];
        var state = 12345u;
        for (var i = 0; i < values.Length; i++)
        {
            // Sum of uniforms from a fixed linear congruential generator: deterministic and bell-shaped.
            double sum = 0;
            for (var k = 0; k < 6; k++)
            {
                state = (state * 1664525u) + 1013904223u;
                sum += state / (double)uint.MaxValue;
            }

            values[i] = 20000 + (sum * 4000);
        }

        return new HistogramSpec("Total fatalities over ten years", "Fatalities per run (persons)", values)
        {
            Subtitle = "1,000 runs",
        };
    }

    public static StackedAreaChartSpec StackedSpec(int months = 120)
    {
        var dates = Months(2012, 1, months);
        string[] names = ["state", "separatist", "jihadist", "proGovernment", "selfDefence", "none"];
        var layers = names.Select(_ => new double[months]).ToArray();
        for (var i = 0; i < months; i++)
        {
            var t = i / (double)months;
            double[] raw = [0.55 - (0.25 * t), 0.12 + (0.05 * Math.Sin(i / 9.0)), 0.08 + (0.2 * t), 0.05, 0.03 + (0.06 * t), 0.17];
            var total = raw.Sum();
            for (var k = 0; k < names.Length; k++)
            {
                layers[k][i] = raw[k] / total;
            }
        }

        return new StackedAreaChartSpec(
            "Territorial control by kind of actor",
            "Share of districts (fraction)",
            dates,
            names.Select((n, k) => new AreaLayer(n, layers[k]) { Colour = n == "none" ? "#bbbbbb" : null }).ToArray())
        {
            Events = [new EventMarker(new DateOnly(2013, 1, 1), "Serval")],
        };
    }

    public static ForestPlotSpec ForestSpec() => new(
        "Sensitivity of stalemate duration to parameters",
        "Change in months of stalemate per +10% in parameter (months)",
        [
            new ForestRow("Recruitment rate (jihadist)", 4.2, 2.1, 6.3),
            new ForestRow("Foreign troop presence", -3.5, -5.9, -1.2),
            new ForestRow("Rainfall shock frequency", 1.1, -0.4, 2.7),
            new ForestRow("Alliance formation threshold", -0.6, -2.2, 1.0),
            new ForestRow("State revenue", -2.4, -3.1, -1.6),
            new ForestRow("Self-defence militia mobilisation", 2.9, 0.8, 5.5),
        ]);

    public static NetworkChartSpec NetworkSpec() => new(
        "Alliances and blocs, January 2016",
        [
            new NetworkNode("fama", "FAMa", "state", 10),
            new NetworkNode("gatia", "GATIA", "proGovernment", 4),
            new NetworkNode("msa", "MSA", "proGovernment", 3),
            new NetworkNode("mnla", "MNLA", "separatist", 6),
            new NetworkNode("hcua", "HCUA", "separatist", 5),
            new NetworkNode("maa", "MAA", "separatist", 2),
            new NetworkNode("aqim", "AQIM", "jihadist", 7),
            new NetworkNode("ansar", "Ansar Dine", "jihadist", 6),
            new NetworkNode("mujao", "MUJAO", "jihadist", 4),
            new NetworkNode("katiba", "Katiba Macina", "jihadist", 5),
            new NetworkNode("dan", "Dan Na Ambassagou", "selfDefence", 3),
        ],
        [
            new NetworkEdge("fama", "gatia", EdgeKind.Alliance),
            new NetworkEdge("fama", "msa", EdgeKind.Alliance),
            new NetworkEdge("gatia", "msa", EdgeKind.Bloc),
            new NetworkEdge("mnla", "hcua", EdgeKind.Bloc),
            new NetworkEdge("hcua", "maa", EdgeKind.Bloc),
            new NetworkEdge("mnla", "maa", EdgeKind.Bloc),
            new NetworkEdge("aqim", "ansar", EdgeKind.Alliance),
            new NetworkEdge("ansar", "katiba", EdgeKind.Alliance),
            new NetworkEdge("aqim", "mujao", EdgeKind.Alliance),
            new NetworkEdge("fama", "mnla", EdgeKind.Hostility),
            new NetworkEdge("fama", "aqim", EdgeKind.Hostility),
            new NetworkEdge("gatia", "hcua", EdgeKind.Hostility),
            new NetworkEdge("dan", "katiba", EdgeKind.Hostility),
            new NetworkEdge("mnla", "ansar", EdgeKind.Hostility),
        ])
    {
        Subtitle = "Node area proportional to fighters",
    };

    /// <summary>Eight series with long names on a small chart: the legend has to go below.</summary>
    public static FanChartSpec CrowdedFanSpec() => new(
        "Crowded scenarios",
        "Armed clashes per month (events)",
        Enumerable.Range(0, 8)
            .Select(i => Fan($"Scenario with a long descriptive name number {i}", 36, 50 + (5 * i), 0.1))
            .ToArray())
    {
        Size = new ChartSize(700, 500),
        Events = [new EventMarker(new DateOnly(2012, 1, 1), "Start of rebellion"), new EventMarker(new DateOnly(2014, 12, 1), "End")],
    };

    /// <summary>Many categories with long names: the category labels have to be rotated.</summary>
    public static BarIntervalChartSpec ManyBarsSpec() => new(
        "Which faction holds Kidal after five years?",
        Enumerable.Range(0, 12)
            .Select(i => new BarInterval($"Coalition of armed movements {i}", i == 0 ? 1 : 0.08 * i, Math.Max(0, (0.08 * i) - 0.05), i == 0 ? 1 : (0.08 * i) + 0.05))
            .ToArray())
    {
        Size = new ChartSize(900, 600),
    };

    /// <summary>Thirty actors in four categories with a ring of alliances and some hostilities.</summary>
    public static NetworkChartSpec BigNetworkSpec()
    {
        string[] categories = ["state", "separatist", "jihadist", "selfDefence"];
        var nodes = Enumerable.Range(0, 30)
            .Select(i => new NetworkNode($"n{i}", $"Armed group {i}", categories[i % 4], 1 + (i % 7)))
            .ToArray();
        var edges = Enumerable.Range(0, 30)
            .Select(i => new NetworkEdge($"n{i}", $"n{(i + 4) % 30}", i % 3 == 0 ? EdgeKind.Hostility : EdgeKind.Alliance))
            .ToArray();
        return new NetworkChartSpec("Thirty actors", nodes, edges);
    }
}
