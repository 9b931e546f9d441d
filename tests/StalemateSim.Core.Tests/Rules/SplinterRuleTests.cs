using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Rules.Alliances;
using StalemateSim.Core.Rules.Clashes;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Rules.Splinter;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;

namespace StalemateSim.Core.Tests.Rules;

public class SplinterRuleTests
{
    // Indices in the tiny world: regions centre 0, north 1; communities farmers 0, herders 1, nomads 2.
    private const int Centre = 0;
    private const int Farmers = 0;
    private const int Rebels = 0;

    /// <summary>Splits only, no commanders, so each test isolates the hazard of the scenario's wings.</summary>
    private static readonly SplinterSpec SplitsOnly = new() { CommanderRate = 0 };

    [Test]
    public void AMoreValuableAccordSeatRaisesTheSplinterRate()
    {
        double rich = SplitsPerWingYear(40, w => OpenAccord(w, inclusive: true, seatValue: 500));
        double poor = SplitsPerWingYear(40, w => OpenAccord(w, inclusive: true, seatValue: 10));
        double none = SplitsPerWingYear(40, _ => { });
        double exclusive = SplitsPerWingYear(40, w => OpenAccord(w, inclusive: false, seatValue: 500));

        // Hazards a month for a wing (ambition 0.8): seat 0.01 × 5 × 0.8 = 0.04 with a rich seat,
        // 0.0008 with a poor one; talks 0.003 with any open accord; base 0.05 × 0.01 × 1.3 ≈ 0.0007.
        // Over a year: ~0.41 splits per wing with a rich seat, ~0.05 with a poor one, ~0.04 with an exclusive accord, ~0.008 with none.
        Assert.That(rich, Is.GreaterThan(0.3), "a rich seat splits the wing within a year in about 40% of runs");
        Assert.That(rich, Is.GreaterThan(3 * poor), "a seat worth 500 draws far more splinters than one worth 10 (SP1)");
        Assert.That(rich, Is.GreaterThan(6 * none));
        Assert.That(rich, Is.GreaterThan(3 * exclusive), "a seat only pulls when new groups can claim one (inclusive accord, SP2)");
    }

    [Test]
    public void JihadistRestraintDampsOnlyJihadistWingsOfJihadistGroups()
    {
        var tiny = new TinyWorld().WithSeparatists();
        tiny.Elites["zealot"] = new EliteSpec { Community = "herders", Islamism = 0.9, Ambition = 0.6 };
        tiny.Elites["trader"] = new EliteSpec { Community = "herders", Islamism = 0.1, Ambition = 0.6 };
        tiny.WithGroup("jihadists", new ArmedGroupSpec
        {
            Kind = GroupKind.Jihadist,
            Leader = "preacher",
            Fighters = 800,
            Cohesion = 0.5,
            Islamism = 0.9,
            Presence = new Dictionary<string, double> { ["centre"] = 1 },
            Wings = new Dictionary<string, WingSpec> { ["zealots"] = new() { Elite = "zealot", Share = 0.2 }, ["traders"] = new() { Elite = "trader", Share = 0.2 } },
        });
        World world = tiny.Build();
        int WingOf(string elite) => Enumerable.Range(0, world.Wings.Count).Single(w => world.Elites.Ids[world.Wings.Elite[w]] == elite);
        var free = new SplinterSpec();
        var restrained = new SplinterSpec { JihadistRestraint = 0.2 };

        Assert.That(SplitHazard.Of(world, restrained, WingOf("zealot")), Is.EqualTo(0.2 * SplitHazard.Of(world, free, WingOf("zealot"))).Within(1e-12), "a jihadist wing of a jihadist group (SP14)");
        Assert.That(SplitHazard.Of(world, restrained, WingOf("trader")), Is.EqualTo(SplitHazard.Of(world, free, WingOf("trader"))), "a wing whose elite is no jihadist leaves as before (SP7)");
        Assert.That(SplitHazard.Of(world, restrained, WingOf("chief-b")), Is.EqualTo(SplitHazard.Of(world, free, WingOf("chief-b"))), "separatist wings are untouched");
        Assert.That(SplitHazard.Of(world, free, WingOf("zealot")), Is.GreaterThan(0));
    }

    [Test]
    public void LowCohesionRaisesSplits()
    {
        double loose = SplitsPerWingYear(40, _ => { }, cohesion: 0.1);
        double tight = SplitsPerWingYear(40, _ => { }, cohesion: 0.9);
        // Hazards a month: 0.05 × 0.81 × 1.3 ≈ 0.053 loose, 0.05 × 0.01 × 1.3 ≈ 0.0007 tight:
        // over a year, ~0.47 splits per wing against ~0.008.
        Assert.That(loose, Is.GreaterThan(0.35), "a loose group loses nearly half its wings within a year");
        Assert.That(loose, Is.GreaterThan(10 * tight), "(1 - cohesion)^2 makes cohesive groups far steadier (SP3)");
    }

    [Test]
    public void StateMilitiaFundingFostersSplitsOfStateLeaningWings()
    {
        // Wings led by state-leaning elites inside a rebel group (SP10): hazard 0.01 + 0.0007 a month
        // with state funding of militias, 0.0007 without; over a year ~0.12 splits per wing against ~0.008.
        double funded = SplitsPerWingYear(40, w => w.State.MilitiaFunding = 1, eliteStance: 0.5);
        double unfunded = SplitsPerWingYear(40, w => w.State.MilitiaFunding = 0, eliteStance: 0.5);
        double rebelWings = SplitsPerWingYear(40, w => w.State.MilitiaFunding = 1, eliteStance: -0.5);
        Assert.That(funded, Is.GreaterThan(0.06), "a funding patron pulls state-leaning wings out");
        Assert.That(funded, Is.GreaterThan(4 * unfunded), "far more than without the funding");
        Assert.That(funded, Is.GreaterThan(4 * rebelWings), "and only wings that lean to the state");
    }

    /// <summary>Rebels of 1,000 at cohesion 0 with a state-leaning wing (hunter, 20%) and a jihadist one (preacher, 30%).</summary>
    private static TinyWorld LoyalAndZealotWings()
    {
        var tiny = new TinyWorld().WithSeparatists(1_000);
        tiny.Groups["rebels"] = tiny.Groups["rebels"] with
        {
            Cohesion = 0,
            Wings = new Dictionary<string, WingSpec>
            {
                ["loyal"] = new() { Elite = "hunter", Share = 0.2 },
                ["zealot"] = new() { Elite = "preacher", Share = 0.3 },
            },
        };
        return tiny;
    }

    [Test]
    public void ASplinterFollowsItsLeadersAlignmentAndCommunity()
    {
        var sim = LoyalAndZealotWings().Simulate(1, SplitsOnly with { Base = 100 });
        World w = sim.World;
        sim.Step();

        Assert.That(w.Counters.Splinters, Is.EqualTo(2));
        int loyal = NewGroupLedBy(w, "hunter"), zealot = NewGroupLedBy(w, "preacher");
        GroupTable g = w.Groups;
        Assert.That(g.Kind[loyal], Is.EqualTo(GroupKind.ProGovernment), "a wing led by a state-leaning elite becomes pro-government");
        Assert.That(g.StateStance[loyal], Is.EqualTo(0.5), "with its leader's stance");
        Assert.That(w.HostileToState(loyal), Is.False);
        Assert.That(g.Kind[zealot], Is.EqualTo(GroupKind.Jihadist), "a wing led by a jihadist-leaning elite becomes jihadist");
        Assert.That(g.Islamism[zealot], Is.EqualTo(0.9));
        Assert.That(g.Origin[loyal], Is.EqualTo(GroupOrigin.Splinter));
        Assert.That(g.Parent[loyal], Is.EqualTo(Rebels));
        Assert.That(g.Cohesion[loyal], Is.EqualTo(new SplinterSpec().SplinterCohesion));
        Assert.That(g.KinOf(loyal, Farmers), Is.EqualTo(1), "kin to its wing's community (SP9)");
        Assert.That(w.Elites.RivalryOf(g.Leader[loyal], g.Leader[Rebels]), Is.EqualTo(new SplinterSpec().SplitRivalry), "the leaders are rivals after the split");
        Assert.That(g.PresenceIn(loyal, Centre), Is.EqualTo(new SplinterSpec().HomeShift).Within(1e-9), "half its presence moves to the farmers' region, where the parent had none");
        Assert.That(w.Log.Entries.Any(e => e.Kind == LogKind.Splinter && e.A == loyal && e.B == Rebels && e.C == Array.IndexOf(w.Elites.Ids, "hunter")), Is.True);
        Assert.That(Enumerable.Range(0, w.Wings.Count).All(i => !w.Wings.Active[i]), Is.True, "both wings are spent");
    }

    [Test]
    public void TheStateBacksAProGovernmentSplinterPerFighterWhileItFundsMilitias()
    {
        // Wings of 200 (state-leaning hunter) and 300 (jihadist preacher) leave a rebel group of
        // 1,000. With stateBacking 0.05 the pro-government splinter gets 200 × 0.05 = 10 a month of
        // state funding; the jihadist one gets none; with militia funding off, neither does.
        double Funding(double militiaFunding, string leader)
        {
            var sim = LoyalAndZealotWings().Simulate(1, SplitsOnly with { Base = 100, StateBacking = 0.05 });
            sim.World.State.MilitiaFunding = militiaFunding;
            sim.Step();
            return sim.World.Groups.StateFunding[NewGroupLedBy(sim.World, leader)];
        }

        Assert.That(Funding(1, "hunter"), Is.EqualTo(10).Within(1e-9));
        Assert.That(Funding(1, "preacher"), Is.Zero, "a jihadist splinter is not backed");
        Assert.That(Funding(0, "hunter"), Is.Zero, "nor anyone while the state funds no militias");
    }

    [Test]
    public void SplitsConserveFightersAndMoney()
    {
        var tiny = new TinyWorld().WithSeparatists(1_000);
        tiny.Groups["rebels"] = tiny.Groups["rebels"] with
        {
            Cohesion = 0,
            ExternalFunding = 50,
            Wings = new Dictionary<string, WingSpec>
            {
                ["young"] = new() { Elite = "chief-b", Share = 0.3 },
                ["loyal"] = new() { Elite = "hunter", Share = 0.2 },
            },
        };
        World w = tiny.Build();
        var rule = new SplinterRule(SplitsOnly with { Base = 100 }, w);
        var random = new Core.Randomness.Xoshiro256StarStar(1);
        rule.Apply(w, ref random);

        GroupTable g = w.Groups;
        Assert.That(g.Count, Is.EqualTo(3));
        Assert.That(g.Fighters[0] + g.Fighters[1] + g.Fighters[2], Is.EqualTo(1_000).Within(1e-9), "fighters are conserved");
        Assert.That(g.Money[0] + g.Money[1] + g.Money[2], Is.EqualTo(500).Within(1e-9), "money is conserved");
        Assert.That(g.ExternalFunding[0] + g.ExternalFunding[1] + g.ExternalFunding[2], Is.EqualTo(50).Within(1e-9));
        // Wings in id order: "loyal" (20%) leaves first, then "young" (30% of the original group).
        Assert.That(g.Fighters[1], Is.EqualTo(200).Within(1e-9), "the first wing takes its 20%");
        Assert.That(g.Fighters[2], Is.EqualTo(300).Within(1e-9), "the second its 30% of the original group, a larger share (0.375) of what was left");
        Assert.That(g.Fighters[0], Is.EqualTo(500).Within(1e-9));
    }

    [Test]
    public void CommandersRiseInLargeGroupsUpToTheWingLimit()
    {
        var spec = new SplinterSpec { Base = 0, RivalryPull = 0, IdeologyPull = 0, PatronPull = 0, CommanderRate = 0.2, MaxWings = 3 };
        int largeRisen = 0, smallRisen = 0;
        for (ulong seed = 1; seed <= 10; seed++)
        {
            var large = new TinyWorld().WithSeparatists(3_000).Simulate(seed, spec);
            large.AfterTick = w => Assert.That(ActiveWings(w, Rebels), Is.LessThanOrEqualTo(3), "never more than maxWings");
            large.RunToEnd();
            largeRisen += large.World.Log.Entries.Count(e => e.Kind == LogKind.CommanderRose);
            var small = new TinyWorld().WithSeparatists(400).Simulate(seed, spec);
            small.RunToEnd();
            smallRisen += small.World.Log.Entries.Count(e => e.Kind == LogKind.CommanderRose);

            World lw = large.World;
            foreach (LogEntry e in lw.Log.Entries.Where(e => e.Kind == LogKind.CommanderRose))
            {
                Assert.That(lw.Elites.RisenFrom[e.A], Is.EqualTo(Rebels));
                Assert.That(lw.Elites.Ids[e.A], Is.Null);
                Assert.That(lw.Elites.StateStance[e.A], Is.LessThan(0.5), "drawn around the group's stance (-0.8)");
            }
        }

        Assert.That(largeRisen, Is.EqualTo(20), "a 3,000-fighter group fills its two free wing slots within two years");
        Assert.That(smallRisen, Is.Zero, "a 400-fighter group raises none");
    }

    [Test]
    public void FullTablesRefuseSplitsAndCommandersAndCountTheRefusal()
    {
        var tiny = new TinyWorld { Limits = new LimitsSpec { MaxGroups = 1, MaxWings = 1 } }.WithSeparatists(3_000);
        tiny.Groups["rebels"] = tiny.Groups["rebels"] with { Cohesion = 0 };
        var sim = tiny.Simulate(1, new SplinterSpec { Base = 100, CommanderRate = 10 });
        sim.RunToEnd();
        Assert.That(sim.World.Groups.Count, Is.EqualTo(1), "no room for a splinter");
        Assert.That(sim.World.Wings.Count, Is.EqualTo(1), "no room for a commander's wing");
        Assert.That(sim.World.Wings.Active[0], Is.True, "a refused wing stays and may try again");
        Assert.That(sim.World.Counters.CapacityRefusals, Is.GreaterThanOrEqualTo(2 * 24), "each refused split and commander is counted");
        Assert.That(sim.World.Groups.Fighters[0], Is.EqualTo(3_000));
    }

    [Test]
    public void DisabledRuleSplitsNothing()
    {
        var tiny = new TinyWorld().WithSeparatists(3_000);
        tiny.Groups["rebels"] = tiny.Groups["rebels"] with { Cohesion = 0 };
        var off = tiny.Simulate(1, new SplinterSpec { Enabled = false, Base = 100, CommanderRate = 1 });
        var on = tiny.Simulate(1, new SplinterSpec { Base = 100, CommanderRate = 1 });
        off.RunToEnd();
        on.RunToEnd();
        Assert.That(on.World.Counters.Splinters, Is.GreaterThan(0));
        Assert.That(off.World.Counters.Splinters, Is.Zero);
        Assert.That(off.World.Groups.Count, Is.EqualTo(1));
        Assert.That(off.World.Wings.Count, Is.EqualTo(1));
        Assert.That(off.World.Log.Entries, Is.Empty);
    }

    [Test]
    public void InvariantsHoldOverThreeYears()
    {
        var tiny = new TinyWorld { Months = 36 }.WithSeparatists(2_000).WithJihadists(1_500);
        tiny.Groups["rebels"] = tiny.Groups["rebels"] with { Cohesion = 0.4 };
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.CounterTerror, Troops = 3_000, Deployment = new Dictionary<string, double> { ["centre"] = 1, ["north"] = 1 } };
        tiny.Events["arrive"] = new EventSpec { At = "2012-06", Type = EventType.ForeignDeploy, Force = "blue" };
        tiny.Events["accord"] = new EventSpec { At = "2013-01", Type = EventType.Accord, Inclusive = true, SeatValue = 200 };
        var sim = tiny.Simulate(9, new EventsSpec(), new AlliancesSpec(), new ClashesSpec(), new SplinterSpec { CommanderRate = 0.1, Base = 0.5 });
        sim.World.State.Force[Centre] = 1_000;
        sim.AfterTick = w =>
        {
            Invariants.Check(w);
            for (int i = 0; i < w.Wings.Count; i++)
            {
                Assert.That(w.Wings.Share[i], Is.InRange(0.0, 1.0), $"share of wing {i}");
            }

            for (int g = 0; g < w.Groups.Count; g++)
            {
                Assert.That(w.Groups.StateStance[g], Is.InRange(-1.0, 1.0));
                Assert.That(w.Groups.Islamism[g], Is.InRange(0.0, 1.0));
                Assert.That(WingShares(w, g), Is.LessThanOrEqualTo(1 + 1e-9), $"wings of group {g} hold at most all its fighters");
            }
        };
        sim.RunToEnd();
        Assert.That(sim.World.Counters.Splinters, Is.GreaterThan(0), "the run did split");
    }

    [Test]
    public void ApplyDoesNotAllocate()
    {
        var tiny = new TinyWorld().WithSeparatists(3_000);
        tiny.Groups["rebels"] = tiny.Groups["rebels"] with
        {
            Cohesion = 0,
            Wings = new Dictionary<string, WingSpec> { ["a"] = new() { Elite = "chief-b", Share = 0.1 }, ["b"] = new() { Elite = "hunter", Share = 0.1 } },
        };
        World w = tiny.Build();
        var rule = new SplinterRule(new SplinterSpec { Base = 0.5, CommanderRate = 1 }, w);
        var random = new Core.Randomness.Xoshiro256StarStar(1);
        rule.Apply(w, ref random);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int t = 1; t <= 5; t++)
        {
            w.Tick = t;
            rule.Apply(w, ref random);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(w.Log.Entries.Count(e => e.Tick > 0), Is.GreaterThan(0), "the measured ticks did split or raise commanders");
    }

    /// <summary>
    /// Splits per wing-year: the rebels (1,000 fighters) get eight wings of 5% each, led by elites of
    /// ambition 0.8 and islamism 0 (so no ideology pull), and run a year per seed.
    /// </summary>
    private static double SplitsPerWingYear(int seeds, Action<World> configure, double cohesion = 0.9, double eliteStance = 0)
    {
        const int Wings = 8;
        double splits = 0;
        for (ulong seed = 1; seed <= (ulong)seeds; seed++)
        {
            var tiny = new TinyWorld { Months = 12 }.WithSeparatists();
            var wings = new Dictionary<string, WingSpec>();
            for (int i = 0; i < Wings; i++)
            {
                tiny.Elites[$"wing-{i}"] = new EliteSpec { Community = "nomads", Ambition = 0.8, Islamism = 0, StateStance = eliteStance };
                wings[$"wing-{i}"] = new WingSpec { Elite = $"wing-{i}", Share = 0.05 };
            }

            tiny.Groups["rebels"] = tiny.Groups["rebels"] with { Cohesion = cohesion, Wings = wings };
            Simulation sim = tiny.Simulate(seed, SplitsOnly);
            configure(sim.World);
            sim.RunToEnd();
            splits += sim.World.Counters.Splinters;
        }

        return splits / (seeds * Wings);
    }

    private static void OpenAccord(World w, bool inclusive, double seatValue)
    {
        w.Accord.Active = true;
        w.Accord.Inclusive = inclusive;
        w.Accord.SeatValue = seatValue;
    }

    private static int NewGroupLedBy(World w, string elite)
    {
        int e = Array.IndexOf(w.Elites.Ids, elite);
        for (int g = 0; g < w.Groups.Count; g++)
        {
            if (w.Groups.Origin[g] == GroupOrigin.Splinter && w.Groups.Leader[g] == e)
            {
                return g;
            }
        }

        Assert.Fail($"no splinter led by {elite}");
        return -1;
    }

    private static int ActiveWings(World w, int group)
    {
        int n = 0;
        for (int i = 0; i < w.Wings.Count; i++)
        {
            n += w.Wings.Active[i] && w.Wings.Group[i] == group ? 1 : 0;
        }

        return n;
    }

    private static double WingShares(World w, int group)
    {
        double total = 0;
        for (int i = 0; i < w.Wings.Count; i++)
        {
            total += w.Wings.Active[i] && w.Wings.Group[i] == group ? w.Wings.Share[i] : 0;
        }

        return total;
    }
}
