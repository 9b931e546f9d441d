using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Tests.Rules;

/// <summary>Lookups and a test-only stand-in for the fighting rules, shared by the upkeep, recruitment, militias and displacement tests.</summary>
internal static class PeopleTestKit
{
    public static int Group(World world, string id) => world.InitialGroupIds.ToList().IndexOf(id);

    public static int Community(World world, string id) => Array.IndexOf(world.Communities.Ids, id);

    public static int Region(World world, string id) => Array.IndexOf(world.Regions.Ids, id);

    /// <summary>The village places of a community.</summary>
    public static IEnumerable<int> Villages(World world, string community)
    {
        int c = Community(world, community);
        return Enumerable.Range(world.Communities.FirstVillage[c], world.Communities.VillageCount[c]);
    }

    /// <summary>Bytes allocated on this thread by a second application of the rule (the first warms up the JIT).</summary>
    public static long BytesAllocatedByApply(IRule rule, World world)
    {
        var random = new Xoshiro256StarStar(1);
        rule.Apply(world, ref random);
        world.Tick++;
        long before = GC.GetAllocatedBytesForCurrentThread();
        rule.Apply(world, ref random);
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    /// <summary>Applies one rule once to a world with a given seed.</summary>
    public static void ApplyOnce(IRule rule, World world, ulong seed = 1)
    {
        var random = new Xoshiro256StarStar(seed);
        rule.Apply(world, ref random);
    }
}

/// <summary>
/// Test-only stand-in for the state, clashes and intercommunal rules: each month it keeps the
/// state's soldiers at a fixed number in each region and, with the given probability, kills a few
/// civilians in a random village and a few fighters of every active group, all through
/// <see cref="Casualties"/>. It lets the people rules run for years on a tiny world with something
/// happening.
/// </summary>
internal sealed class TurmoilRule(double soldiersPerRegion, double attackChance) : IRule
{
    public string Name => "turmoil";

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        Array.Fill(world.State.Force, soldiersPerRegion);
        if (!random.Chance(attackChance))
        {
            return;
        }

        PlaceTable p = world.Places;
        int place = random.NextInt(p.Count);
        Casualties.KillCivilians(world, place, 1 + random.NextInt(20), -1, ActorKind.State);
        GroupTable g = world.Groups;
        for (int i = 0; i < g.Count; i++)
        {
            if (g.Active[i])
            {
                for (int r = 0; r < g.RegionCount; r++)
                {
                    Casualties.KillFighters(world, i, r, 0.02 * g.FightersIn(i, r), ActorKind.State);
                }
            }
        }

        world.Communities.Fear[random.NextInt(world.Communities.Count)] = random.NextDouble();
    }
}
