using StalemateSim.Core.Model;
using StalemateSim.Core.Rules.Recruitment;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;
using static StalemateSim.Core.Tests.Rules.PeopleTestKit;

namespace StalemateSim.Core.Tests.Rules;

/// <summary>
/// The expected joiners a community's villages give each group, which recruitment's one draw per
/// community is made from, checked against the formula written out village by village.
/// </summary>
public class JoiningSharesTests
{
    /// <summary>The tiny world with jihadists and a farmers' militia of 300, both in the centre.</summary>
    private static TinyWorld JihadistsAndMilitia() => new TinyWorld().WithJihadists().WithGroup("militia", new ArmedGroupSpec
    {
        Kind = GroupKind.SelfDefence,
        Leader = "hunter",
        Fighters = 300,
        Money = 200,
        Presence = new Dictionary<string, double> { ["centre"] = 1 },
        BaseCommunities = new Dictionary<string, double> { ["farmers"] = 1 },
    });

    [Test]
    public void ExpectedJoinersAreTheVillagesSharesOfTheirPoolsSummed()
    {
        World world = JihadistsAndMilitia().Build();
        var spec = new RecruitmentSpec { BaseRate = 0.9, Spread = 0.1 };
        int centre = Array.IndexOf(world.Regions.Ids, "centre");
        int herders = Array.IndexOf(world.Communities.Ids, "herders");
        PlaceTable places = world.Places;
        int first = world.Communities.FirstVillage[herders];
        int count = world.Communities.VillageCount[herders];

        var groups = new GroupsInRegion(world.Groups.Capacity);
        int n = groups.Gather(world, centre, spec);
        Assert.That(n, Is.EqualTo(2), "both groups are in the centre");

        // Villages that test each branch: one without residents, one held by the first group
        // (coercion), and thresholds spread so that some villages' shares add to more than one.
        places.Residents[first] = 0;
        places.Owner[first + 1] = groups.Group[0];
        for (int v = 0; v < count; v++)
        {
            places.Threshold[first + v] = 0.2 + (0.1 * v);
        }

        var shares = new JoiningShares(spec, world.Groups.Capacity, places.Count);
        shares.Motive[0] = 0.6;
        shares.Motive[1] = 0.4;
        shares.Prepare(n);
        shares.ForBlock(places, first, count, groups, n);
        double youth = 0.25;
        var expected = new double[n];
        double pool = shares.AddExpected(places, first, count, youth, n, expected);

        var byHand = new double[n];
        double poolByHand = 0;
        int overfull = 0;
        for (int v = 0; v < count; v++)
        {
            int place = first + v;
            double villagePool = places.Residents[place] * youth;
            var villageShares = new double[n];
            for (int s = 0; s < n; s++)
            {
                double coercion = places.Owner[place] == groups.Group[s] ? spec.WCoercion : 0;
                villageShares[s] = spec.BaseRate / (1 + Math.Exp((places.Threshold[place] - shares.Motive[s] - coercion) / spec.Spread));
            }

            double total = villageShares.Sum();
            overfull += total > 1 && villagePool > 0 ? 1 : 0;
            poolByHand += villagePool;
            for (int s = 0; s < n; s++)
            {
                byHand[s] += villagePool * villageShares[s] * Math.Min(1, 1 / total);
            }
        }

        Assert.That(overfull, Is.GreaterThan(0), "some villages' shares add to more than their whole pool");
        Assert.That(pool, Is.EqualTo(poolByHand).Within(1e-9), "the pool of the villages with residents");
        for (int s = 0; s < n; s++)
        {
            Assert.That(expected[s], Is.EqualTo(byHand[s]).Within(1e-9 * byHand[s]), $"slot {s}");
        }

        Assert.That(expected.Sum(), Is.LessThanOrEqualTo(pool * (1 + 1e-12)), "no village gives more than its pool");
        Assert.That(expected[0], Is.GreaterThan(expected[1]), "the stronger motive and the coerced village draw more");
    }

    [Test]
    public void EachCommunitysDrawRecruitsItsExpectedJoinersOnAverage()
    {
        // A community of 150 villages (three blocks) beside one of 10, two groups present.
        TinyWorld tiny = JihadistsAndMilitia();
        tiny.Communities["herders"] = tiny.Communities["herders"] with { Population = 150_000, Villages = 150 };
        var spec = new RecruitmentSpec { BaseRate = 0.2 };

        World Fresh()
        {
            World w = tiny.Build();
            Array.Fill(w.State.Force, 2_000);
            return w;
        }

        World world = Fresh();
        int centre = Array.IndexOf(world.Regions.Ids, "centre");
        var groups = new GroupsInRegion(world.Groups.Capacity);
        int n = groups.Gather(world, centre, spec);
        var shares = new JoiningShares(spec, world.Groups.Capacity, world.Places.Count);
        var expected = new double[n];
        for (int c = 0; c < world.Communities.Count; c++)
        {
            if (world.Communities.Region[c] != centre)
            {
                continue;
            }

            JoiningMotive.Fill(world, c, groups, spec, shares.Motive);
            shares.Prepare(n);
            int first = world.Communities.FirstVillage[c];
            int end = first + world.Communities.VillageCount[c];
            for (int block = first; block < end; block += JoiningShares.BlockSize)
            {
                int count = Math.Min(JoiningShares.BlockSize, end - block);
                shares.ForBlock(world.Places, block, count, groups, n);
                shares.AddExpected(world.Places, block, count, world.Communities.YouthShare[c] * spec.PoolShare, n, expected);
            }
        }

        const int Seeds = 400;
        for (int s = 0; s < n; s++)
        {
            int group = groups.Group[s];
            var recruits = new double[Seeds];
            for (int seed = 0; seed < Seeds; seed++)
            {
                World w = Fresh();
                ApplyOnce(new RecruitmentRule(spec, w), w, (ulong)seed + 1);
                recruits[seed] = w.Groups.Recruits[group];
            }

            double mean = recruits.Average();
            double error = Math.Sqrt(recruits.Sum(r => (r - mean) * (r - mean)) / (Seeds - 1) / Seeds);
            Assert.That(expected[s], Is.GreaterThan(10), $"group {group} expects recruits worth testing");
            Assert.That(mean, Is.EqualTo(expected[s]).Within(4 * error), $"group {group}: mean {mean:F2} of {Seeds} draws against {expected[s]:F2} expected (standard error {error:F2})");
        }
    }
}
