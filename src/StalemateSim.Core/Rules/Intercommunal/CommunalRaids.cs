using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Rules.Intercommunal;

/// <summary>
/// Raids by armed groups on the villages of communities their own root community is hostile to
/// (digest 3.11 IC1: victimisation on both sides; 2(a)-iv: Dogon and Bambara militias vs Peul
/// villages, jihadists vs Dogon villages). Groups are visited in index order, regions in index
/// order, target communities in region order, so draws are deterministic.
/// </summary>
internal static class CommunalRaids
{
    public static void Mount(World world, IntercommunalSpec spec, CommunityVillages villages, ref Xoshiro256StarStar random)
    {
        GroupTable g = world.Groups;
        CommunityTable c = world.Communities;
        for (int group = 0; group < g.Count; group++)
        {
            if (!g.Active[group] || g.Fighters[group] <= 0)
            {
                continue;
            }

            ActorKind kind = Casualties.KindOf(world, group);
            for (int r = 0; r < world.Regions.Count; r++)
            {
                double fighters = g.FightersIn(group, r);
                if (fighters <= 0)
                {
                    continue;
                }

                int first = villages.First(r);
                int end = villages.End(r);
                for (int i = first; i < end; i++)
                {
                    int target = villages.MemberAt(i);
                    if (g.KinOf(group, target) >= spec.RootedKin)
                    {
                        continue;
                    }

                    double hostility = RootHostility(g, c, villages, group, target, first, end, spec.RootedKin);
                    if (hostility <= spec.RaidThreshold)
                    {
                        continue;
                    }

                    int raids = random.NextPoisson(spec.RaidRate * hostility * fighters / 1000);
                    for (int k = 0; k < raids; k++)
                    {
                        int village = villages.DrawVillage(world, target, ref random);
                        if (village < 0)
                        {
                            break;
                        }

                        Casualties.KillCivilians(world, village, random.NextPoisson(spec.RaidLethality), group, kind);
                    }
                }
            }
        }
    }

    /// <summary>The strongest hostility toward <paramref name="target"/> among the group's root communities in the same region.</summary>
    private static double RootHostility(
        GroupTable g, CommunityTable c, CommunityVillages villages, int group, int target, int first, int end, double rootedKin)
    {
        double hostility = 0;
        for (int j = first; j < end; j++)
        {
            int root = villages.MemberAt(j);
            if (root != target && g.KinOf(group, root) >= rootedKin)
            {
                hostility = Math.Max(hostility, c.HostilityOf(root, target));
            }
        }

        return hostility;
    }
}
