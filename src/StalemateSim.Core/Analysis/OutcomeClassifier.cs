using StalemateSim.Core.Model;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Analysis;

/// <summary>
/// Classifies a finished run. Control shares are averaged over the last <c>windowMonths</c> and
/// over the scenario's outcome zones, weighted by population. Checked in order: state collapse,
/// jihadist hegemony, state victory, negotiated settlement; otherwise persistent stalemate.
/// </summary>
public static class OutcomeClassifier
{
    public static string Name(Outcome outcome) => outcome switch
    {
        Outcome.PersistentStalemate => "stalemate",
        Outcome.NegotiatedSettlement => "settlement",
        Outcome.JihadistHegemony => "jihadistHegemony",
        Outcome.StateVictory => "stateVictory",
        Outcome.StateCollapse => "stateCollapse",
        _ => throw new ArgumentOutOfRangeException(nameof(outcome), outcome, null),
    };

    public static Outcome Classify(World world, Trajectory trajectory, OutcomeSpec spec, double initialHostileFighters)
    {
        int window = Math.Min(spec.WindowMonths, trajectory.Months);
        double state = ZoneShare(world, trajectory, spec, "state", window);
        double jihadist = ZoneShare(world, trajectory, spec, "jihadist", window);

        if (NationalCapitalLost(world) || state <= spec.StateCollapseControl)
        {
            return Outcome.StateCollapse;
        }

        if (jihadist >= spec.JihadistHegemony)
        {
            return Outcome.JihadistHegemony;
        }

        double hostile = HostileFighters(world);
        if (state >= spec.StateVictoryControl && hostile <= spec.StateVictoryFighters * Math.Max(1, initialHostileFighters))
        {
            return Outcome.StateVictory;
        }

        double implementation = Mean(trajectory.Series(MetricNames.AccordImplementation), window);
        double deaths = Mean(trajectory.Series(MetricNames.Deaths), window);
        if (implementation >= spec.SettlementImplementation && deaths <= spec.SettlementMaxDeaths)
        {
            return Outcome.NegotiatedSettlement;
        }

        return Outcome.PersistentStalemate;
    }

    /// <summary>Fighters of groups at war with the state.</summary>
    public static double HostileFighters(World world)
    {
        double total = 0;
        for (int g = 0; g < world.Groups.Count; g++)
        {
            if (world.Groups.Active[g] && world.HostileToState(g))
            {
                total += world.Groups.Fighters[g];
            }
        }

        return total;
    }

    private static bool NationalCapitalLost(World world)
    {
        for (int r = 0; r < world.Regions.Count; r++)
        {
            if (world.Regions.NationalCapital[r] && world.Places.Owner[world.Regions.CapitalPlace[r]] >= 0)
            {
                return true;
            }
        }

        return false;
    }

    private static double ZoneShare(World world, Trajectory trajectory, OutcomeSpec spec, string holder, int window)
    {
        double weighted = 0, population = 0;
        for (int z = 0; z < world.ZoneNames.Count; z++)
        {
            string zone = world.ZoneNames[z];
            if (spec.Zones.Count > 0 && !spec.Zones.Contains(zone))
            {
                continue;
            }

            double zonePop = 0;
            for (int r = 0; r < world.Regions.Count; r++)
            {
                if (world.Regions.Zone[r] == z)
                {
                    zonePop += world.Regions.Population[r];
                }
            }

            weighted += zonePop * Mean(trajectory.Series(MetricNames.ControlOf(holder, zone)), window);
            population += zonePop;
        }

        return population > 0 ? weighted / population : 0;
    }

    private static double Mean(ReadOnlySpan<double> series, int window)
    {
        double sum = 0;
        for (int i = series.Length - window; i < series.Length; i++)
        {
            sum += series[i];
        }

        return window > 0 ? sum / window : 0;
    }
}
