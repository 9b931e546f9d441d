using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Rules.EliteRents;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;

namespace StalemateSim.Core.Tests.Rules;

public class EliteRentsRuleTests
{
    private static int Group(World world, string id) => world.InitialGroupIds.ToList().IndexOf(id);

    private static int Elite(World world, string id) => Array.IndexOf(world.Elites.Ids, id);

    private static TinyWorld FundedSeparatists(double stateFunding)
    {
        var tiny = new TinyWorld();
        tiny.WithGroup("rebels", new ArmedGroupSpec
        {
            Kind = GroupKind.ProGovernment,
            Leader = "chief-a",
            Fighters = 1_000,
            StateFunding = stateFunding,
            Presence = new Dictionary<string, double> { ["north"] = 1 },
            BaseCommunities = new Dictionary<string, double> { ["nomads"] = 1 },
        });
        return tiny;
    }

    /// <summary>Four groups in two regions: separatists and pro-government militia in the north, jihadists and a self-defence militia in the centre.</summary>
    private static TinyWorld FourGroups()
    {
        var tiny = new TinyWorld().WithSeparatists().WithJihadists();
        tiny.WithGroup("loyalists", new ArmedGroupSpec { Kind = GroupKind.ProGovernment, Leader = "hunter", Fighters = 500, Presence = new Dictionary<string, double> { ["north"] = 1 } });
        tiny.Elites["dozo-chief"] = new EliteSpec { Community = "farmers" };
        tiny.WithGroup("dozo", new ArmedGroupSpec { Kind = GroupKind.SelfDefence, Leader = "dozo-chief", Fighters = 400, Presence = new Dictionary<string, double> { ["centre"] = 1 } });
        return tiny;
    }

    [Test]
    public void RentsRiseWithStateFundingOfTheLeadersGroup()
    {
        double Rents(double funding, double militiaFunding = 1)
        {
            World world = FundedSeparatists(funding).Build();
            world.State.MilitiaFunding = militiaFunding;
            var rule = new EliteRentsRule(new EliteRentsSpec { BrokerShare = 0.2, LeaderHazard = 0 }, world);
            var random = new Xoshiro256StarStar(1);
            world.Ledger.Reset();
            rule.Apply(world, ref random);
            Assert.That(world.Ledger.EliteRents, Is.EqualTo(world.Elites.Rents.Sum()).Within(1e-9), "the ledger holds the elites' rents");
            return world.Elites.Rents[Elite(world, "chief-a")];
        }

        Assert.That(Rents(0), Is.Zero, "no towns, no funding: no rents");
        Assert.That(Rents(200), Is.EqualTo(40).Within(1e-9), "brokerShare x state funding");
        Assert.That(Rents(400), Is.EqualTo(2 * Rents(200)).Within(1e-9), "proportional to funding");
        Assert.That(Rents(200, militiaFunding: 0), Is.Zero, "ending state funding of militias ends these rents");
    }

    [Test]
    public void RentsIncludeSeatsAndTraffickingThroughTownsHeld()
    {
        World world = FundedSeparatists(0).Build();
        int rebels = Group(world, "rebels");
        int north = Array.IndexOf(world.Regions.Ids, "north");
        world.Places.Owner[world.Regions.CapitalPlace[north]] = rebels;
        world.Accord.Active = true;
        world.Accord.SeatValue = 100;
        world.Groups.Accord[rebels] = AccordStatus.Signatory;
        var rule = new EliteRentsRule(new EliteRentsSpec { BrokerShare = 0.2, TraffickingValue = 50, LeaderHazard = 0 }, world);
        var random = new Xoshiro256StarStar(1);
        world.Ledger.Reset();
        rule.Apply(world, ref random);

        // 0.2 x (seat 100 + 50 x trafficking access 0.5 x one town).
        Assert.That(world.Elites.Rents[Elite(world, "chief-a")], Is.EqualTo(0.2 * (100 + 25)).Within(1e-9));
    }

    [Test]
    public void AssassinationsAreRareOverADecade()
    {
        const int seeds = 40;
        var perRun = new List<int>();
        for (ulong seed = 1; seed <= seeds; seed++)
        {
            TinyWorld tiny = FourGroups();
            tiny.Months = 120;
            var sim = tiny.Simulate(seed, new EliteRentsSpec());
            sim.RunToEnd();
            perRun.Add(sim.World.Counters.Assassinations);
        }

        // Four groups x 120 months x 0.001: about 0.5 a decade per run.
        Assert.That(perRun.Average(), Is.InRange(0.2, 1.0), "a handful at most across all groups over a decade (AS1, 7.2.6)");
        Assert.That(perRun.Max(), Is.LessThanOrEqualTo(4));
        Assert.That(perRun.Sum(), Is.GreaterThan(0), "rare, not impossible");
    }

    [Test]
    public void SouredRelationsWithAStrongerGroupRaiseTheHazard()
    {
        int Kills(bool soured)
        {
            int kills = 0;
            for (ulong seed = 1; seed <= 40; seed++)
            {
                TinyWorld tiny = new TinyWorld().WithSeparatists(1_000);
                tiny.WithGroup("northern-jihadists", new ArmedGroupSpec { Kind = GroupKind.Jihadist, Leader = "preacher", Fighters = 3_000, Presence = new Dictionary<string, double> { ["north"] = 1 } });
                tiny.Months = 60;
                var sim = tiny.Simulate(seed, new EliteRentsSpec { LeaderHazard = 0.03 });
                int rebels = Group(sim.World, "rebels");
                sim.World.Relations.SetHostile(rebels, Group(sim.World, "northern-jihadists"), soured);
                sim.RunToEnd();
                kills += sim.World.Log.Entries.Count(e => e.Kind == LogKind.Assassination && e.B == rebels);
            }

            return kills;
        }

        int calm = Kills(false);
        int soured = Kills(true);
        // Expected about 71 vs 207 (p = 1 - exp(-0.03) vs 1 - exp(-0.09)); the weaker side's leaders die more (AS3).
        Assert.That(calm, Is.InRange(45, 100));
        Assert.That((double)soured / calm, Is.InRange(2.0, 4.5));
    }

    [Test]
    public void ForeignCounterTerrorKillsJihadistLeaders()
    {
        int Kills(double troops)
        {
            int kills = 0;
            for (ulong seed = 1; seed <= 40; seed++)
            {
                TinyWorld tiny = new TinyWorld().WithJihadists();
                tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.CounterTerror, Troops = troops, Deployment = new Dictionary<string, double> { ["centre"] = 1 } };
                tiny.Months = 60;
                var sim = tiny.Simulate(seed, new EliteRentsSpec { LeaderHazard = 0.002, VillageHeadRate = 0 });
                sim.World.Foreign.Present[0] = troops > 0;
                sim.World.Foreign.Troops[0] = troops;
                sim.RunToEnd();
                kills += sim.World.Counters.Assassinations;
            }

            return kills;
        }

        int without = Kills(0);
        int with = Kills(5_000);
        // 0.002 vs 0.002 + 0.002 x 5 a month: six times the kills (AS5).
        Assert.That(with, Is.GreaterThan(3 * Math.Max(without, 1)));
        Assert.That(with, Is.InRange(15, 45), "about 0.012 x 60 months x 40 runs = 29");
    }

    [Test]
    public void AKilledLeadersGroupLosesCohesionAndItsLargestWingTakesOverThenANewCommanderRises()
    {
        // Find a seed where the leader dies in the first month (hazard 1: p = 1 - 1/e).
        World world = FundedSeparatists(0).Build();
        int rebels = Group(world, "rebels");
        world.Wings.Add(rebels, Elite(world, "chief-b"), 0.3, 0);
        world.Wings.Add(rebels, Elite(world, "hunter"), 0.1, 0);
        var rule = new EliteRentsRule(new EliteRentsSpec { LeaderHazard = 1, LeaderLossShock = 0.15 }, world);
        double cohesion = world.Groups.Cohesion[rebels];
        ulong seed = 0;
        while (world.Counters.Assassinations == 0 && seed < 50)
        {
            var random = new Xoshiro256StarStar(++seed);
            rule.Apply(world, ref random);
        }

        Assert.That(world.Counters.Assassinations, Is.EqualTo(1));
        Assert.That(world.Elites.Alive[Elite(world, "chief-a")], Is.False);
        Assert.That(world.Groups.Cohesion[rebels], Is.EqualTo(cohesion - 0.15).Within(1e-9));
        Assert.That(world.Groups.Leader[rebels], Is.EqualTo(Elite(world, "chief-b")), "the largest wing's leader takes over (SP8)");
        Assert.That(world.Wings.Active[0], Is.False, "his wing is absorbed into the command");
        Assert.That(world.Wings.Active[1], Is.True);
        Assert.That(world.Log.Entries.Any(e => e.Kind == LogKind.Assassination && e.A == Elite(world, "chief-a") && e.B == rebels));
        Assert.That(world.Groups.Fighters[rebels], Is.EqualTo(999).Within(1e-9), "the leader's death is booked as a combatant death");

        // Kill the remaining wing leader and then the last: with no wing left, a new commander rises.
        int elites = world.Elites.Count;
        while (world.Counters.Assassinations < 3 && seed < 200)
        {
            var random = new Xoshiro256StarStar(++seed);
            rule.Apply(world, ref random);
        }

        Assert.That(world.Counters.Assassinations, Is.EqualTo(3));
        int leader = world.Groups.Leader[rebels];
        Assert.That(leader, Is.EqualTo(elites), "a commander who rose during the run");
        Assert.That(world.Elites.Alive[leader] && world.Elites.RisenFrom[leader] == rebels, Is.True);
        Assert.That(world.Log.Entries.Any(e => e.Kind == LogKind.CommanderRose && e.A == leader && e.B == rebels));
        Assert.That(world.Groups.Cohesion[rebels], Is.EqualTo(cohesion - 0.45).Within(1e-9));
    }

    [Test]
    public void JihadistsKillVillageHeadsWhereTheyOperateAndTheStateLosesVillages()
    {
        (double Heads, int StateVillagesLost, double NorthDead) Run(bool jihadists)
        {
            double heads = 0;
            int lost = 0;
            double northDead = 0;
            for (ulong seed = 1; seed <= 10; seed++)
            {
                TinyWorld tiny = jihadists ? new TinyWorld().WithJihadists(800) : new TinyWorld();
                var sim = tiny.Simulate(seed, new EliteRentsSpec { LeaderHazard = 0, VillageHeadRate = 0.05 });
                World w = sim.World;
                int before = StateVillages(w, "centre");
                sim.AfterTick = world => heads += world.Ledger.CivilianDeaths;
                sim.RunToEnd();
                lost += before - StateVillages(w, "centre");
                int nomads = Array.IndexOf(w.Communities.Ids, "nomads");
                for (int v = w.Communities.FirstVillage[nomads]; v < w.Communities.FirstVillage[nomads] + w.Communities.VillageCount[nomads]; v++)
                {
                    northDead += w.Places.Dead[v];
                }
            }

            return (heads / 10, lost, northDead);
        }

        var with = Run(true);
        var without = Run(false);
        // 0.05 x 800/(800+300) x 100 real villages a month, less where the village is held by no one eligible: about 85 over 24 months.
        Assert.That(with.Heads, Is.InRange(55.0, 110.0));
        Assert.That(with.StateVillagesLost, Is.GreaterThan(10), "a killed head loses the state a 5,000-person village agent with p = 0.5 x 0.2");
        Assert.That(with.NorthDead, Is.Zero, "only where jihadists operate");
        Assert.That(without.Heads, Is.Zero);
        Assert.That(without.StateVillagesLost, Is.Zero);
    }

    private static int StateVillages(World world, string region)
    {
        int r = Array.IndexOf(world.Regions.Ids, region);
        int count = 0;
        for (int v = 0; v < world.Places.Count; v++)
        {
            if (world.Places.Region[v] == r && world.Places.Level[v] == PlaceLevel.Village && world.Places.Owner[v] == Owners.State)
            {
                count++;
            }
        }

        return count;
    }

    [Test]
    public void DisabledRuleHasNoEffect()
    {
        double Rents(bool enabled)
        {
            var tiny = FourGroups();
            tiny.Groups["loyalists"] = tiny.Groups["loyalists"] with { StateFunding = 300 };
            var sim = tiny.Simulate(2, new EliteRentsSpec { Enabled = enabled, LeaderHazard = 0.5 });
            sim.RunToEnd();
            Assert.That(sim.World.Counters.Assassinations, enabled ? Is.GreaterThan(0) : Is.Zero);
            return sim.Recorder.Trajectory.Series("elite.rents").ToArray().Sum();
        }

        Assert.That(Rents(false), Is.Zero);
        Assert.That(Rents(true), Is.GreaterThan(0));
    }

    [Test]
    public void InvariantsHoldOverThreeYears()
    {
        TinyWorld tiny = FourGroups();
        tiny.Months = 36;
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.CounterTerror, Troops = 4_000, Deployment = new Dictionary<string, double> { ["centre"] = 1, ["north"] = 1 } };
        tiny.Events["arrive"] = new EventSpec { At = "2012-03", Type = EventType.ForeignDeploy, Force = "blue" };
        Simulation sim = tiny.Simulate(5, new EventsSpec(), new EliteRentsSpec { LeaderHazard = 0.1, VillageHeadRate = 0.2 });
        sim.AfterTick = w =>
        {
            Invariants.Check(w);
            for (int e = 0; e < w.Elites.Count; e++)
            {
                Assert.That(w.Elites.Rents[e], Is.GreaterThanOrEqualTo(0).And.Not.NaN);
            }

            for (int g = 0; g < w.Groups.Count; g++)
            {
                int leader = w.Groups.Leader[g];
                Assert.That(leader, Is.InRange(0, w.Elites.Count - 1), $"group {g} has a leader");
            }
        };
        sim.RunToEnd();
        Assert.That(sim.World.Counters.Assassinations, Is.GreaterThan(0));
    }
}
