using StalemateSim.Core.Model;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Movement;

/// <summary>
/// How much a region draws a group and how dangerous it is to it. Appeal is the population-weighted
/// kin of the region's communities to the group, plus (for groups at war with the state) their
/// ideological fit × grievance; danger is the share of strength there held by the group's enemies.
/// </summary>
internal static class RegionAppeal
{
    /// <summary>The appeal to <paramref name="group"/> of a region whose communities are <paramref name="communities"/> (in index order).</summary>
    public static double Appeal(World world, int group, ReadOnlySpan<int> communities, MovementSpec spec)
    {
        CommunityTable c = world.Communities;
        GroupTable g = world.Groups;
        double weighted = 0, population = 0;
        bool againstState = world.HostileToState(group);
        GroupKind kind = g.Kind[group];
        foreach (int i in communities)
        {
            double fit = kind == GroupKind.Jihadist ? c.Islamism[i] : kind == GroupKind.Separatist ? c.Separatism[i] : 0;
            double score = (spec.WKin * g.KinOf(group, i)) + (againstState ? spec.WFit * fit * c.Grievance[i] * (1 - c.Trust[i]) * 2 : 0);
            weighted += c.Population[i] * score;
            population += c.Population[i];
        }

        return population > 0 ? weighted / population : 0;
    }

    /// <summary>
    /// The enemies' share of armed strength in the region, measured against the group's own strength
    /// there plus a scale; <paramref name="hostileGroups"/> are the active groups hostile to it, in
    /// index order, and <paramref name="strengths"/> holds every active group's
    /// <see cref="Strength.OfGroup"/> by region, <c>[group × regions + region]</c>, as the world stands.
    /// </summary>
    public static double Danger(World world, int group, int region, MovementSpec spec, ReadOnlySpan<int> hostileGroups, double[] strengths)
    {
        int regions = world.Regions.Count;
        double enemies = world.HostileToState(group) ? Strength.OfStateSide(world, region, spec.ForeignDangerWeight) : 0;
        foreach (int other in hostileGroups)
        {
            enemies += strengths[(other * regions) + region];
        }

        double own = strengths[(group * regions) + region];
        return enemies / (enemies + own + spec.DangerScale);
    }
}
