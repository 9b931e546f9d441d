using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Rules.Abuses;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Rules.ForeignForces;
using StalemateSim.Core.Rules.State;
using StalemateSim.Core.Rules.Territory;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;

namespace StalemateSim.Core.Tests.Rules;

public class TerritoryRuleTests
{
    // TinyWorld indices (ordinal order of ids): regions centre 0, north 1; communities farmers 0, herders 1, nomads 2.
    private const int Centre = 0;
    private const int North = 1;
    private const int Farmers = 0;
    private const int Herders = 1;

    /// <summary>Soldiers whose army strength (× (0.25 + 0.75 × 0.7)) is the given strength.</summary>
    private static double SoldiersFor(double strength) => strength / 0.775;

    /// <summary>A group's strength at arms 0.5 and cohesion 0.7 is 0.85 × fighters.</summary>
    private static double FightersFor(double strength) => strength / 0.85;

    [Test]
    public void AtEqualStrengthTheStateHoldsCapitalsMoreThanDistrictsAndDistrictsMoreThanVillages()
    {
        const int seeds = 20;
        double capital = 0, district = 0, villages = 0, reach = 0;
        for (ulong seed = 1; seed <= seeds; seed++)
        {
            World world = new TinyWorld().WithJihadists(FightersFor(850)).Build();
            world.State.Force[Centre] = SoldiersFor(850);
            Apply(world, new TerritorySpec(), 24, seed);
            capital += StateShare(world, Centre, PlaceLevel.Capital);
            district += StateShare(world, Centre, PlaceLevel.District);
            villages += StateShare(world, Centre, PlaceLevel.Village);
            reach += world.Regions.Reach[Centre];
        }

        // Capital: 850 × 1 against 850, never taken. District: 510 against 850, 4.7% a month.
        // Villages: 255 against 850 (or more with kin), over 21% a month.
        Assert.That(capital / seeds, Is.EqualTo(1));
        Assert.That(district / seeds, Is.InRange(0.1, 0.6));
        Assert.That(villages / seeds, Is.LessThan(0.05));
        Assert.That(reach / seeds, Is.LessThan(0.5), "reach falls from about 0.9 toward the capital's share of the population (0.25)");
    }

    [Test]
    public void AStrongerHostileGroupTakesATownAndAWeakerOneDoesNot()
    {
        const int seeds = 20;
        int strongTook = 0, weakTook = 0;
        for (ulong seed = 1; seed <= seeds; seed++)
        {
            strongTook += CapitalTaken(rebelStrength: 4_250, months: 12, seed) ? 1 : 0;
            weakTook += CapitalTaken(rebelStrength: 850, months: 24, seed) ? 1 : 0;
        }

        // Ratio 4.25 → 30% a month → 99% within a year; ratio 0.85 → never.
        Assert.That(strongTook, Is.GreaterThanOrEqualTo(18));
        Assert.That(weakTook, Is.Zero);
    }

    [Test]
    public void AlliesTakeTogetherATownNeitherCouldTakeAlone()
    {
        const int seeds = 20;
        int together = 0, apart = 0, noCoalition = 0;
        for (ulong seed = 1; seed <= seeds; seed++)
        {
            together += CoalitionTakesCapital(allied: true, new TerritorySpec(), seed) ? 1 : 0;
            apart += CoalitionTakesCapital(allied: false, new TerritorySpec(), seed) ? 1 : 0;
            noCoalition += CoalitionTakesCapital(allied: true, new TerritorySpec { CoalitionWeight = 0 }, seed) ? 1 : 0;
        }

        // Each group alone is at 0.8 of the state's strength; together at 1.6, which takes the town
        // (AL1) at 0.1 × (1.6 − 1.2) = 4% a month, 86% within four years.
        Assert.That(together, Is.GreaterThanOrEqualTo(13));
        Assert.That(apart, Is.Zero);
        Assert.That(noCoalition, Is.Zero);
    }

    private static bool CoalitionTakesCapital(bool allied, TerritorySpec spec, ulong seed)
    {
        World world = new TinyWorld().WithSeparatists(FightersFor(800)).WithGroup("partners", new ArmedGroupSpec
        {
            Kind = GroupKind.Separatist,
            Leader = "chief-b",
            Fighters = FightersFor(800),
            Presence = new Dictionary<string, double> { ["north"] = 1 },
        }).Build();
        world.State.Force[North] = SoldiersFor(1_000);
        if (allied)
        {
            world.Relations.SetAllied(0, 1, true, 0);
        }

        Apply(world, spec, 48, seed);
        return world.Places.Owner[world.Regions.CapitalPlace[North]] != Owners.State;
    }

    [Test]
    public void LosingATownIsLoggedAndCountsAsADefeatButVillageChangesAreNotLogged()
    {
        World world = new TinyWorld().WithSeparatists(FightersFor(20_000)).Build();
        world.State.Force[North] = SoldiersFor(1_000);
        Apply(world, new TerritorySpec { TownDefeat = 2.5 }, 1);

        int capital = world.Regions.CapitalPlace[North];
        int district = world.Regions.DistrictPlace[North];
        Assert.That(world.Places.Owner[capital], Is.Zero, "ratio 20: certain");
        Assert.That(world.Places.Owner[district], Is.Zero);
        Assert.That(world.State.Defeats, Is.EqualTo(5).Within(1e-9));
        var changes = world.Log.Entries.Where(e => e.Kind == LogKind.ControlChanged).ToList();
        Assert.That(changes.Select(e => e.A), Is.EquivalentTo(new[] { capital, district }));
        Assert.That(changes.Select(e => e.B), Is.All.EqualTo(Owners.State));
        Assert.That(changes.Select(e => e.C), Is.All.EqualTo(0));
        Assert.That(VillagesHeldBy(world, 0), Is.GreaterThan(0), "villages changed hands too, unlogged");
    }

    [Test]
    public void OverrunGarrisonsDieWithTheTownsAGroupTakes()
    {
        // Both northern towns fall to the rebels in one month (ratio 20). With garrisonLoss 0.1 each
        // fall kills a tenth of the soldiers then in the region: 1 − 0.9² of them in all, booked as
        // state deaths at the separatists' hands. Without it nobody dies with the towns.
        double soldiers = SoldiersFor(1_000);
        World Overrun(double garrisonLoss)
        {
            World w = new TinyWorld().WithSeparatists(FightersFor(20_000)).Build();
            w.State.Force[North] = soldiers;
            Apply(w, new TerritorySpec { GarrisonLoss = garrisonLoss }, 1);
            return w;
        }

        World world = Overrun(0.1);

        double dead = soldiers * (1 - (0.9 * 0.9));
        Assert.That(world.Places.Owner[world.Regions.CapitalPlace[North]], Is.Zero, "the set-up needs the towns to fall");
        Assert.That(world.State.Force[North], Is.EqualTo(soldiers - dead).Within(1e-6));
        Assert.That(world.Ledger.StateDeaths, Is.EqualTo(dead).Within(1e-6));
        Assert.That(world.Ledger.DeathsByPerpetrator[(int)ActorKind.Separatist], Is.EqualTo(dead).Within(1e-6));

        World without = Overrun(0);
        Assert.That(without.Places.Owner[without.Regions.CapitalPlace[North]], Is.Zero);
        Assert.That(without.Ledger.StateDeaths, Is.Zero);
    }

    [Test]
    public void UnderForeignPressureJihadistsGiveUpTownsButSeparatistsDoNot()
    {
        const int seeds = 20;
        int jihadistsWithTroops = 0, jihadistsAlone = 0, separatistsWithTroops = 0;
        for (ulong seed = 1; seed <= seeds; seed++)
        {
            jihadistsWithTroops += KeepsCapital(GroupKind.Jihadist, foreignTroops: 3_000, seed) ? 0 : 1;
            jihadistsAlone += KeepsCapital(GroupKind.Jihadist, foreignTroops: 0, seed) ? 0 : 1;
            separatistsWithTroops += KeepsCapital(GroupKind.Separatist, foreignTroops: 3_000, seed) ? 0 : 1;
        }

        // Pressure 0.75 cuts the jihadists' town strength from 1700 to 680 against the state's 1500
        // (peacekeepers here add nothing to the state side): 12% a month, 95% lost within 24 months.
        Assert.That(jihadistsWithTroops, Is.GreaterThanOrEqualTo(16));
        Assert.That(jihadistsAlone, Is.Zero);
        Assert.That(separatistsWithTroops, Is.Zero);
    }

    [Test]
    public void WithNationalPressureForeignTroopsElsewhereAlsoDriveJihadistsFromTowns()
    {
        const int seeds = 20;
        int local = 0, national = 0;
        for (ulong seed = 1; seed <= seeds; seed++)
        {
            local += KeepsCapital(GroupKind.Jihadist, foreignTroops: 3_000, seed, deployedIn: "north") ? 0 : 1;
            national += KeepsCapital(GroupKind.Jihadist, foreignTroops: 3_000, seed, deployedIn: "north", nationalPressure: 1) ? 0 : 1;
        }

        // The troops are all in the north. Counted locally, the centre feels no pressure (1700
        // against 1500: kept); counted nationally (JG7), pressure 0.75 as if they were there.
        Assert.That(local, Is.Zero);
        Assert.That(national, Is.GreaterThanOrEqualTo(16));
    }

    [Test]
    public void KinMakesAGroupStrongerInItsKinsVillages()
    {
        const int seeds = 50;
        double herders = 0, farmers = 0;
        for (ulong seed = 1; seed <= seeds; seed++)
        {
            World world = new TinyWorld().WithJihadists(FightersFor(850)).Build(); // kin 0.8 with herders
            world.State.Force[Centre] = SoldiersFor(1_000);
            SetVillages(world, Owners.State);
            Apply(world, new TerritorySpec(), 2, seed);
            herders += 1 - CommunityShare(world, Herders, Owners.State);
            farmers += 1 - CommunityShare(world, Farmers, Owners.State);
        }

        // Against 300: ratio 5.1 (39% a month) among herders, 2.8 (16%) among farmers.
        Assert.That(herders / seeds, Is.EqualTo(0.63).Within(0.1));
        Assert.That(farmers / seeds, Is.EqualTo(0.30).Within(0.1));
    }

    [Test]
    public void ForeignShareAgainstRebelsSparesSeparatistsButNotJihadists()
    {
        const int seeds = 20;
        int rebelsLostFull = 0, rebelsLostSpared = 0, jihadistsLostSpared = 0;
        for (ulong seed = 1; seed <= seeds; seed++)
        {
            rebelsLostFull += StateRetakesCapital(GroupKind.Separatist, share: 1, seed) ? 1 : 0;
            rebelsLostSpared += StateRetakesCapital(GroupKind.Separatist, share: 0, seed) ? 1 : 0;
            jihadistsLostSpared += StateRetakesCapital(GroupKind.Jihadist, share: 0, seed) ? 1 : 0;
        }

        // The holders (strength 850) face an army of 500 and 3,000 counter-terror troops: 3,500
        // in all (ratio 4.1, 29% a month), or the army alone when foreign troops stay out (0.6).
        Assert.That(rebelsLostFull, Is.GreaterThanOrEqualTo(18));
        Assert.That(rebelsLostSpared, Is.Zero);
        Assert.That(jihadistsLostSpared, Is.GreaterThanOrEqualTo(18), "foreign troops still count against jihadists");
    }

    private static bool StateRetakesCapital(GroupKind kind, double share, ulong seed)
    {
        var tiny = new TinyWorld().WithGroup("holders", new ArmedGroupSpec
        {
            Kind = kind,
            Leader = "chief-a",
            Fighters = FightersFor(850),
            Presence = new Dictionary<string, double> { ["north"] = 1 },
        });
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.CounterTerror, Troops = 3_000, Deployment = new Dictionary<string, double> { ["north"] = 1 } };
        World world = tiny.Build();
        world.Foreign.Present[0] = true;
        world.Foreign.Troops[0] = 3_000;
        world.State.Force[North] = SoldiersFor(500);
        world.Places.Owner[world.Regions.CapitalPlace[North]] = 0;
        Apply(world, new TerritorySpec { ForeignShareAgainstRebels = share, JihadistTownAversion = 0 }, 12, seed);
        return world.Places.Owner[world.Regions.CapitalPlace[North]] == Owners.State;
    }

    [Test]
    public void AnOverextendedGroupTakesFewerVillages()
    {
        const int seeds = 30;
        double free = 0, stretched = 0;
        for (ulong seed = 1; seed <= seeds; seed++)
        {
            free += FarmersTakenByHerdersRulers(residentsPerFighter: 0, seed);
            stretched += FarmersTakenByHerdersRulers(residentsPerFighter: 20, seed);
        }

        // 850 fighters (strength 722 at villages with reach 1) already rule the herders' 50,000
        // villagers. Unlimited, they take the farmers' villages (ratio 722 / 300 = 2.4: 12% a
        // month, about half in six months). At 20 residents a fighter they can rule 17,000: span
        // 0.34, ratio 0.82, nothing taken.
        Assert.That(free / seeds, Is.EqualTo(0.5).Within(0.15));
        Assert.That(stretched, Is.Zero);
    }

    private static double FarmersTakenByHerdersRulers(double residentsPerFighter, ulong seed)
    {
        World world = new TinyWorld().WithJihadists(FightersFor(722)).Build();
        world.State.Force[Centre] = SoldiersFor(1_000);
        SetVillages(world, Owners.State, Centre);
        int first = world.Communities.FirstVillage[Herders];
        for (int v = first; v < first + world.Communities.VillageCount[Herders]; v++)
        {
            world.Places.Owner[v] = 0;
        }

        Apply(world, new TerritorySpec { ResidentsPerFighter = residentsPerFighter }, 6, seed);
        return 1 - CommunityShare(world, Farmers, Owners.State);
    }

    [Test]
    public void HostileGroupsContestEachOthersPlacesButAlliedOnesDoNot()
    {
        Assert.That(VillagesTakenFromRebels(hostile: true, allied: false), Is.GreaterThan(3));
        Assert.That(VillagesTakenFromRebels(hostile: false, allied: true), Is.Zero);
        Assert.That(VillagesTakenFromRebels(hostile: true, allied: true), Is.Zero, "allies never contest even if marked hostile");
        Assert.That(VillagesTakenFromRebels(hostile: false, allied: false), Is.Zero, "neither hostile nor allied: no contest");
    }

    [Test]
    public void AGroupWithNoFightersInARegionLosesItsPlacesToTheStateIfPresentElseToNoOne()
    {
        foreach (bool statePresent in new[] { true, false })
        {
            World world = new TinyWorld().WithJihadists().Build(); // jihadists only in the centre
            world.State.Force[North] = statePresent ? 100 : 0;
            world.Places.Owner[world.Regions.CapitalPlace[North]] = 0;
            SetVillages(world, 0, North);
            Apply(world, new TerritorySpec(), 1);
            int expected = statePresent ? Owners.State : Owners.None;
            Assert.That(world.Places.Owner[world.Regions.CapitalPlace[North]], Is.EqualTo(expected));
            Assert.That(VillagesHeldBy(world, 0, North), Is.Zero);
            Assert.That(world.State.Defeats, Is.Zero);
        }
    }

    [Test]
    public void ARemnantBelowMinPresenceCountsAsGone()
    {
        foreach ((double remnant, int expected) in new[] { (5.0, Owners.State), (50.0, 0) })
        {
            World world = new TinyWorld().WithJihadists(1_000).Build();
            world.Groups.PresenceIn(0, North) = remnant / 1_000;
            world.Groups.PresenceIn(0, Centre) = 1 - (remnant / 1_000);
            world.State.Force[North] = 10; // too weak to take anything back by force
            world.Places.Owner[world.Regions.CapitalPlace[North]] = 0;
            Apply(world, new TerritorySpec { MinPresence = 10 }, 1);
            Assert.That(world.Places.Owner[world.Regions.CapitalPlace[North]], Is.EqualTo(expected), $"{remnant} fighters");
        }
    }

    [Test]
    public void UngovernedPlacesGoToTheStrongestActorPresent()
    {
        World world = new TinyWorld().WithSeparatists(FightersFor(2_000)).Build();
        world.State.Force[North] = SoldiersFor(500); // 150 at villages, weaker than the rebels' 2000 × (1 + kin)
        SetVillages(world, Owners.None, North);
        Apply(world, new TerritorySpec(), 3);
        Assert.That(VillagesHeldBy(world, 0, North), Is.EqualTo(5), "ratio 40 against local resistance: certain");
    }

    [Test]
    public void DisabledRuleChangesNoOwner()
    {
        var tiny = new TinyWorld().WithSeparatists(20_000);
        var off = tiny.Simulate(1, new StateRuleSpec(), new TerritorySpec { Enabled = false });
        int[] before = [.. off.World.Places.Owner];
        off.RunToEnd();
        var on = tiny.Simulate(1, new StateRuleSpec(), new TerritorySpec());
        on.RunToEnd();

        Assert.That(off.World.Places.Owner, Is.EqualTo(before));
        Assert.That(on.World.Places.Owner[on.World.Regions.CapitalPlace[North]], Is.Zero);
        Assert.That(on.World.Regions.Reach[North], Is.LessThan(0.1));
    }

    [Test]
    public void InvariantsHoldOverThreeYears()
    {
        var tiny = new TinyWorld { Months = 36 }.WithSeparatists(4_000).WithJihadists(3_000);
        tiny.State = tiny.State with { Profiling = new Dictionary<string, double> { ["herders"] = 0.8 } };
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.CounterTerror, Troops = 3_000, CtEffect = 0.2, Deployment = new Dictionary<string, double> { ["centre"] = 1, ["north"] = 1 } };
        tiny.Events["blue"] = new EventSpec { At = "2013-01", Type = EventType.ForeignDeploy, Force = "blue" };
        tiny.Events["coup"] = new EventSpec { At = "2012-03", Type = EventType.Coup, Severity = 0.7 };
        var sim = tiny.Simulate(11, new EventsSpec(), new StateRuleSpec(), new ForeignForcesSpec(), new AbusesSpec(), new TerritorySpec());
        sim.AfterTick = Invariants.Check;
        sim.RunToEnd();
        Assert.That(sim.World.Log.Entries.Any(e => e.Kind == LogKind.ControlChanged), Is.True);
    }

    [Test]
    public void ApplyDoesNotAllocate()
    {
        World world = new TinyWorld().WithSeparatists(FightersFor(4_000)).WithJihadists(FightersFor(850)).Build();
        world.State.Force[Centre] = SoldiersFor(850);
        world.State.Force[North] = SoldiersFor(1_000);
        world.Relations.SetHostile(0, 1, true);
        var rule = new TerritoryRule(new TerritorySpec(), world);
        var random = new Xoshiro256StarStar(1);
        rule.Apply(world, ref random);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int m = 0; m < 12; m++)
        {
            rule.Apply(world, ref random);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    private static bool CapitalTaken(double rebelStrength, int months, ulong seed)
    {
        World world = new TinyWorld().WithSeparatists(FightersFor(rebelStrength)).Build();
        world.State.Force[North] = SoldiersFor(1_000);
        Apply(world, new TerritorySpec(), months, seed);
        return world.Places.Owner[world.Regions.CapitalPlace[North]] != Owners.State;
    }

    private static bool KeepsCapital(GroupKind kind, double foreignTroops, ulong seed, string deployedIn = "centre", double nationalPressure = 0)
    {
        var tiny = new TinyWorld().WithGroup("holders", new ArmedGroupSpec
        {
            Kind = kind,
            Leader = "preacher",
            Fighters = FightersFor(1_700),
            Presence = new Dictionary<string, double> { ["centre"] = 1 },
        });
        tiny.Foreign["white"] = new ForeignForceSpec { Posture = ForeignPosture.Peacekeeping, Troops = foreignTroops, Deployment = new Dictionary<string, double> { [deployedIn] = 1 } };
        World world = tiny.Build();
        world.Foreign.Present[0] = foreignTroops > 0;
        world.Foreign.Troops[0] = foreignTroops;
        world.State.Force[Centre] = SoldiersFor(1_500);
        world.Places.Owner[world.Regions.CapitalPlace[Centre]] = 0;
        Apply(world, new TerritorySpec { PeacekeeperWeight = 0, NationalPressureWeight = nationalPressure }, 24, seed);
        return world.Places.Owner[world.Regions.CapitalPlace[Centre]] == 0;
    }

    private static int VillagesTakenFromRebels(bool hostile, bool allied)
    {
        var tiny = new TinyWorld().WithSeparatists(FightersFor(850)).WithGroup("rivals", new ArmedGroupSpec
        {
            Kind = GroupKind.Separatist,
            Leader = "chief-b",
            Fighters = FightersFor(20_000),
            Presence = new Dictionary<string, double> { ["north"] = 1 },
        });
        World world = tiny.Build();
        const int rebels = 0, rivals = 1;
        world.Relations.SetHostile(rebels, rivals, hostile);
        world.Relations.SetAllied(rebels, rivals, allied, 0);
        SetVillages(world, rebels, North);
        Apply(world, new TerritorySpec(), 3);
        return VillagesHeldBy(world, rivals, North);
    }

    private static double StateShare(World world, int region, PlaceLevel level)
    {
        PlaceTable p = world.Places;
        double held = 0, total = 0;
        for (int i = 0; i < p.Count; i++)
        {
            if (p.Region[i] == region && p.Level[i] == level)
            {
                total += p.Initial[i];
                held += p.Owner[i] == Owners.State ? p.Initial[i] : 0;
            }
        }

        return held / total;
    }

    private static double CommunityShare(World world, int community, int owner)
    {
        PlaceTable p = world.Places;
        int first = world.Communities.FirstVillage[community];
        int count = world.Communities.VillageCount[community];
        int held = 0;
        for (int v = first; v < first + count; v++)
        {
            held += p.Owner[v] == owner ? 1 : 0;
        }

        return held / (double)count;
    }

    private static void SetVillages(World world, int owner, int region = -1)
    {
        PlaceTable p = world.Places;
        for (int i = 0; i < p.Count; i++)
        {
            if (p.Level[i] == PlaceLevel.Village && (region < 0 || p.Region[i] == region))
            {
                p.Owner[i] = owner;
            }
        }
    }

    private static int VillagesHeldBy(World world, int owner, int region = -1)
    {
        PlaceTable p = world.Places;
        int n = 0;
        for (int i = 0; i < p.Count; i++)
        {
            if (p.Level[i] == PlaceLevel.Village && p.Owner[i] == owner && (region < 0 || p.Region[i] == region))
            {
                n++;
            }
        }

        return n;
    }

    private static void Apply(World world, TerritorySpec spec, int months, ulong seed = 1)
    {
        var rule = new TerritoryRule(spec, world);
        for (int m = 0; m < months; m++)
        {
            var random = new Xoshiro256StarStar(StreamSeed.Derive(seed, (ulong)world.Tick));
            rule.Apply(world, ref random);
            world.Tick++;
        }
    }
}
