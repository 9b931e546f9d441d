using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Rules.Militias;
using StalemateSim.Core.Rules.Recruitment;
using StalemateSim.Core.Rules.Upkeep;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;
using static StalemateSim.Core.Tests.Rules.PeopleTestKit;

namespace StalemateSim.Core.Tests.Rules;

public class MilitiasRuleTests
{
    private const int Seeds = 40;

    /// <summary>
    /// The tiny world with fear set per community: farmers have a self-defence base (0.6), herders
    /// none, nomads are given the farmers' base so that only their fear differs.
    /// </summary>
    private static TinyWorld Frightened(double farmersFear, double herdersFear = 0.8, double nomadsFear = 0.1)
    {
        var tiny = new TinyWorld();
        tiny.Communities["farmers"] = tiny.Communities["farmers"] with { Fear = farmersFear };
        tiny.Communities["herders"] = tiny.Communities["herders"] with { Fear = herdersFear, SelfDefenceBase = 0 };
        tiny.Communities["nomads"] = tiny.Communities["nomads"] with { Fear = nomadsFear, SelfDefenceBase = 0.6 };
        return tiny;
    }

    /// <summary>Farmers so frightened, with so strong a base, that with formationRate 1 and zero thresholds they arm at once.</summary>
    private static TinyWorld Certain()
    {
        var tiny = Frightened(farmersFear: 1);
        tiny.Communities["farmers"] = tiny.Communities["farmers"] with { SelfDefenceBase = 1 };
        return tiny;
    }

    /// <summary>For each community: in how many seeds it raised a militia within the run, and the mean month it did.</summary>
    private static Dictionary<string, (int Formed, double MeanMonth)> Formations(TinyWorld tiny, MilitiasSpec? spec = null)
    {
        var formed = new Dictionary<string, (int, double)>();
        var months = new Dictionary<string, List<int>>();
        for (ulong seed = 1; seed <= Seeds; seed++)
        {
            Simulation sim = tiny.Simulate(seed, spec ?? new MilitiasSpec());
            sim.RunToEnd();
            foreach (LogEntry e in sim.World.Log.Entries.Where(e => e.Kind == LogKind.MilitiaFormed))
            {
                string id = sim.World.Communities.Ids[e.B];
                months.TryAdd(id, []);
                months[id].Add(e.Tick);
            }
        }

        foreach (string id in new[] { "farmers", "herders", "nomads" })
        {
            List<int> m = months.GetValueOrDefault(id) ?? [];
            formed[id] = (m.Count, m.Count > 0 ? m.Average() : double.NaN);
        }

        return formed;
    }

    [Test]
    public void AFrightenedCommunityWithASelfDefenceBaseFormsAMilitiaWhileACalmOneOrOneWithoutABaseDoesNot()
    {
        var result = Formations(Frightened(farmersFear: 0.8));
        Assert.That(result["farmers"].Formed, Is.GreaterThan(0.85 * Seeds), "fear 0.8 and base 0.6: 12% a month, ~95% within two years");
        Assert.That(result["herders"].Formed, Is.Zero, "as frightened, but no base to build on (RC17, RC18)");
        Assert.That(result["nomads"].Formed, Is.Zero, "a base, but calm");
    }

    [Test]
    public void YouthWhoHaveFoughtGiveACommunityWithoutABaseOneToArmOn()
    {
        // Herders: fear 0.8 but no base. Say 10% of their youth (500 of 50,000 × 0.1) have joined
        // some armed group: veteranBase 4 makes a base of 0.4, above the threshold of 0.3, so they
        // arm at 0.5 × (0.8 − 0.4) × 0.4 = 8% a month (about 87% of runs within two years);
        // veteranBase 2 makes 0.2, still below it.
        int Formed(double veteranBase)
        {
            int formed = 0;
            for (ulong seed = 1; seed <= Seeds; seed++)
            {
                Simulation sim = Frightened(farmersFear: 0.1).Simulate(seed, new MilitiasSpec { VeteranBase = veteranBase });
                int herders = Community(sim.World, "herders");
                sim.World.Communities.Joined[herders] = 500;
                sim.RunToEnd();
                formed += sim.World.Log.Entries.Count(e => e.Kind == LogKind.MilitiaFormed && e.B == herders);
            }

            return formed;
        }

        Assert.That(Formed(4), Is.InRange(0.7 * Seeds, Seeds), "veterans make the base");
        Assert.That(Formed(2), Is.Zero, "too few veterans for a base above the threshold");
        Assert.That(Formed(0), Is.Zero, "off: the scenario's base alone");
    }

    [Test]
    public void MoreFearFormsMilitiasSooner()
    {
        var tiny = Frightened(farmersFear: 0.8);
        tiny.Months = 60;
        var afraid = Formations(tiny)["farmers"];
        tiny.Communities["farmers"] = tiny.Communities["farmers"] with { Fear = 0.55 };
        var uneasy = Formations(tiny)["farmers"];
        Assert.That(uneasy.MeanMonth / afraid.MeanMonth, Is.GreaterThan(1.8), $"mean month of formation {uneasy.MeanMonth:F1} at fear 0.55 vs {afraid.MeanMonth:F1} at 0.8 (hazard 0.045 vs 0.12 a month)");
    }

    [Test]
    public void ANewMilitiaIsRootedInItsCommunityLedByANewCommanderAndFundedByTheState()
    {
        var tiny = Certain();
        tiny.Elites.Remove("hunter"); // no idle notable among the farmers: a commander rises
        World world = tiny.Build();
        world.Tick = 3;
        var rule = new MilitiasRule(new MilitiasSpec { FormationRate = 1, FearThreshold = 0, BaseThreshold = 0 });
        int elitesBefore = world.Elites.Count;
        ApplyOnce(rule, world);

        int farmers = Community(world, "farmers");
        int g = world.Communities.Militia[farmers];
        Assert.That(g, Is.GreaterThanOrEqualTo(0));
        GroupTable groups = world.Groups;
        Assert.That(groups.Kind[g], Is.EqualTo(GroupKind.SelfDefence));
        Assert.That(groups.Origin[g], Is.EqualTo(GroupOrigin.Militia));
        Assert.That(groups.FormedTick[g], Is.EqualTo(3));
        Assert.That(groups.Fighters[g], Is.EqualTo(0.05 * 0.1 * 50_000).Within(1e-6), "5% of the youth of 50,000 villagers");
        Assert.That(groups.KinOf(g, farmers), Is.EqualTo(1));
        Assert.That(groups.PresenceIn(g, Region(world, "centre")), Is.EqualTo(1));
        Assert.That(groups.StateStance[g], Is.EqualTo(0.5), "leans toward the state");
        Assert.That(groups.StateFunding[g], Is.EqualTo(250 * 0.1).Within(1e-6), "the state pays its founding fighters (ST2)");
        Assert.That(groups.Money[g], Is.EqualTo(250 * 0.3).Within(1e-6));
        Assert.That(groups.Arms[g], Is.EqualTo(0.2));

        int leader = groups.Leader[g];
        Assert.That(leader, Is.GreaterThanOrEqualTo(elitesBefore), "a new commander");
        Assert.That(world.Elites.RisenFrom[leader], Is.EqualTo(g));
        Assert.That(world.Elites.Community[leader], Is.EqualTo(farmers));
        Assert.That(world.Counters.NewMilitias, Is.GreaterThanOrEqualTo(1));
        Assert.That(world.Log.Entries, Has.Some.EqualTo(new LogEntry(3, LogKind.MilitiaFormed, g, farmers, -1)));
        Assert.That(world.GroupName(g), Does.StartWith("militia-farmers"));

        // Once it has ended and the community's slot is free, the name stays (events and
        // trajectories name groups when they are written, at the end of the run).
        groups.End(g, 10);
        world.Communities.Militia[farmers] = -1;
        Assert.That(world.GroupName(g), Is.EqualTo($"militia-farmers-{g}"));
    }

    [Test]
    public void ACommunityWithTooFewArmedYouthRaisesNoMilitia()
    {
        // The farmers' militia would start with 5% of the youth of 50,000 villagers: 250 fighters.
        MilitiasSpec Spec(double minFighters) => new() { FormationRate = 1, FearThreshold = 0, BaseThreshold = 0, MinFighters = minFighters };
        int MilitiaOfFarmers(double minFighters)
        {
            World world = Certain().Build();
            ApplyOnce(new MilitiasRule(Spec(minFighters)), world);
            return world.Communities.Militia[Community(world, "farmers")];
        }

        Assert.That(MilitiaOfFarmers(0), Is.GreaterThanOrEqualTo(0), "no minimum: the militia forms");
        Assert.That(MilitiaOfFarmers(249), Is.GreaterThanOrEqualTo(0), "250 armed youth meet a minimum of 249");
        Assert.That(MilitiaOfFarmers(251), Is.EqualTo(-1), "250 fall short of a minimum of 251: no militia forms");
    }

    [Test]
    public void AnIdleNotableOfTheCommunityLeadsItsMilitiaAndAStateAlignedOneMakesItProGovernment()
    {
        var rule = new MilitiasRule(new MilitiasSpec { FormationRate = 1, FearThreshold = 0, BaseThreshold = 0 });
        var tiny = Certain();
        World world = tiny.Build();
        int elitesBefore = world.Elites.Count;
        ApplyOnce(rule, world);
        int g = world.Communities.Militia[Community(world, "farmers")];
        Assert.That(world.EliteName(world.Groups.Leader[g]), Is.EqualTo("hunter"));
        Assert.That(world.Elites.Count, Is.EqualTo(elitesBefore), "no new elite");
        Assert.That(world.Groups.Kind[g], Is.EqualTo(GroupKind.SelfDefence), "a stance of 0.5 stays below the pro-government mark");
        Assert.That(world.Groups.StateStance[g], Is.EqualTo(0.5));

        tiny.Elites["hunter"] = tiny.Elites["hunter"] with { StateStance = 0.9 };
        World loyal = tiny.Build();
        ApplyOnce(rule, loyal);
        int lg = loyal.Communities.Militia[Community(loyal, "farmers")];
        Assert.That(loyal.Groups.Kind[lg], Is.EqualTo(GroupKind.ProGovernment));
        Assert.That(loyal.Groups.StateStance[lg], Is.EqualTo(0.9));
    }

    [Test]
    public void AProfiledCommunitysMilitiaGetsNoStateMoneyAndLeansLessToTheState()
    {
        var tiny = Certain();
        tiny.State = tiny.State with { Profiling = new Dictionary<string, double> { ["farmers"] = 0.6 } };
        World world = tiny.Build();
        ApplyOnce(new MilitiasRule(new MilitiasSpec { FormationRate = 1, FearThreshold = 0, BaseThreshold = 0 }), world);
        int g = world.Communities.Militia[Community(world, "farmers")];
        Assert.That(world.Groups.StateFunding[g], Is.Zero);
        Assert.That(world.Groups.StateStance[g], Is.EqualTo(0.5 * 0.4).Within(1e-9));
    }

    [Test]
    public void NoStateMoneyForNewMilitiasOnceTheStateStopsFundingThem()
    {
        World world = Certain().Build();
        world.State.MilitiaFunding = 0;
        ApplyOnce(new MilitiasRule(new MilitiasSpec { FormationRate = 1, FearThreshold = 0, BaseThreshold = 0 }), world);
        Assert.That(world.Groups.StateFunding[world.Communities.Militia[Community(world, "farmers")]], Is.Zero);
    }

    /// <summary>With upkeep: the state-funded militia of an unprofiled community lasts; a profiled community's melts away and re-forms (ST2, RC12).</summary>
    [Test]
    public void StateFundedMilitiasLastWhileUnfundedOnesMeltAway()
    {
        double MeanFighters(double profiling)
        {
            var tiny = Frightened(farmersFear: 0.9);
            tiny.Months = 36;
            tiny.State = tiny.State with { Profiling = new Dictionary<string, double> { ["farmers"] = profiling } };
            double total = 0;
            for (ulong seed = 1; seed <= 10; seed++)
            {
                Simulation sim = tiny.Simulate(seed, new MilitiasSpec(), new UpkeepSpec());
                sim.RunToEnd();
                GroupTable g = sim.World.Groups;
                for (int i = 0; i < g.Count; i++)
                {
                    total += g.Active[i] ? g.Fighters[i] : 0;
                }
            }

            return total / 10;
        }

        double funded = MeanFighters(0);
        double unfunded = MeanFighters(0.6);
        Assert.That(funded, Is.EqualTo(250).Within(1e-6), "paid in full every month");
        Assert.That(unfunded, Is.LessThan(0.5 * funded), $"{unfunded:F0} fighters without state money after three years");
    }

    [Test]
    public void ACommunityKeepsOneMilitiaAtATime()
    {
        var tiny = Frightened(farmersFear: 1, herdersFear: 0.1);
        tiny.Months = 48;
        Simulation sim = tiny.Simulate(2, new MilitiasSpec { FormationRate = 1 });
        sim.RunToEnd();
        Assert.That(sim.World.Counters.NewMilitias, Is.EqualTo(1));
        Assert.That(sim.World.Groups.Count, Is.EqualTo(1));
    }

    [Test]
    public void AFullGroupTableRefusesNewMilitiasAndCountsTheRefusal()
    {
        var tiny = Frightened(farmersFear: 1).WithJihadists();
        tiny.Limits = new LimitsSpec { MaxGroups = 1 };
        Simulation sim = tiny.Simulate(1, new MilitiasSpec { FormationRate = 1 });
        sim.RunToEnd();
        Assert.That(sim.World.Counters.CapacityRefusals, Is.GreaterThan(1), "refused, and tried again in later months");
        Assert.That(sim.World.Counters.NewMilitias, Is.Zero);
        Assert.That(sim.World.Communities.Militia[Community(sim.World, "farmers")], Is.EqualTo(-1));
    }

    [Test]
    public void DisabledRuleFormsNoMilitias()
    {
        Assert.That(Formations(Frightened(farmersFear: 1), new MilitiasSpec { Enabled = false })["farmers"].Formed, Is.Zero);
        Assert.That(Formations(Frightened(farmersFear: 1))["farmers"].Formed, Is.GreaterThan(0.9 * Seeds));
    }

    [Test]
    public void ApplyAllocatesNothing()
    {
        World world = Frightened(farmersFear: 0.5).Build();
        Assert.That(BytesAllocatedByApply(new MilitiasRule(new MilitiasSpec()), world), Is.Zero);
    }

    [Test]
    public void InvariantsHoldOverThreeYears()
    {
        var tiny = Frightened(farmersFear: 0.6).WithJihadists();
        tiny.Months = 36;
        World world = tiny.Build(4);
        var sim = new Simulation(
            world,
            [
                new EventsRule(new EventsSpec()), new TurmoilRule(1_000, 0.7), new UpkeepRule(new UpkeepSpec(), world),
                new RecruitmentRule(new RecruitmentSpec(), world), new MilitiasRule(new MilitiasSpec { FormationRate = 1 }),
            ],
            4)
        {
            AfterTick = Invariants.Check,
        };
        sim.RunToEnd();
        Assert.That(world.Counters.NewMilitias, Is.GreaterThan(0), "the run exercised formation");
    }
}
