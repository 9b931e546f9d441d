namespace StalemateSim.Core.MonteCarlo;

/// <summary>
/// Which metrics get per-tick bands in series.csv: all but deaths by region and control by kind
/// within each zone, which are kept per run (trajectories) to hold the aggregation's memory down.
/// </summary>
public static class SeriesMetrics
{
    private static readonly string[] Holders = ["state", "separatist", "jihadist", "proGovernment", "selfDefence", "none"];

    public static bool IsIncluded(string metric)
    {
        if (metric.StartsWith("deaths.region.", StringComparison.Ordinal))
        {
            return false;
        }

        string[] parts = metric.Split('.');
        return !(parts.Length == 3 && parts[0] == "control" && Array.IndexOf(Holders, parts[1]) >= 0);
    }

    /// <summary>The included metrics, in trajectory order, and their indices in the trajectory.</summary>
    public static (string[] Names, int[] Indices) Select(IReadOnlyList<string> trajectoryMetrics)
    {
        var names = new List<string>();
        var indices = new List<int>();
        for (int i = 0; i < trajectoryMetrics.Count; i++)
        {
            if (IsIncluded(trajectoryMetrics[i]))
            {
                names.Add(trajectoryMetrics[i]);
                indices.Add(i);
            }
        }

        return ([.. names], [.. indices]);
    }
}
