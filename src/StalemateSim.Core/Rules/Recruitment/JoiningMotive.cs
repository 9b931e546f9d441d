using StalemateSim.Core.Model;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Recruitment;

/// <summary>
/// The part of a village's motive to join each group present that is shared by all the villages
/// of one community, net of the risk of joining (digest 3.3 RC1, RC5–RC7, RC14, RC19, RC20, RC22; 3.11 IC1, IC4).
/// Only coercion (the group holds the village) and the threshold differ between villages.
/// </summary>
internal static class JoiningMotive
{
    /// <summary>Fills <paramref name="motive"/>[slot] = motive − risk of community <paramref name="c"/> toward each group in <paramref name="groups"/>.</summary>
    public static void Fill(World world, int c, GroupsInRegion groups, RecruitmentSpec spec, double[] motive)
    {
        CommunityTable cm = world.Communities;
        GroupTable g = world.Groups;
        double grievance = cm.Grievance[c];
        double trust = cm.Trust[c];
        double fear = cm.Fear[c];
        double hardship = cm.Hardship[c];
        double communal = MaxHostility(cm, c);
        for (int s = 0; s < groups.Count; s++)
        {
            int group = groups.Group[s];
            double stance = g.StateStance[group];
            double against = Math.Max(0, -stance);
            double toward = Math.Max(0, stance);
            double kin = g.KinOf(group, c);
            GroupKind kind = g.Kind[group];
            double m = (spec.WGrievance * grievance * against)
                + (spec.WDistrust * (1 - trust) * against)
                + (spec.WTrust * trust * toward)
                + (spec.WFear * fear * groups.Protection[s])
                + (spec.WKin * kin)
                + (spec.WIdeology * Fit(cm, c, kind))
                + (spec.WPay * groups.Pay[s])
                + (spec.WHardship * hardship * (kind == GroupKind.Jihadist ? 1 : spec.NonJihadistHardship))
                + (spec.WCommunal * communal * kin);
            motive[s] = m - groups.Risk[s];
        }
    }

    /// <summary>Ideological fit: islamism for jihadists, separatism for separatists, none for militias.</summary>
    private static double Fit(CommunityTable cm, int c, GroupKind kind) => kind switch
    {
        GroupKind.Jihadist => cm.Islamism[c],
        GroupKind.Separatist => cm.Separatism[c],
        _ => 0,
    };

    private static double MaxHostility(CommunityTable cm, int c)
    {
        double max = 0;
        for (int d = 0; d < cm.Count; d++)
        {
            if (d != c)
            {
                max = Math.Max(max, cm.HostilityOf(c, d));
            }
        }

        return max;
    }
}
