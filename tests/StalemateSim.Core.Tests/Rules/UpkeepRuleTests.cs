using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Rules.Upkeep;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;
using static StalemateSim.Core.Tests.Rules.PeopleTestKit;

namespace StalemateSim.Core.Tests.Rules;

public class UpkeepRuleTests
{
    /// <summary>A farmers' militia of 500 paid 40 a month by the state and 20 by others: its wage bill is 50.</summary>
    private static TinyWorld WithMilitia(double fighters = 500, double money = 0, double stateFunding = 40, double externalFunding = 20) =>
        new TinyWorld().WithGroup("militia", new ArmedGroupSpec
        {
            Kind = GroupKind.SelfDefence,
            Leader = "hunter",
            Fighters = fighters,
            Money = money,
            StateFunding = stateFunding,
            ExternalFunding = externalFunding,
            Presence = new Dictionary<string, double> { ["centre"] = 1 },
            BaseCommunities = new Dictionary<string, double> { ["farmers"] = 1 },
        });

    [Test]
    public void CuttingMilitiaFundingShrinksIt()
    {
        var funded = WithMilitia().Simulate(3, new EventsSpec(), new UpkeepSpec());
        var cutTiny = WithMilitia();
        cutTiny.Events["cut"] = new EventSpec { At = "2012-02", Type = EventType.Policy, Set = new Dictionary<string, double> { ["state.militiaFunding"] = 0 } };
        var cut = cutTiny.Simulate(3, new EventsSpec(), new UpkeepSpec());
        for (int t = 0; t < 12; t++)
        {
            funded.Step();
            cut.Step();
        }

        double stillFunded = funded.World.Groups.Fighters[0];
        double cutOff = cut.World.Groups.Fighters[0];
        Assert.That(stillFunded, Is.EqualTo(500), "a militia whose income covers its wage bill keeps its fighters");
        Assert.That(cutOff, Is.LessThan(0.7 * stillFunded), "without state money it cannot pay everyone and shrinks");
        Assert.That(cutOff, Is.GreaterThan(150), "it shrinks toward what its other income (20 a month = 200 fighters) can pay, not to nothing");
        Assert.That(cut.World.Groups.Cohesion[0], Is.LessThan(funded.World.Groups.Cohesion[0]));
    }

    [Test]
    public void UnpaidFightersDesertAndCohesionFalls()
    {
        var tiny = new TinyWorld()
            .WithGroup("broke", new ArmedGroupSpec { Kind = GroupKind.Separatist, Leader = "chief-a", Fighters = 500, Money = 25, Cohesion = 0.7, Presence = new Dictionary<string, double> { ["north"] = 1 } })
            .WithGroup("rich", new ArmedGroupSpec { Kind = GroupKind.Separatist, Leader = "chief-b", Fighters = 500, Money = 1_000, Cohesion = 0.7, Presence = new Dictionary<string, double> { ["north"] = 1 } });
        World world = tiny.Build();
        int broke = Group(world, "broke");
        int rich = Group(world, "rich");
        ApplyOnce(new UpkeepRule(new UpkeepSpec(), world), world);

        // Half the bill of 50 is unpaid: 30% of the unpaid half deserts, cohesion loses 0.1 × 0.5.
        Assert.That(world.Groups.Fighters[broke], Is.EqualTo(500 * (1 - (0.3 * 0.5))).Within(1e-9));
        Assert.That(world.Groups.Cohesion[broke], Is.EqualTo(0.65).Within(1e-9));
        Assert.That(world.Groups.Money[broke], Is.Zero);
        Assert.That(world.Groups.UnpaidMonths[broke], Is.EqualTo(1));

        // The paid group keeps its fighters and moves 2% of the way toward 1 − 0.1 × log10(500/100).
        Assert.That(world.Groups.Fighters[rich], Is.EqualTo(500));
        Assert.That(world.Groups.Money[rich], Is.EqualTo(950).Within(1e-9));
        double target = 1 - (0.1 * Math.Log10(5));
        Assert.That(world.Groups.Cohesion[rich], Is.EqualTo(0.7 + (0.02 * (target - 0.7))).Within(1e-9));
    }

    [Test]
    public void KinCoreStaysUnpaidSoAGroupWithACommunityShrinksToItsCore()
    {
        // Broke militia of 500, kin 1 to the farmers; the outsiders' band has no community at all.
        var tiny = WithMilitia(stateFunding: 0, externalFunding: 0)
            .WithGroup("outsiders", new ArmedGroupSpec { Kind = GroupKind.Separatist, Leader = "chief-b", Fighters = 500, Presence = new Dictionary<string, double> { ["centre"] = 1 } });
        World world = tiny.Build();
        int militia = Group(world, "militia");
        int outsiders = Group(world, "outsiders");
        var rule = new UpkeepRule(new UpkeepSpec { KinCore = 100 }, world);
        ApplyOnce(rule, world);

        // Nothing is paid: 30% of the 400 above the core of 100 desert; the band with no kin loses 30% of all.
        Assert.That(world.Groups.Fighters[militia], Is.EqualTo(500 - (0.3 * 400)).Within(1e-9));
        Assert.That(world.Groups.Fighters[outsiders], Is.EqualTo(500 * 0.7).Within(1e-9));

        for (int month = 0; month < 40; month++)
        {
            ApplyOnce(rule, world);
        }

        Assert.That(world.Groups.Active[militia], Is.True, "the kin core keeps the militia alive unpaid");
        Assert.That(world.Groups.Fighters[militia], Is.EqualTo(100).Within(0.1), "it shrinks to its core of 100 and no further");
        Assert.That(world.Groups.Active[outsiders], Is.False, "a group without a community melts away");
    }

    [Test]
    public void KinCoreScalesWithTheStrongestKinTie()
    {
        World world = WithMilitia(stateFunding: 0, externalFunding: 0).Build();
        int militia = Group(world, "militia");
        world.Groups.KinOf(militia, Community(world, "farmers")) = 0.4;
        ApplyOnce(new UpkeepRule(new UpkeepSpec { KinCore = 100 }, world), world);

        // Core 40: 30% of the 460 above it desert.
        Assert.That(world.Groups.Fighters[militia], Is.EqualTo(500 - (0.3 * 460)).Within(1e-9));
    }

    [Test]
    public void ZakatIsCollectedFromControlledVillages()
    {
        var spec = new UpkeepSpec { RansomRate = 0 };
        double MoneyAfterOneMonth(bool holdsVillages)
        {
            World world = new TinyWorld().WithJihadists().Build();
            int jihadists = Group(world, "jihadists");
            if (holdsVillages)
            {
                foreach (int v in Villages(world, "herders"))
                {
                    world.Places.Owner[v] = jihadists;
                }
            }

            ApplyOnce(new UpkeepRule(spec, world), world);
            return world.Groups.Money[jihadists];
        }

        double zakat = MoneyAfterOneMonth(true) - MoneyAfterOneMonth(false);
        Assert.That(zakat, Is.EqualTo(0.5 * 50_000 / 1_000).Within(1e-6), "0.5 thousand USD per thousand residents of the 50,000 held");
    }

    [Test]
    public void OtherGroupsTaxHeldVillagesAtTheTaxShareAndEarnTraffickingFromTowns()
    {
        World world = new TinyWorld().WithSeparatists().Build();
        int rebels = Group(world, "rebels");
        int north = Region(world, "north");
        double before = world.Groups.Money[rebels];
        foreach (int v in Villages(world, "nomads"))
        {
            world.Places.Owner[v] = rebels;
        }

        world.Places.Owner[world.Regions.CapitalPlace[north]] = rebels;
        ApplyOnce(new UpkeepRule(new UpkeepSpec(), world), world);

        double tax = 0.5 * 0.3 * 30_000 / 1_000;
        double trafficking = 150 * 0.5;
        double wages = 1_000 * 0.1;
        Assert.That(world.Groups.Money[rebels] - before, Is.EqualTo(tax + trafficking - wages).Within(1e-6));
    }

    [Test]
    public void RansomsFundJihadistsAtTheirRateOnAverage()
    {
        var spec = new UpkeepSpec { RansomRate = 0.5, RansomValue = 100, ZakatPerThousand = 0, Wage = 0 };
        double total = 0;
        const int Seeds = 400;
        for (ulong seed = 1; seed <= Seeds; seed++)
        {
            World world = new TinyWorld().WithJihadists().Build();
            double before = world.Groups.Money[0];
            ApplyOnce(new UpkeepRule(spec, world), world, seed);
            total += world.Groups.Money[0] - before;
        }

        Assert.That(total / Seeds, Is.EqualTo(50).Within(10), "Poisson(0.5) ransoms of 100 a month");
    }

    [Test]
    public void PatronPaysOnlyOutOfTheMoneyItHas()
    {
        var tiny = new TinyWorld()
            .WithGroup("client", new ArmedGroupSpec { Kind = GroupKind.ProGovernment, Leader = "chief-b", Fighters = 100, Money = 0, Patrons = new Dictionary<string, double> { ["patron"] = 50 }, Presence = new Dictionary<string, double> { ["north"] = 1 } })
            .WithGroup("patron", new ArmedGroupSpec { Kind = GroupKind.ProGovernment, Leader = "chief-a", Fighters = 0, Money = 30, Presence = new Dictionary<string, double> { ["north"] = 1 } });
        World world = tiny.Build();
        int client = Group(world, "client");
        int patron = Group(world, "patron");
        ApplyOnce(new UpkeepRule(new UpkeepSpec { MinFighters = 0 }, world), world);

        Assert.That(world.Groups.Money[patron], Is.Zero, "the patron pays all it has");
        Assert.That(world.Groups.Money[client], Is.EqualTo(30 - (100 * 0.1)).Within(1e-9), "the client receives 30, not the 50 promised, and pays its wages");
    }

    [Test]
    public void GroupBelowMinimumDissolvesAndFreesItsCommunity()
    {
        World world = WithMilitia(fighters: 15, money: 100).Build();
        int militia = Group(world, "militia");
        int farmers = Community(world, "farmers");
        world.Communities.Militia[farmers] = militia;
        world.Tick = 5;
        ApplyOnce(new UpkeepRule(new UpkeepSpec(), world), world);

        Assert.That(world.Groups.Active[militia], Is.False);
        Assert.That(world.Groups.EndedTick[militia], Is.EqualTo(5));
        Assert.That(world.Communities.Militia[farmers], Is.EqualTo(-1), "the community may raise a new militia");
        Assert.That(world.Log.Entries, Has.Some.EqualTo(new LogEntry(5, LogKind.GroupDestroyed, militia, -1, -1)));
    }

    [Test]
    public void DisabledRuleLeavesUnpaidGroupsAlone()
    {
        Simulation Run(bool enabled)
        {
            var sim = WithMilitia(stateFunding: 0, externalFunding: 0).Simulate(1, new UpkeepSpec { Enabled = enabled });
            sim.RunToEnd();
            return sim;
        }

        Assert.That(Run(enabled: false).World.Groups.Fighters[0], Is.EqualTo(500));
        Assert.That(Run(enabled: true).World.Groups.Active[0], Is.False, "enabled, the unpaid militia melts away");
    }

    [Test]
    public void ApplyAllocatesNothing()
    {
        World world = WithMilitia().WithJihadists().WithSeparatists().Build();
        world.Places.Owner[world.Regions.CapitalPlace[Region(world, "north")]] = Group(world, "rebels");
        Assert.That(BytesAllocatedByApply(new UpkeepRule(new UpkeepSpec { RansomRate = 1 }, world), world), Is.Zero);
    }

    [Test]
    public void InvariantsHoldOverThreeYears()
    {
        var tiny = WithMilitia().WithJihadists().WithSeparatists();
        tiny.Months = 36;
        tiny.Events["cut"] = new EventSpec { At = "2013-01", Type = EventType.Policy, Set = new Dictionary<string, double> { ["state.militiaFunding"] = 0 } };
        World world = tiny.Build(9);
        world.Places.Owner[world.Communities.FirstVillage[Community(world, "herders")]] = Group(world, "jihadists");
        var sim = new Simulation(world, [new EventsRule(new EventsSpec()), new TurmoilRule(1_000, 0.5), new UpkeepRule(new UpkeepSpec(), world)], 9)
        {
            AfterTick = Invariants.Check,
        };
        sim.RunToEnd();
        Assert.That(world.Tick, Is.EqualTo(36));
    }
}
