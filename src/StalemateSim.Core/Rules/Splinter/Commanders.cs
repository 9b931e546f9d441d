using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Rules.Splinter;

/// <summary>
/// Commanders rise in large groups (digest 3.1 SP3, SP9; 2(b): familiar faces and new
/// entrepreneurs): a group with at least <c>commanderMinFighters</c> fighters and fewer than
/// <c>maxWings</c> wings raises a commander with probability <c>1 − exp(−commanderRate × fighters/1000)</c>
/// a month. He comes from one of the group's communities (drawn by kin), his ambition, islamism and
/// stance are drawn around the leader's ambition and the group's islamism and stance, he has some
/// rivalry with the leader, and he leads a new wing holding <c>commanderShare</c> of the fighters,
/// taken from the leader's own core. He is the seed of a later split.
/// </summary>
internal sealed class Commanders
{
    private readonly int[] _wingCount;
    private readonly double[] _wingShare;

    public Commanders(int groupCapacity)
    {
        _wingCount = new int[groupCapacity];
        _wingShare = new double[groupCapacity];
    }

    public void Rise(World world, SplinterSpec spec, ref Xoshiro256StarStar random)
    {
        GroupTable g = world.Groups;
        WingTable wings = world.Wings;
        Array.Clear(_wingCount);
        Array.Clear(_wingShare);
        for (int w = 0; w < wings.Count; w++)
        {
            if (wings.Active[w])
            {
                _wingCount[wings.Group[w]]++;
                _wingShare[wings.Group[w]] += wings.Share[w];
            }
        }

        int groups = g.Count;
        for (int group = 0; group < groups; group++)
        {
            if (!g.Active[group] || g.Fighters[group] < spec.CommanderMinFighters || _wingCount[group] >= spec.MaxWings)
            {
                continue;
            }

            if (!random.Chance(1 - Math.Exp(-spec.CommanderRate * g.Fighters[group] / 1000)))
            {
                continue;
            }

            double share = Math.Min(spec.CommanderShare, 1 - _wingShare[group]);
            if (share < 0.01)
            {
                continue;
            }

            if (!world.Elites.HasRoom || wings.Count >= wings.Capacity)
            {
                world.Counters.CapacityRefusals++;
                continue;
            }

            Raise(world, spec, group, share, ref random);
        }
    }

    private static void Raise(World world, SplinterSpec spec, int group, double share, ref Xoshiro256StarStar random)
    {
        GroupTable g = world.Groups;
        EliteTable e = world.Elites;
        int leader = g.Leader[group];
        int community = DrawCommunity(world, group, ref random);
        if (community < 0 && leader >= 0)
        {
            community = e.Community[leader];
        }

        int elite = e.Add(null, community);
        double leaderAmbition = leader >= 0 ? e.Ambition[leader] : 0.5;
        e.RisenFrom[elite] = group;
        e.Ambition[elite] = Math.Clamp(leaderAmbition + (spec.CommanderSpread * random.NextGaussian()), 0, 1);
        e.Islamism[elite] = Math.Clamp(g.Islamism[group] + (spec.CommanderSpread * random.NextGaussian()), 0, 1);
        e.StateStance[elite] = Math.Clamp(g.StateStance[group] + (spec.CommanderStanceSpread * random.NextGaussian()), -1, 1);
        e.Prestige[elite] = spec.CommanderPrestige;
        if (leader >= 0)
        {
            double rivalry = spec.CommanderRivalry * random.NextDouble();
            e.RivalryOf(elite, leader) = rivalry;
            e.RivalryOf(leader, elite) = rivalry;
        }

        world.Wings.Add(group, elite, share, community);
        world.Log.Add(world.Tick, LogKind.CommanderRose, elite, group);
    }

    /// <summary>One of the group's base communities, drawn in proportion to kin; -1 if it has none.</summary>
    private static int DrawCommunity(World world, int group, ref Xoshiro256StarStar random)
    {
        GroupTable g = world.Groups;
        double total = 0;
        for (int c = 0; c < g.CommunityCount; c++)
        {
            total += g.KinOf(group, c);
        }

        if (!(total > 0))
        {
            return -1;
        }

        double u = random.NextDouble() * total;
        int last = -1;
        for (int c = 0; c < g.CommunityCount; c++)
        {
            double kin = g.KinOf(group, c);
            if (kin > 0)
            {
                last = c;
                u -= kin;
                if (u < 0)
                {
                    return c;
                }
            }
        }

        return last;
    }
}
