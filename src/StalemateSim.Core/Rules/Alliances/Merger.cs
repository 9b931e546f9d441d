using StalemateSim.Core.Model;

namespace StalemateSim.Core.Rules.Alliances;

/// <summary>
/// A jihadist merger (digest 3.1 SP14; 3.2 AL9; 7.2.4): the absorbed group's fighters, money and
/// funding move to the absorber; presence becomes the fighter-weighted mix; kin is the stronger
/// tie of the two; arms, cohesion, islamism and stance are fighter-weighted; its wings join the
/// absorber and its leader becomes a wing holding the absorbed group's own core; its places pass
/// to the absorber; then the absorbed group ends.
/// </summary>
internal static class Merger
{
    public static void Merge(World world, int absorber, int absorbed)
    {
        GroupTable g = world.Groups;
        int tick = world.Tick;
        double fa = g.Fighters[absorber], fb = g.Fighters[absorbed];
        double total = fa + fb;
        double wa = total > 0 ? fa / total : 1, wb = 1 - wa;

        g.MixPresence(absorber, absorbed, wa, wb);
        g.RaiseKinToward(absorber, absorbed, keep: 0, join: 1);

        g.Arms[absorber] = Math.Clamp((wa * g.Arms[absorber]) + (wb * g.Arms[absorbed]), 0, 1);
        g.Cohesion[absorber] = Math.Clamp((wa * g.Cohesion[absorber]) + (wb * g.Cohesion[absorbed]), 0, 1);
        g.Islamism[absorber] = Math.Clamp((wa * g.Islamism[absorber]) + (wb * g.Islamism[absorbed]), 0, 1);
        g.StateStance[absorber] = Math.Clamp((wa * g.StateStance[absorber]) + (wb * g.StateStance[absorbed]), -1, 1);
        g.Fighters[absorber] = total;
        g.PeakFighters[absorber] = Math.Max(g.PeakFighters[absorber], total);
        g.Money[absorber] += g.Money[absorbed];
        g.StateFunding[absorber] += g.StateFunding[absorbed];
        g.ExternalFunding[absorber] += g.ExternalFunding[absorbed];
        g.ForeignFunding[absorber] += g.ForeignFunding[absorbed];
        MovePatronage(g, absorber, absorbed);
        MoveWings(world, absorber, absorbed, wa, wb);
        MovePlaces(world, absorber, absorbed);
        ClearRelations(world, absorbed);

        g.Money[absorbed] = 0;
        g.StateFunding[absorbed] = 0;
        g.ExternalFunding[absorbed] = 0;
        g.ForeignFunding[absorbed] = 0;
        g.End(absorbed, tick);
        world.Counters.Mergers++;
        world.Log.Add(tick, LogKind.Merger, absorbed, absorber);
    }

    private static void MovePatronage(GroupTable g, int absorber, int absorbed)
    {
        int cap = g.Capacity;
        for (int x = 0; x < g.Count; x++)
        {
            if (x != absorber && x != absorbed)
            {
                g.PatronFunding[(x * cap) + absorber] += g.PatronFunding[(x * cap) + absorbed];
                g.PatronFunding[(absorber * cap) + x] += g.PatronFunding[(absorbed * cap) + x];
            }

            g.PatronFunding[(x * cap) + absorbed] = 0;
            g.PatronFunding[(absorbed * cap) + x] = 0;
        }

        g.PatronFunding[(absorber * cap) + absorbed] = 0;
    }

    /// <summary>Wing shares are of the merged group's fighters; the absorbed leader keeps what his wings did not hold.</summary>
    private static void MoveWings(World world, int absorber, int absorbed, double wa, double wb)
    {
        WingTable w = world.Wings;
        double absorbedWings = 0;
        for (int i = 0; i < w.Count; i++)
        {
            if (!w.Active[i])
            {
                continue;
            }

            if (w.Group[i] == absorber)
            {
                w.Share[i] *= wa;
            }
            else if (w.Group[i] == absorbed)
            {
                absorbedWings += w.Share[i];
                w.Share[i] *= wb;
                w.Group[i] = absorber;
            }
        }

        int leader = world.Groups.Leader[absorbed];
        double core = Math.Clamp(1 - absorbedWings, 0, 1) * wb;
        if (leader < 0 || core <= 0)
        {
            return;
        }

        if (w.Add(absorber, leader, core, world.Elites.Community[leader]) < 0)
        {
            world.Counters.CapacityRefusals++;
        }
    }

    private static void MovePlaces(World world, int absorber, int absorbed)
    {
        // Mergers are rare (a handful per run), so one pass over the places is affordable.
        PlaceTable p = world.Places;
        for (int i = 0; i < p.Count; i++)
        {
            if (p.Owner[i] == absorbed)
            {
                p.Owner[i] = absorber;
            }
        }
    }

    private static void ClearRelations(World world, int absorbed)
    {
        RelationMatrix rel = world.Relations;
        for (int x = 0; x < world.Groups.Count; x++)
        {
            rel.SetAllied(absorbed, x, false, world.Tick);
            rel.SetHostile(absorbed, x, false);
            rel.Affinity[rel.Index(absorbed, x)] = 0;
            rel.Affinity[rel.Index(x, absorbed)] = 0;
        }
    }
}
