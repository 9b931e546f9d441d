using StalemateSim.Core.Model;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.ForeignForces;

/// <summary>
/// Counter-terror partnerships with militias (digest 3.2 AL10; 3.5 FF5). A present force with
/// militia support partners each pro-government group (not at war with the state) that has
/// fighters where the force has troops; the group is funded at
/// <c>militiaSupport × partnerFunding</c> a month (paid by the upkeep rule from
/// <see cref="GroupTable.ForeignFunding"/>), and every jihadist group's affinity toward it falls
/// by <c>partnerTargeting × militiaSupport</c> a month: the militia becomes a target. Support 0 or
/// withdrawal ends the partnership. Where several forces qualify, the most supportive (then the
/// lowest index) is the partner.
/// </summary>
internal static class ForeignPartnerships
{
    public static void Apply(World world, ForeignForcesSpec spec)
    {
        GroupTable g = world.Groups;
        ForeignTable f = world.Foreign;
        RelationMatrix rel = world.Relations;
        for (int i = 0; i < g.Count; i++)
        {
            int partner = g.Active[i] && g.Kind[i] == GroupKind.ProGovernment && !world.HostileToState(i) ? BestPartner(world, i) : -1;
            if (partner < 0)
            {
                g.ForeignPartner[i] = -1;
                g.ForeignFunding[i] = 0;
                continue;
            }

            if (g.ForeignPartner[i] != partner)
            {
                world.Log.Add(world.Tick, LogKind.Partnership, partner, i);
            }

            double support = f.MilitiaSupport[partner];
            g.ForeignPartner[i] = partner;
            g.ForeignFunding[i] = support * spec.PartnerFunding;
            for (int j = 0; j < g.Count; j++)
            {
                if (j != i && g.Active[j] && g.Kind[j] == GroupKind.Jihadist)
                {
                    double a = Math.Clamp(rel.Affinity[rel.Index(j, i)] - (spec.PartnerTargeting * support), -1, 1);
                    rel.Affinity[rel.Index(j, i)] = a;
                    rel.Affinity[rel.Index(i, j)] = a;
                }
            }
        }
    }

    private static int BestPartner(World world, int group)
    {
        ForeignTable f = world.Foreign;
        GroupTable g = world.Groups;
        int best = -1;
        for (int i = 0; i < f.Count; i++)
        {
            if (!f.Present[i] || !(f.MilitiaSupport[i] > 0) || (best >= 0 && f.MilitiaSupport[i] <= f.MilitiaSupport[best]))
            {
                continue;
            }

            for (int r = 0; r < f.RegionCount; r++)
            {
                if (f.TroopsOf(i, r) > 0 && g.FightersIn(group, r) > 0)
                {
                    best = i;
                    break;
                }
            }
        }

        return best;
    }
}
