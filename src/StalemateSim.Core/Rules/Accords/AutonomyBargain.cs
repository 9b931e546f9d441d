using StalemateSim.Core.Model;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Accords;

/// <summary>
/// Autonomy as an intra-elite bargain (digest 4, 'provisional autonomy for Kidal'; 7.1 autonomy
/// settlement): every non-jihadist group rooted in a community of a region granted autonomy gets
/// autonomySeat × autonomy a month, and its stance toward the state rises toward autonomyStance.
/// Jihadists take no part in bargains with the state. Applies whether or not an accord is open.
/// </summary>
internal static class AutonomyBargain
{
    public static void Apply(World world, AccordsSpec spec)
    {
        RegionTable regions = world.Regions;
        GroupTable g = world.Groups;
        for (int r = 0; r < regions.Count; r++)
        {
            double autonomy = Math.Clamp(regions.Autonomy[r], 0, 1);
            if (autonomy <= 0)
            {
                continue;
            }

            for (int group = 0; group < g.Count; group++)
            {
                if (!g.Active[group] || g.Kind[group] == GroupKind.Jihadist || !RootedIn(world, group, r, spec.RootedKin))
                {
                    continue;
                }

                g.Money[group] += spec.AutonomySeat * autonomy;
                double stance = g.StateStance[group];
                if (stance < spec.AutonomyStance)
                {
                    g.StateStance[group] = stance + (spec.AutonomyStanceRate * autonomy * (spec.AutonomyStance - stance));
                }
            }
        }
    }

    private static bool RootedIn(World world, int group, int region, double rootedKin)
    {
        CommunityTable c = world.Communities;
        for (int k = 0; k < c.Count; k++)
        {
            if (c.Region[k] == region && world.Groups.KinOf(group, k) >= rootedKin)
            {
                return true;
            }
        }

        return false;
    }
}
