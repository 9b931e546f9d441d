using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Rules.Intercommunal;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;

namespace StalemateSim.Core.Tests.Rules;

public class IntercommunalRuleTests
{
    private static int Community(World world, string id) => Array.IndexOf(world.Communities.Ids, id);

    private static int Group(World world, string id) => world.InitialGroupIds.ToList().IndexOf(id);

    /// <summary>Tiny world with a farmers' self-defence militia ("dozo") and jihadists rooted among herders, both in the centre.</summary>
    private static TinyWorld TwoRootedGroups(double farmersHostilityToHerders = 0)
    {
        var tiny = new TinyWorld().WithJihadists(800).WithGroup("dozo", new ArmedGroupSpec
        {
            Kind = GroupKind.SelfDefence,
            Leader = "hunter",
            Fighters = 600,
            Presence = new Dictionary<string, double> { ["centre"] = 1 },
            BaseCommunities = new Dictionary<string, double> { ["farmers"] = 1 },
        });
        tiny.Communities["farmers"] = tiny.Communities["farmers"] with
        {
            Hostility = new Dictionary<string, double> { ["herders"] = farmersHostilityToHerders },
        };
        return tiny;
    }

    [Test]
    public void VictimsOfARootedGroupRaiseFearAndHostilityTowardItsCommunityAndMoreWeaklyItsKin()
    {
        var tiny = new TinyWorld().WithJihadists();
        tiny.Communities["herders-east"] = new CommunitySpec { Identity = "herder", Region = "centre", Population = 20_000, Villages = 4 };
        World world = tiny.Build();
        var spec = new IntercommunalSpec { FearDecay = 0, HostilityDecay = 0, RaidRate = 0 };
        var rule = new IntercommunalRule(spec, world);
        int farmers = Community(world, "farmers");
        int herders = Community(world, "herders");
        int east = Community(world, "herders-east");
        int nomads = Community(world, "nomads");

        world.Ledger.Reset();
        // 50 deaths among 50,000 farmers: 1 per thousand, a shock of 1 - 1/e.
        Casualties.KillCivilians(world, world.Communities.FirstVillage[farmers], 50, Group(world, "jihadists"), ActorKind.Jihadist);
        var random = new Xoshiro256StarStar(1);
        rule.Apply(world, ref random);

        double shock = 1 - Math.Exp(-1);
        CommunityTable c = world.Communities;
        Assert.That(c.Fear[farmers], Is.EqualTo(0.1 + (0.5 * shock * 0.9)).Within(1e-9), "fear rises by fearGain x shock x (1 - fear)");
        Assert.That(c.HostilityOf(farmers, herders), Is.EqualTo(0.5 * shock).Within(1e-9), "hostility toward the perpetrators' community");
        Assert.That(c.HostilityOf(farmers, east), Is.EqualTo(0.5 * 0.4 * shock).Within(1e-9), "weaker hostility toward their kin in the region");
        Assert.That(c.HostilityOf(herders, farmers), Is.Zero, "the perpetrators' community is not made hostile");
        Assert.That(c.HostilityOf(nomads, herders) + c.HostilityOf(farmers, nomads), Is.Zero, "uninvolved communities unchanged");
        Assert.That(c.Fear[herders], Is.EqualTo(0.1), "no victims among herders, no fear");
    }

    [Test]
    public void ShockReachCountsVictimsAmongTheirNeighboursNotTheWholeCommunity()
    {
        // 10 deaths among 50,000 farmers: 0.2 per thousand of the whole community, but 1 per
        // thousand of a reach of 10,000 people, the shock 50 deaths give without a reach.
        double FearAfterTenDeaths(double reach)
        {
            World world = new TinyWorld().WithJihadists().Build();
            var rule = new IntercommunalRule(new IntercommunalSpec { FearDecay = 0, HostilityDecay = 0, RaidRate = 0, ShockReach = reach }, world);
            int farmers = Community(world, "farmers");
            world.Ledger.Reset();
            Casualties.KillCivilians(world, world.Communities.FirstVillage[farmers], 10, Group(world, "jihadists"), ActorKind.Jihadist);
            var random = new Xoshiro256StarStar(1);
            rule.Apply(world, ref random);
            return world.Communities.Fear[farmers];
        }

        Assert.That(FearAfterTenDeaths(0), Is.EqualTo(0.1 + (0.5 * (1 - Math.Exp(-0.2)) * 0.9)).Within(1e-9), "0: the whole community");
        Assert.That(FearAfterTenDeaths(10_000), Is.EqualTo(0.1 + (0.5 * (1 - Math.Exp(-1)) * 0.9)).Within(1e-9), "five times the shock per thousand");
        Assert.That(FearAfterTenDeaths(1_000_000), Is.EqualTo(FearAfterTenDeaths(0)), "a reach beyond the population changes nothing");
    }

    [Test]
    public void RuleByAnOutsideGroupFrightensTheVillagersItRulesButNotItsKin()
    {
        World world = new TinyWorld().WithJihadists().Build();
        int jihadists = Group(world, "jihadists");
        int farmers = Community(world, "farmers");
        int herders = Community(world, "herders");
        foreach (int c in new[] { farmers, herders })
        {
            int first = world.Communities.FirstVillage[c];
            for (int v = first; v < first + (world.Communities.VillageCount[c] / 2); v++)
            {
                world.Places.Owner[v] = jihadists;
            }
        }

        double farmersBefore = world.Communities.Fear[farmers];
        double herdersBefore = world.Communities.Fear[herders];
        var rule = new IntercommunalRule(new IntercommunalSpec { OccupationFear = 0.2, FearDecay = 0 }, world);
        var random = new Core.Randomness.Xoshiro256StarStar(1);
        rule.Apply(world, ref random);

        double share = HalfResidents(world, farmers);
        Assert.That(world.Communities.Fear[farmers], Is.EqualTo(farmersBefore + (0.2 * share * (1 - farmersBefore))).Within(1e-9), "about half the farmers ruled by outsiders");
        Assert.That(world.Communities.Fear[herders], Is.EqualTo(herdersBefore), "the herders are the group's kin (0.8)");

        World calm = new TinyWorld().WithJihadists().Build();
        new IntercommunalRule(new IntercommunalSpec { OccupationFear = 0, FearDecay = 0 }, calm).Apply(calm, ref random);
        Assert.That(calm.Communities.Fear[farmers], Is.EqualTo(farmersBefore), "off at 0");
    }

    private static double HalfResidents(World world, int c)
    {
        int first = world.Communities.FirstVillage[c];
        int count = world.Communities.VillageCount[c];
        double half = 0, all = 0;
        for (int v = first; v < first + count; v++)
        {
            all += world.Places.Residents[v];
            half += v < first + (count / 2) ? world.Places.Residents[v] : 0;
        }

        return half / all;
    }

    [Test]
    public void StateVictimsRaiseGrievanceNotHostility()
    {
        World world = new TinyWorld().WithJihadists().Build();
        var rule = new IntercommunalRule(new IntercommunalSpec { FearDecay = 0, HostilityDecay = 0 }, world);
        int herders = Community(world, "herders");
        double grievance = world.Communities.Grievance[herders];

        world.Ledger.Reset();
        Casualties.KillCivilians(world, world.Communities.FirstVillage[herders], 50, Owners.State, ActorKind.State);
        var random = new Xoshiro256StarStar(1);
        rule.Apply(world, ref random);

        double shock = 1 - Math.Exp(-1);
        Assert.That(world.Communities.Grievance[herders], Is.EqualTo(grievance + (0.3 * shock * (1 - grievance))).Within(1e-9));
        Assert.That(world.Communities.Hostility, Is.All.EqualTo(0), "the state is no community: no inter-communal hostility");
    }

    [Test]
    public void HostilityStartsRaidsWhoseVictimsRaiseHostilityInTurnSoRaidsFlowBack()
    {
        const int seeds = 20;
        double Run(double initialHostility, out double herdersKilledByDozo, out double farmersKilledByJihadists)
        {
            double hostility = 0;
            double byDozo = 0;
            double byJihadists = 0;
            for (ulong seed = 1; seed <= seeds; seed++)
            {
                TinyWorld tiny = TwoRootedGroups(initialHostility);
                tiny.Months = 36;
                var sim = tiny.Simulate(seed, new IntercommunalSpec());
                World w = sim.World;
                int farmers = Community(w, "farmers");
                int herders = Community(w, "herders");
                int dozo = Group(w, "dozo");
                int jihadists = Group(w, "jihadists");
                sim.AfterTick = world =>
                {
                    byDozo += world.Ledger.VictimsOf(herders, dozo);
                    byJihadists += world.Ledger.VictimsOf(farmers, jihadists);
                };
                for (int t = 0; t < 36; t++)
                {
                    sim.Step();
                }

                hostility += w.Communities.HostilityOf(herders, farmers);
            }

            herdersKilledByDozo = byDozo / seeds;
            farmersKilledByJihadists = byJihadists / seeds;
            return hostility / seeds;
        }

        double hostile = Run(0.6, out double dozoVictims, out double jihadistVictims);
        double calm = Run(0, out double calmDozo, out double calmJihadists);

        // The farmers' militia raids herders: about raidRate 2 x hostility ~0.5 x 0.6 thousand fighters x 2.5 deaths a month.
        Assert.That(dozoVictims, Is.InRange(20.0, 120.0), "the hostile community's militia raids the other");
        Assert.That(hostile, Is.GreaterThan(0.25), "the victims' community turns hostile in turn, to about the raid threshold (0.3)");
        Assert.That(jihadistVictims, Is.GreaterThan(5), "and the group rooted in it raids back: the cycle");
        Assert.That(calm, Is.Zero);
        Assert.That(calmDozo + calmJihadists, Is.Zero, "without hostility nobody raids");
    }

    [Test]
    public void DroughtRaisesHostilityBetweenHerdersAndFarmersSharingARegion()
    {
        (double HerdersToFarmers, double FarmersToHerders, double Nomads) Run(double severity)
        {
            var tiny = new TinyWorld();
            tiny.Events["dry"] = new EventSpec { At = "2012-01", Type = EventType.Drought, Regions = ["centre", "north"], Severity = severity, Months = 12 };
            var sim = tiny.Simulate(1, new EventsSpec(), new IntercommunalSpec());
            for (int t = 0; t < 12; t++)
            {
                sim.Step();
            }

            World w = sim.World;
            int farmers = Community(w, "farmers");
            int herders = Community(w, "herders");
            int nomads = Community(w, "nomads");
            return (w.Communities.HostilityOf(herders, farmers), w.Communities.HostilityOf(farmers, herders),
                w.Communities.HostilityOf(nomads, herders) + w.Communities.HostilityOf(herders, nomads));
        }

        var dry = Run(0.8);
        var wet = Run(0);

        // dh = 0.03 x 0.8 x (1 - h) - 0.02 h a month: about 0.2 after a year.
        Assert.That(dry.HerdersToFarmers, Is.InRange(0.15, 0.3));
        Assert.That(dry.FarmersToHerders, Is.EqualTo(dry.HerdersToFarmers).Within(1e-12), "both ways");
        Assert.That(dry.Nomads, Is.Zero, "communities in different regions do not compete for the same land");
        Assert.That(wet.HerdersToFarmers, Is.Zero);
    }

    [Test]
    public void ResourcePressureAloneRaisesHostilitySlowly()
    {
        double Run(double pressure)
        {
            var tiny = new TinyWorld();
            tiny.Regions["centre"] = tiny.Regions["centre"] with { ResourcePressure = pressure };
            var sim = tiny.Simulate(1, new IntercommunalSpec());
            for (int t = 0; t < 24; t++)
            {
                sim.Step();
            }

            return sim.World.Communities.HostilityOf(Community(sim.World, "herders"), Community(sim.World, "farmers"));
        }

        double high = Run(0.8);
        Assert.That(high, Is.InRange(0.08, 0.25), "0.01 x 0.8 a month against 2% decay: about 0.14 after two years");
        Assert.That(Run(0.4), Is.EqualTo(high / 2).Within(0.2 * high), "roughly proportional to pressure");
        Assert.That(Run(0), Is.Zero);
    }

    [Test]
    public void RaidsHitOnlyPopulatedVillagesOfTheTargetCommunity()
    {
        World world = TwoRootedGroups(0.9).Build();
        int herders = Community(world, "herders");
        int first = world.Communities.FirstVillage[herders];
        int count = world.Communities.VillageCount[herders];
        PlaceTable p = world.Places;
        for (int v = first; v < first + (count / 2); v++)
        {
            p.Idps[v] += p.Residents[v];
            p.Residents[v] = 0;
        }

        var rule = new IntercommunalRule(new IntercommunalSpec { RaidRate = 20, HostilityGain = 0 }, world);
        for (ulong seed = 1; seed <= 20; seed++)
        {
            world.Ledger.Reset();
            var random = new Xoshiro256StarStar(seed);
            rule.Apply(world, ref random);
        }

        double inEmptied = 0;
        double inPopulated = 0;
        for (int v = first; v < first + count; v++)
        {
            (v < first + (count / 2) ? ref inEmptied : ref inPopulated) += p.Dead[v];
        }

        Assert.That(inPopulated, Is.GreaterThan(100), "20 months of raids at 20 x 0.9 x 0.6 a month, 2.5 deaths each");
        Assert.That(inEmptied, Is.Zero, "villages whose residents have fled are not raided");
        int farmers = Community(world, "farmers");
        double farmerDead = 0;
        for (int v = world.Communities.FirstVillage[farmers]; v < world.Communities.FirstVillage[farmers] + world.Communities.VillageCount[farmers]; v++)
        {
            farmerDead += p.Dead[v];
        }

        Assert.That(farmerDead, Is.Zero, "with no feedback the herders stay calm, so nobody raids the farmers");
    }

    [Test]
    public void DisabledRuleHasNoEffect()
    {
        (double Hostility, double Dead) Run(bool enabled)
        {
            var sim = TwoRootedGroups(0.6).Simulate(3, new IntercommunalSpec { Enabled = enabled });
            sim.RunToEnd();
            World w = sim.World;
            return (w.Communities.HostilityOf(Community(w, "farmers"), Community(w, "herders")), w.Places.Dead.Sum());
        }

        var off = Run(false);
        var on = Run(true);
        Assert.That(off.Hostility, Is.EqualTo(0.6));
        Assert.That(off.Dead, Is.Zero);
        Assert.That(on.Dead, Is.GreaterThan(0));
    }

    [Test]
    public void InvariantsHoldOverThreeYearsOfDroughtAndRaids()
    {
        var tiny = TwoRootedGroups(0.5);
        tiny.Months = 36;
        tiny.Regions["centre"] = tiny.Regions["centre"] with { ResourcePressure = 0.7 };
        tiny.Events["dry"] = new EventSpec { At = "2012-06", Type = EventType.Drought, Regions = ["centre"], Severity = 1, Months = 18 };
        Simulation sim = tiny.Simulate(11, new EventsSpec(), new IntercommunalSpec { RaidRate = 10, RaidLethality = 20 });
        sim.AfterTick = w =>
        {
            Invariants.Check(w);
            Assert.That(w.Communities.Hostility, Is.All.InRange(0.0, 1.0));
        };
        sim.RunToEnd();
        Assert.That(sim.World.Places.Dead.Sum(), Is.GreaterThan(0));
    }
}
