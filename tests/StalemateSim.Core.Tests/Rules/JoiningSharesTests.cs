using StalemateSim.Core.Model;
using StalemateSim.Core.Rules.Recruitment;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;

namespace StalemateSim.Core.Tests.Rules;

/// <summary>
/// The expected joiners a community's villages give each group, which recruitment's one draw per
/// community is made from, checked against the formula written out village by village.
/// </summary>
public class JoiningSharesTests
{
    [Test]
    public void ExpectedJoinersAreTheVillagesSharesOfTheirPoolsSummed()
    {
        var tiny = new TinyWorld().WithJihadists();
        tiny.WithGroup("militia", new ArmedGroupSpec
        {
            Kind = GroupKind.SelfDefence,
            Leader = "hunter",
            Fighters = 300,
            Money = 200,
            Presence = new Dictionary<string, double> { ["centre"] = 1 },
        });
        World world = tiny.Build();
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
        Assert.That(poolByHand, Is.LessThan(world.Communities.Population[herders] * youth), "the empty village adds nothing");
        for (int s = 0; s < n; s++)
        {
            Assert.That(expected[s], Is.EqualTo(byHand[s]).Within(1e-9 * byHand[s]), $"slot {s}");
        }

        Assert.That(expected.Sum(), Is.LessThanOrEqualTo(pool * (1 + 1e-12)), "no village gives more than its pool");
        Assert.That(expected[0], Is.GreaterThan(expected[1]), "the stronger motive and the coerced village draw more");
    }
}
