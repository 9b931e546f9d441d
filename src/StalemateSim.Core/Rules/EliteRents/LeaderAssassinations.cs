using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.EliteRents;

/// <summary>
/// Rare killings of top leaders (digest 3.7 AS1–AS3, AS5; 3.1 SP8; 7.2.6). Each group's leader
/// dies with probability 1 − exp(−hazard) a month, where hazard = leaderHazard × (souredMultiplier
/// if the group is hostile to a stronger group in a region where both are present) + for jihadists
/// ctKillHazard × presence-weighted counter-terror troops / 1000. The group loses cohesion and its
/// largest wing's leader takes over (the wing is absorbed into the command), else a new commander
/// rises. The leader's death is booked as one combatant death charged to the likeliest killer.
/// </summary>
internal static class LeaderAssassinations
{
    /// <summary>Fills <paramref name="ctTroops"/> (by region) with present counter-terror and state-support foreign troops.</summary>
    public static void CountCounterTerrorTroops(World world, double[] ctTroops)
    {
        ForeignTable f = world.Foreign;
        Array.Clear(ctTroops);
        for (int force = 0; force < f.Count; force++)
        {
            if (!f.Present[force] || f.Posture[force] == ForeignPosture.Peacekeeping)
            {
                continue;
            }

            for (int r = 0; r < ctTroops.Length; r++)
            {
                ctTroops[r] += f.TroopsOf(force, r);
            }
        }
    }

    public static void Run(World world, EliteRentsSpec spec, double[] ctTroops, ref Xoshiro256StarStar random)
    {
        GroupTable g = world.Groups;
        EliteTable e = world.Elites;
        int groupCount = g.Count;
        for (int group = 0; group < groupCount; group++)
        {
            int leader = g.Leader[group];
            if (!g.Active[group] || g.Fighters[group] <= 0 || leader < 0 || !e.Alive[leader])
            {
                continue;
            }

            int rival = StrongerHostileRival(world, group);
            double ordinary = spec.LeaderHazard * (rival >= 0 ? spec.SouredMultiplier : 1);
            double counterTerror = 0;
            if (g.Kind[group] == GroupKind.Jihadist)
            {
                double troops = 0;
                for (int r = 0; r < ctTroops.Length; r++)
                {
                    troops += g.PresenceIn(group, r) * ctTroops[r];
                }

                counterTerror = spec.CtKillHazard * troops / 1000;
            }

            double hazard = ordinary + counterTerror;
            double p = 1 - Math.Exp(-hazard);
            double u = random.NextDouble();
            if (!(u < p))
            {
                continue;
            }

            // Which cause fired: the share of the hazard each accounts for.
            bool byForeign = u < p * (counterTerror / hazard);
            ActorKind killer = byForeign ? ActorKind.Foreign
                : rival >= 0 ? Casualties.KindOf(world, rival)
                : world.HostileToState(group) ? ActorKind.State
                : Casualties.KindOf(world, group);
            Kill(world, spec, group, killer);
        }
    }

    /// <summary>A group hostile to this one and stronger than it in a region where both are, or -1.</summary>
    private static int StrongerHostileRival(World world, int group)
    {
        GroupTable g = world.Groups;
        for (int r = 0; r < g.RegionCount; r++)
        {
            double own = Strength.OfGroup(world, group, r);
            if (own <= 0)
            {
                continue;
            }

            for (int other = 0; other < g.Count; other++)
            {
                if (other != group && g.Active[other] && world.Relations.AreHostile(group, other) && Strength.OfGroup(world, other, r) > own)
                {
                    return other;
                }
            }
        }

        return -1;
    }

    private static void Kill(World world, EliteRentsSpec spec, int group, ActorKind killer)
    {
        GroupTable g = world.Groups;
        EliteTable e = world.Elites;
        int leader = g.Leader[group];
        e.Alive[leader] = false;
        Casualties.KillFighters(world, group, MainRegion(g, group), 1, killer);
        g.Cohesion[group] = Math.Max(0, g.Cohesion[group] - spec.LeaderLossShock);
        world.Counters.Assassinations++;
        world.Log.Add(world.Tick, LogKind.Assassination, leader, group);

        int wing = LargestWing(world, group);
        if (wing >= 0)
        {
            world.Wings.Active[wing] = false;
            g.Leader[group] = world.Wings.Elite[wing];
            return;
        }

        int successor = e.Add(null, e.Community[leader]);
        if (successor < 0)
        {
            // The table is full: the group fights on without a named leader (no rents, no further assassinations).
            world.Counters.CapacityRefusals++;
            return;
        }

        e.RisenFrom[successor] = group;
        e.Ambition[successor] = e.Ambition[leader];
        e.Prestige[successor] = 0.5 * e.Prestige[leader];
        e.Islamism[successor] = g.Islamism[group];
        e.StateStance[successor] = Math.Clamp(g.StateStance[group], -1, 1);
        g.Leader[group] = successor;
        world.Log.Add(world.Tick, LogKind.CommanderRose, successor, group);
    }

    private static int LargestWing(World world, int group)
    {
        WingTable w = world.Wings;
        int best = -1;
        for (int i = 0; i < w.Count; i++)
        {
            if (w.Active[i] && w.Group[i] == group && world.Elites.Alive[w.Elite[i]] && (best < 0 || w.Share[i] > w.Share[best]))
            {
                best = i;
            }
        }

        return best;
    }

    private static int MainRegion(GroupTable g, int group)
    {
        int best = 0;
        for (int r = 1; r < g.RegionCount; r++)
        {
            if (g.PresenceIn(group, r) > g.PresenceIn(group, best))
            {
                best = r;
            }
        }

        return best;
    }
}
