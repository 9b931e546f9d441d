using StalemateSim.Core.Model;

namespace StalemateSim.Core.Rules.Clashes;

/// <summary>
/// A group that loses a clash pulls part of its fighters out of the region (digest 3.7 AS2:
/// clashes set territorial lines, "GATIA falls back on Ménaka"). They go to its other regions in
/// proportion to its presence there; a group present nowhere else falls back on the neighbouring
/// region where its enemies are weakest. Fighters are conserved; presence still sums to one.
/// </summary>
internal static class Withdrawal
{
    public static void Retreat(World world, int group, int region, double share, double foreignWeight)
    {
        GroupTable g = world.Groups;
        double here = g.PresenceIn(group, region);
        double moved = share * here;
        if (!(moved > 0))
        {
            return;
        }

        double elsewhere = 1 - here;
        if (elsewhere > 1e-9)
        {
            for (int r = 0; r < g.RegionCount; r++)
            {
                if (r != region)
                {
                    ref double p = ref g.PresenceIn(group, r);
                    p += moved * p / elsewhere;
                }
            }

            g.PresenceIn(group, region) = here - moved;
            g.NormalisePresence(group);
            return;
        }

        int fallback = SafestNeighbour(world, group, region, foreignWeight);
        if (fallback < 0)
        {
            return;
        }

        g.PresenceIn(group, region) = here - moved;
        g.PresenceIn(group, fallback) += moved;
        g.NormalisePresence(group);
    }

    private static int SafestNeighbour(World world, int group, int region, double foreignWeight)
    {
        int best = -1;
        double bestThreat = double.MaxValue;
        foreach (int n in world.Regions.Neighbours[region])
        {
            double threat = world.HostileToState(group) ? Strength.OfStateSide(world, n, foreignWeight) : 0;
            for (int other = 0; other < world.Groups.Count; other++)
            {
                if (other != group && world.Groups.Active[other] && world.Relations.AreHostile(group, other))
                {
                    threat += Strength.OfGroup(world, other, n);
                }
            }

            if (threat < bestThreat)
            {
                bestThreat = threat;
                best = n;
            }
        }

        return best;
    }
}
