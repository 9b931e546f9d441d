using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Rules.Alliances;
using StalemateSim.Core.Rules.Clashes;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Rules.Upkeep;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;

namespace StalemateSim.Core.Tests.Rules;

public class AlliancesRuleTests
{
    // Indices in the tiny world (ids in ordinal order): regions centre 0, north 1.
    private const int Centre = 0;
    private const int North = 1;

    [Test]
    public void JihadistAlliesMergeAfterAYearWhileSecularAlliesFormABlocAndDoNotMerge()
    {
        var tiny = new TinyWorld().WithJihadists().WithSeparatists();
        tiny.Elites["emir"] = new EliteSpec { Community = "herders", Islamism = 0.8, StateStance = -1 };
        tiny.Elites["chief-c"] = new EliteSpec { Community = "nomads", Ambition = 0.5 };
        tiny.WithGroup("jihadists-b", Jihadists("emir", 400, 0.8, "centre"));
        tiny.WithGroup("rebels-b", RebelsB(600));
        var sim = tiny.Simulate(3, new AlliancesSpec { MergeRate = 1 });
        World w = sim.World;
        w.State.Force[Centre] = 3_000;
        w.State.Force[North] = 3_000;
        int jihadists = 0, jihadistsB = 1, rebels = 2, rebelsB = 3;
        double jihadistFighters = w.Groups.Fighters[jihadists] + w.Groups.Fighters[jihadistsB];
        double jihadistMoney = w.Groups.Money[jihadists] + w.Groups.Money[jihadistsB];

        int mergedAt = -1;
        while (!sim.Finished)
        {
            sim.Step();
            if (mergedAt < 0 && w.Counters.Mergers > 0)
            {
                mergedAt = w.Tick - 1;
            }
        }

        Assert.That(mergedAt, Is.EqualTo(12), "jihadist allies since tick 0 merge once they have been allied 12 months");
        Assert.That(w.Groups.Active[jihadistsB], Is.False, "the smaller jihadist group is absorbed");
        Assert.That(w.Groups.Fighters[jihadists], Is.EqualTo(jihadistFighters).Within(1e-9), "fighters move to the absorber");
        Assert.That(w.Groups.Money[jihadists], Is.EqualTo(jihadistMoney).Within(1e-9), "money moves to the absorber");
        Assert.That(LeaderIsWingOf(w, Array.IndexOf(w.Elites.Ids, "emir"), jihadists), Is.True, "the absorbed leader becomes a wing of the absorber");
        Assert.That(w.Log.Entries.Any(e => e.Kind == LogKind.Merger && e.A == jihadistsB && e.B == jihadists), Is.True);

        Assert.That(w.Relations.AreAllied(rebels, rebelsB), Is.True, "secular allies stay allied");
        Assert.That(w.Groups.Active[rebelsB], Is.True, "secular allies never merge");
        Assert.That(w.Groups.Bloc[rebels], Is.EqualTo(rebels).And.EqualTo(w.Groups.Bloc[rebelsB]), "they form a bloc named by its lowest member");
        Assert.That(w.Groups.Bloc[jihadists], Is.EqualTo(-1), "jihadists form no umbrella bloc");
        Assert.That(w.Counters.BlocsFormed, Is.EqualTo(1));
        Assert.That(w.Counters.Mergers, Is.EqualTo(1));
    }

    [Test]
    public void CommonEnemyMakesRebelsAllyAndItsRetreatLetsCompetitionTurnTheStrongerOnTheWeaker()
    {
        // A secular separatist group and a smaller jihadist group share the north. While a strong
        // army is there they ally (AL1); when it is gone, competition for the same ground turns
        // them into enemies (AL2) and the stronger pushes the weaker out of the north (7.2.23).
        const int Seeds = 10;
        int jihadists = 0, rebels = 1;
        double weakerNorth = 0, strongerNorth = 0;
        for (ulong seed = 1; seed <= Seeds; seed++)
        {
            var tiny = new TinyWorld { Months = 36 }.WithSeparatists(1_500);
            tiny.WithGroup("jihadists", Jihadists("preacher", 600, 0.9, "north"));
            World w = tiny.Build(seed);
            var alliances = new AlliancesRule(new AlliancesSpec(), w);
            var clashes = new ClashesRule(new ClashesSpec(), w);
            w.State.Force[North] = 8_000;
            var allied = new Simulation(w, [alliances], seed);
            for (int t = 0; t < 12; t++)
            {
                allied.Step();
                Assert.That(w.Relations.AreAllied(jihadists, rebels), Is.True, $"allied against the army at tick {t}");
            }

            w.State.Force[North] = 0;
            var rivals = new Simulation(w, [alliances, clashes], seed);
            for (int t = 0; t < 4; t++)
            {
                rivals.Step();
            }

            Assert.That(w.Relations.AreAllied(jihadists, rebels), Is.False, "the alliance breaks within four months of the army leaving");
            Assert.That(w.Relations.AreHostile(jihadists, rebels), Is.True, "former allies become enemies");
            for (int t = 0; t < 20; t++)
            {
                rivals.Step();
            }

            Assert.That(w.Groups.Fighters[jihadists], Is.GreaterThan(0.8 * 600), "the weaker partner is pushed, not destroyed");
            weakerNorth += w.Groups.PresenceIn(jihadists, North) / Seeds;
            strongerNorth += w.Groups.PresenceIn(rebels, North) / Seeds;
        }

        Assert.That(weakerNorth, Is.LessThan(0.7), "the weaker partner loses on average over 30% of its hold on the north");
        Assert.That(strongerNorth, Is.GreaterThan(0.95), "the stronger partner keeps the north");
    }

    [Test]
    public void RivalryBetweenLeadersLowersAffinityByItsWeight()
    {
        double calm = AffinityOfTwoSecularGroups(rivalry: 0);
        double feud = AffinityOfTwoSecularGroups(rivalry: 1);
        Assert.That(calm - feud, Is.EqualTo(new AlliancesSpec().WRivalry).Within(1e-9), "a full feud costs wRivalry of affinity (AL12)");
        Assert.That(feud, Is.LessThan(calm));
    }

    [Test]
    public void LikeMindedJihadistsCompeteLessForSharedGround()
    {
        // Two jihadist groups (islamism 0.9 and 0.8) share the centre with no common enemy there.
        (double affinity, bool hostile) Run(double relief)
        {
            var tiny = new TinyWorld().WithJihadists();
            tiny.Elites["emir"] = new EliteSpec { Community = "herders", Islamism = 0.8, StateStance = -1 };
            tiny.WithGroup("jihadists-b", Jihadists("emir", 400, 0.8, "centre"));
            World w = tiny.Build();
            var random = new Core.Randomness.Xoshiro256StarStar(1);
            new AlliancesRule(new AlliancesSpec { SharedVisionRelief = relief }, w).Apply(w, ref random);
            return (w.Relations.Affinity[w.Relations.Index(0, 1)], w.Relations.AreHostile(0, 1));
        }

        (double shared, bool sharedHostile) = Run(0.5);
        (double rival, bool rivalHostile) = Run(0);
        Assert.That(shared - rival, Is.EqualTo(0.6 * 0.5 * 0.9).Within(1e-9), "wCompetition × relief × (1 - |Δislamism|) of competition is lifted (AL9)");
        Assert.That(sharedHostile, Is.False, "like-minded jihadists coexist on shared ground");
        Assert.That(rivalHostile, Is.True, "without the relief, competition alone would set them fighting");
    }

    [Test]
    public void StateAlliesAndStateEnemiesAreHostileWhateverTheirAffinity()
    {
        // Same kin and ideology, but one fights the state and the other leans to it.
        var tiny = new TinyWorld().WithSeparatists();
        tiny.WithGroup("loyalists", new ArmedGroupSpec
        {
            Kind = GroupKind.ProGovernment,
            Leader = "hunter",
            Fighters = 500,
            Presence = new Dictionary<string, double> { ["centre"] = 1 },
            BaseCommunities = new Dictionary<string, double> { ["nomads"] = 1 },
        });
        var sim = tiny.Simulate(1, new AlliancesSpec());
        sim.Step();
        Assert.That(sim.World.Relations.AreHostile(0, 1), Is.True);
        Assert.That(sim.World.Relations.AreAllied(0, 1), Is.False);
    }

    [Test]
    public void ExcludedGroupsTurnOnSignatoriesAndBreakTheirAlliance()
    {
        var tiny = TwoSecularGroups(rivalry: 0);
        var sim = tiny.Simulate(1, new AlliancesSpec());
        World w = sim.World;
        w.State.Force[North] = 3_000;
        sim.Step();
        Assert.That(w.Relations.AreAllied(0, 1), Is.True, "kin allies before the accord");
        w.Groups.Accord[0] = AccordStatus.Signatory;
        w.Groups.Accord[1] = AccordStatus.Excluded;
        sim.Step();
        Assert.That(w.Relations.AreAllied(0, 1), Is.False, "the spoiler breaks with the signatory (EA3, SP2)");
        Assert.That(w.Relations.AreHostile(0, 1), Is.True);
        Assert.That(w.Log.Entries.Count(e => e.Kind == LogKind.AllianceBroken), Is.EqualTo(1));
    }

    [Test]
    public void AlliancesHaveHysteresis()
    {
        // Affinity between formAt and breakAt keeps whatever state the pair was in.
        var spec = new AlliancesSpec { FormAt = 0.35, BreakAt = 0.1 };
        var tiny = TwoSecularGroups(rivalry: 0);
        World w = tiny.Build();
        var rule = new AlliancesRule(spec, w);
        var random = new Core.Randomness.Xoshiro256StarStar(1);
        w.State.Force[North] = 3_000;
        rule.Apply(w, ref random);
        Assert.That(w.Relations.AreAllied(0, 1), Is.True);

        w.Tick = 1;
        w.Relations.Affinity[w.Relations.Index(0, 1)] = 0.2;
        w.Relations.Affinity[w.Relations.Index(1, 0)] = 0.2;
        var frozen = new AlliancesRule(spec with { Adjust = 0 }, w);
        frozen.Apply(w, ref random);
        Assert.That(w.Relations.AreAllied(0, 1), Is.True, "an alliance at 0.2 holds");

        w.Relations.SetAllied(0, 1, false, 1);
        frozen.Apply(w, ref random);
        Assert.That(w.Relations.AreAllied(0, 1), Is.False, "but no new alliance forms at 0.2");
    }

    [Test]
    public void DisabledRuleLeavesRelationsUntouched()
    {
        var tiny = TwoSecularGroups(rivalry: 0);
        var off = tiny.Simulate(1, new AlliancesSpec { Enabled = false });
        var on = tiny.Simulate(1, new AlliancesSpec());
        off.World.State.Force[North] = on.World.State.Force[North] = 3_000;
        off.RunToEnd();
        on.RunToEnd();
        Assert.That(on.World.Relations.AreAllied(0, 1), Is.True);
        Assert.That(off.World.Relations.AreAllied(0, 1), Is.False);
        Assert.That(off.World.Relations.Affinity, Is.All.EqualTo(0));
        Assert.That(off.World.Groups.Bloc, Is.All.EqualTo(-1));
    }

    [Test]
    public void InvariantsHoldOverThreeYears()
    {
        var tiny = new TinyWorld { Months = 36 }.WithSeparatists().WithJihadists();
        tiny.Elites["emir"] = new EliteSpec { Community = "herders", Islamism = 0.8, StateStance = -1 };
        tiny.WithGroup("jihadists-b", Jihadists("emir", 400, 0.8, "centre"));
        tiny.WithGroup("loyalists", new ArmedGroupSpec
        {
            Kind = GroupKind.ProGovernment,
            Leader = "hunter",
            Fighters = 500,
            Presence = new Dictionary<string, double> { ["centre"] = 0.5, ["north"] = 0.5 },
            BaseCommunities = new Dictionary<string, double> { ["farmers"] = 1 },
        });
        tiny.Events["accord"] = new EventSpec { At = "2012-06", Type = EventType.Accord, Inclusive = true, SeatValue = 100 };
        var sim = tiny.Simulate(11, new EventsSpec(), new AlliancesSpec { MergeRate = 0.3 }, new ClashesSpec());
        sim.AfterTick = w =>
        {
            Invariants.Check(w);
            for (int a = 0; a < w.Groups.Count; a++)
            {
                for (int b = 0; b < w.Groups.Count; b++)
                {
                    int i = w.Relations.Index(a, b);
                    Assert.That(w.Relations.Affinity[i], Is.InRange(-1.0, 1.0).And.EqualTo(w.Relations.Affinity[w.Relations.Index(b, a)]));
                    Assert.That(w.Relations.Allied[i] && w.Relations.Hostile[i], Is.False, "allies are never hostile");
                }
            }
        };
        sim.World.State.Force[Centre] = 2_000;
        sim.RunToEnd();
    }

    [Test]
    public void FightersDriftFromASmallJihadistAllyToTheLargestAtPoolRate()
    {
        // Three jihadist groups that ally at tick 0 (AL9): 1,600 in the centre with one wing holding
        // a fifth, 400 in the north, 200 in the north. Each smaller one sends a tenth of its
        // fighters to the largest; nothing flows the other way; the total is kept. Two allied
        // separatist groups (800 and 300) keep theirs.
        var tiny = new TinyWorld().WithJihadists(1_600).WithSeparatists(800);
        tiny.Elites["chief-c"] = new EliteSpec { Community = "nomads", Ambition = 0.5 };
        tiny.WithGroup("rebels-b", RebelsB(300));
        tiny.Elites["emir"] = new EliteSpec { Community = "herders", Islamism = 0.9, StateStance = -1 };
        tiny.Elites["qadi"] = new EliteSpec { Community = "herders", Islamism = 0.9, StateStance = -1 };
        tiny.Elites["scholar"] = new EliteSpec { Community = "herders", Islamism = 0.9, StateStance = -1 };
        tiny.Groups["jihadists"] = tiny.Groups["jihadists"] with { Wings = new Dictionary<string, WingSpec> { ["court"] = new() { Elite = "scholar", Share = 0.2 } } };
        tiny.WithGroup("jihadists-b", Jihadists("emir", 400, 0.9, "north"));
        tiny.WithGroup("jihadists-c", Jihadists("qadi", 200, 0.9, "north"));
        World w = tiny.Build();
        w.State.Force[Centre] = 3_000;
        w.State.Force[North] = 3_000;
        int large = 0, middle = 1, small = 2, rebels = 3, rebelsB = 4;
        // Roots: the largest is kin 0.8 to the herders and none to the nomads; the middle one the
        // same; the small one is a nomads' group (kin 1, and 0.2 to the herders).
        int herders = PeopleTestKit.Community(w, "herders"), nomads = PeopleTestKit.Community(w, "nomads");
        foreach (int group in new[] { large, middle })
        {
            w.Groups.KinOf(group, herders) = 0.8;
            w.Groups.KinOf(group, nomads) = 0;
        }

        w.Groups.KinOf(small, herders) = 0.2;
        w.Groups.KinOf(small, nomads) = 1;
        var rule = new AlliancesRule(new AlliancesSpec { PoolRate = 0.1, MergeRate = 0 }, w);
        var random = new Core.Randomness.Xoshiro256StarStar(1);

        rule.Apply(w, ref random);

        Assert.That(w.Relations.AreAllied(large, middle) && w.Relations.AreAllied(large, small), Is.True, "the set-up needs allies");
        Assert.That(w.Groups.KinOf(large, nomads), Is.EqualTo(20.0 / 1_660).Within(1e-12), "the nomads' 20 newcomers bring their roots, by their share");
        Assert.That(w.Groups.KinOf(large, herders), Is.EqualTo(0.8).Within(1e-12), "a weaker tie among the newcomers does not dilute the receiver's own");
        Assert.That(w.Groups.Fighters[middle], Is.EqualTo(360).Within(1e-9), "a tenth of 400 leaves");
        Assert.That(w.Groups.Fighters[small], Is.EqualTo(180).Within(1e-9), "a tenth of 200 leaves, to the largest ally, not the middle one");
        Assert.That(w.Groups.Fighters[large], Is.EqualTo(1_660).Within(1e-9), "the largest receives both and loses nothing");
        Assert.That(w.Groups.PresenceIn(large, North), Is.EqualTo(60.0 / 1_660).Within(1e-12), "its presence is the fighter-weighted mix");
        Assert.That(w.Wings.Share[WingOf(w, large)], Is.EqualTo(0.2 * 1_600 / 1_660).Within(1e-12), "newcomers join the leader's core");
        Assert.That(w.Relations.AreAllied(rebels, rebelsB), Is.True, "the set-up needs secular allies");
        Assert.That(w.Groups.Fighters[rebelsB], Is.EqualTo(300), "secular allies do not pool");
    }

    [Test]
    public void PoolingDrainsASmallJihadistSplinterUntilUpkeepDissolvesIt()
    {
        var tiny = new TinyWorld { Months = 36 }.WithJihadists(1_600);
        tiny.Elites["emir"] = new EliteSpec { Community = "herders", Islamism = 0.9, StateStance = -1 };
        tiny.WithGroup("jihadists-b", Jihadists("emir", 300, 0.9, "centre"));
        var sim = tiny.Simulate(5, new AlliancesSpec { PoolRate = 0.1, MergeRate = 0 }, new UpkeepSpec());
        World w = sim.World;
        w.State.Force[Centre] = 3_000;
        int splinter = 1;

        sim.RunToEnd();

        Assert.That(w.Groups.Active[splinter], Is.False, "300 × 0.9^t falls below upkeep's 20 fighters within three years");
        Assert.That(w.Counters.Mergers, Is.Zero, "no formal merger was needed");
    }

    [Test]
    public void ApplyDoesNotAllocate()
    {
        var tiny = new TinyWorld().WithSeparatists().WithJihadists();
        tiny.Elites["emir"] = new EliteSpec { Community = "herders", Islamism = 0.8, StateStance = -1 };
        tiny.WithGroup("jihadists-b", Jihadists("emir", 400, 0.8, "centre"));
        World w = tiny.Build();
        w.State.Force[Centre] = 3_000;
        var rule = new AlliancesRule(new AlliancesSpec { MergeAfter = 0, MergeRate = 0 }, w);
        var random = new Core.Randomness.Xoshiro256StarStar(1);
        rule.Apply(w, ref random);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int t = 1; t <= 5; t++)
        {
            w.Tick = t;
            rule.Apply(w, ref random);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    private static double AffinityOfTwoSecularGroups(double rivalry)
    {
        World w = TwoSecularGroups(rivalry).Build();
        w.State.Force[North] = 500;
        var rule = new AlliancesRule(new AlliancesSpec(), w);
        var random = new Core.Randomness.Xoshiro256StarStar(1);
        rule.Apply(w, ref random);
        double affinity = w.Relations.Affinity[w.Relations.Index(0, 1)];
        Assert.That(affinity, Is.InRange(-0.99, 0.99), "the target must not be clamped for the comparison to mean anything");
        return affinity;
    }

    /// <summary>Two separatist groups of the same kin in the north; leaders chief-a and chief-c.</summary>
    private static TinyWorld TwoSecularGroups(double rivalry)
    {
        var tiny = new TinyWorld();
        tiny.Elites["chief-a"] = new EliteSpec { Community = "nomads", Rivals = new Dictionary<string, double> { ["chief-c"] = rivalry } };
        tiny.Elites["chief-c"] = new EliteSpec { Community = "nomads" };
        foreach ((string id, string leader) in new[] { ("rebels-a", "chief-a"), ("rebels-c", "chief-c") })
        {
            tiny.WithGroup(id, new ArmedGroupSpec
            {
                Kind = GroupKind.Separatist,
                Leader = leader,
                Fighters = 800,
                Presence = new Dictionary<string, double> { ["north"] = 1 },
                BaseCommunities = new Dictionary<string, double> { ["nomads"] = 0.5 },
            });
        }

        return tiny;
    }

    /// <summary>A second separatist group in the north, led by chief-c, kin to the nomads.</summary>
    private static ArmedGroupSpec RebelsB(double fighters) => new()
    {
        Kind = GroupKind.Separatist,
        Leader = "chief-c",
        Fighters = fighters,
        Money = 200,
        Presence = new Dictionary<string, double> { ["north"] = 1 },
        BaseCommunities = new Dictionary<string, double> { ["nomads"] = 1 },
    };

    private static ArmedGroupSpec Jihadists(string leader, double fighters, double islamism, string region) => new()
    {
        Kind = GroupKind.Jihadist,
        Leader = leader,
        Fighters = fighters,
        Money = 300,
        Islamism = islamism,
        Presence = new Dictionary<string, double> { [region] = 1 },
        BaseCommunities = new Dictionary<string, double> { ["herders"] = 0.6 },
    };

    private static int WingOf(World w, int group)
    {
        for (int i = 0; i < w.Wings.Count; i++)
        {
            if (w.Wings.Active[i] && w.Wings.Group[i] == group)
            {
                return i;
            }
        }

        return -1;
    }

    private static bool LeaderIsWingOf(World w, int leader, int group)
    {
        for (int i = 0; i < w.Wings.Count; i++)
        {
            if (w.Wings.Active[i] && w.Wings.Group[i] == group && w.Wings.Elite[i] == leader)
            {
                return true;
            }
        }

        return false;
    }
}
