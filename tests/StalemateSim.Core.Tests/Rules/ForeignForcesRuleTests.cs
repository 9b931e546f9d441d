using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Rules.ForeignForces;
using StalemateSim.Core.Rules.State;
using StalemateSim.Core.Rules.Territory;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;

namespace StalemateSim.Core.Tests.Rules;

public class ForeignForcesRuleTests
{
    // TinyWorld indices (ordinal order of ids): regions centre 0, north 1; forces blue 0, white 1.
    private const int Centre = 0;
    private const int North = 1;
    private const int Blue = 0;
    private const int White = 1;
    private const int Seeds = 1_000;

    [Test]
    public void MoreForeignTroopsDrawMoreAttacksOnThem()
    {
        double none = MeanAttacks(troops: 0);
        double few = MeanAttacks(troops: 1_000);
        double many = MeanAttacks(troops: 5_000);

        Assert.That(none, Is.Zero, "no foreign troops, no attacks on them");
        // Foreign share of targets: 500 / (500 + 1500) = 0.25 against 2500 / 4000 = 0.625, ratio 2.5.
        Assert.That(few, Is.EqualTo(0.75).Within(0.12));
        Assert.That(many / few, Is.InRange(2.0, 3.0));
    }

    [Test]
    public void AGroupDrivenFromEveryTownAttacksForeignForcesMoreByGuerrillaShift()
    {
        // Same group, same troops: at guerrillaShift 2 a group holding no town attacks 1 + 2 = 3
        // times as often (0.75 a month at the default rate, see above); holding one town, it does not.
        var spec = new ForeignForcesSpec { GuerrillaShift = 2 };
        double townless = MeanAttacks(troops: 1_000, spec);
        double holding = MeanAttacks(troops: 1_000, spec, holdsATown: true);

        Assert.That(holding, Is.EqualTo(0.75).Within(0.12), "a group holding a town attacks at the base rate");
        Assert.That(townless, Is.EqualTo(2.25).Within(0.25));
    }

    [Test]
    public void ANewForceIsAttackedLittleUntilJihadistsHaveAbsorbedIt()
    {
        // absorptionMonths 12: in its first month the force counts 1/12 of its 500 attraction, so the
        // foreign share of targets is 41.7 / 1541.7 and attacks 0.6 × 5 × 0.027 = 0.081 a month; after
        // six months (factor 0.5) 0.6 × 5 × 250 / 1750 = 0.43; from the twelfth month on, the full 0.75.
        var spec = new ForeignForcesSpec { AbsorptionMonths = 12 };
        double first = MeanAttacks(troops: 1_000, spec, monthsDeployed: 0);
        double sixth = MeanAttacks(troops: 1_000, spec, monthsDeployed: 5);
        double absorbed = MeanAttacks(troops: 1_000, spec, monthsDeployed: 30);

        Assert.That(first, Is.EqualTo(0.081).Within(0.03));
        Assert.That(sixth, Is.EqualTo(0.4286).Within(0.035), "(5 + 1) / 12 = 0.5; counting from m = 0 instead would give 5 / 12 and 0.366");
        Assert.That(absorbed, Is.EqualTo(0.75).Within(0.12));
        Assert.That(MeanAttacks(troops: 1_000, monthsDeployed: 0), Is.EqualTo(absorbed).Within(0.12), "off by default: a new force is attacked at once");
    }

    [Test]
    public void JihadistsAttackTheArmyByItsShareOfTheTargetsWhenArmyAttacksAreOn()
    {
        // 5,000 jihadists and 3,000 soldiers in the centre (army weight 1,500); blue's 1,000
        // peacekeepers weigh 500. armyAttackRate 0.4: 0.4 × 5 × 1500 / 2000 = 1.5 attacks a month,
        // 2 soldiers each on average; without blue, the army is the only target: 0.4 × 5 = 2.
        (double Lost, double Defeats) Mean(double rate, double troops) => MeanArmyLosses(new ForeignForcesSpec { ArmyAttackRate = rate, AttackRate = 0 }, troops);

        Assert.That(Mean(0, 1_000).Lost, Is.Zero, "off by default");
        (double lost, double defeats) = Mean(0.4, 1_000);
        Assert.That(lost, Is.EqualTo(1.5 * 2).Within(0.3), "1.5 attacks of 2 soldiers each");
        Assert.That(defeats, Is.GreaterThan(0), "the soldiers lost count among the state's defeats");
        Assert.That(Mean(0.4, 0).Lost, Is.EqualTo(2 * 2).Within(0.35), "with no foreign troops every attack falls on the army");
    }

    [Test]
    public void AGroupHoldingATownRaidsTheArmyAtItsTownHolderShare()
    {
        // As above with no foreign troops: 2 attacks a month of 2 soldiers at armyAttackRate 0.4.
        // Holding a town, the group raids at armyAttackTownHolderShare of that: 0.25 gives 1 soldier
        // a month, 0 none; without a town it raids at the full rate whatever the share.
        var spec = new ForeignForcesSpec { ArmyAttackRate = 0.4, AttackRate = 0, ArmyAttackTownHolderShare = 0.25 };
        Assert.That(MeanArmyLosses(spec, 0, holdsATown: true).Lost, Is.EqualTo(0.25 * 2 * 2).Within(0.2));
        Assert.That(MeanArmyLosses(spec with { ArmyAttackTownHolderShare = 0 }, 0, holdsATown: true).Lost, Is.Zero);
        Assert.That(MeanArmyLosses(spec, 0).Lost, Is.EqualTo(2 * 2).Within(0.35), "townless: the full rate");
        Assert.That(MeanArmyLosses(spec with { ArmyAttackTownHolderShare = 1 }, 0, holdsATown: true).Lost, Is.EqualTo(2 * 2).Within(0.35), "1 (the default): towns make no difference");
    }

    /// <summary>Soldiers lost and defeats from one month of army attacks by 5,000 jihadists against 3,000 soldiers in the centre, averaged over seeds.</summary>
    private static (double Lost, double Defeats) MeanArmyLosses(ForeignForcesSpec spec, double troops, bool holdsATown = false)
    {
        var tiny = new TinyWorld().WithJihadists(5_000);
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.Peacekeeping, Troops = troops, Attraction = 0.5, Deployment = new Dictionary<string, double> { ["centre"] = 1 } };
        World world = tiny.Build();
        if (holdsATown)
        {
            world.Places.Owner[world.Regions.DistrictPlace[North]] = 0;
        }

        var rule = new ForeignForcesRule(spec);
        double lost = 0, defeats = 0;
        for (ulong seed = 1; seed <= Seeds; seed++)
        {
            world.State.Force[Centre] = 3_000;
            world.State.Army = 3_000;
            world.State.Defeats = 0;
            Deploy(world, Blue);
            var random = new Xoshiro256StarStar(seed);
            rule.Apply(world, ref random);
            lost += 3_000 - world.State.Force[Centre];
            defeats += world.State.Defeats;
        }

        return (lost / Seeds, defeats / Seeds);
    }

    [Test]
    public void DrawdownOfOneForceConcentratesAttacksOnTheOneThatStays()
    {
        (double onWhiteWithBlue, double totalWithBlue) = MeanAttacksOnWhite(blueStays: true);
        (double onWhiteAlone, double totalAlone) = MeanAttacksOnWhite(blueStays: false);

        // Attacks on white ∝ 2000 / (A + 1500): A = 4400 with blue, 2000 without → ratio 1.69.
        Assert.That(onWhiteAlone / onWhiteWithBlue, Is.InRange(1.45, 1.95));
        Assert.That(totalAlone, Is.LessThan(totalWithBlue), "fewer attacks on foreign forces in all, but more on the one that stays");
    }

    [Test]
    public void CounterTerrorHurtsAGroupHoldingTownsMuchMoreThanTheSameGroupDispersedInVillages()
    {
        double held = CtLosses(holdTowns: true);
        double dispersed = CtLosses(holdTowns: false);

        // 0.1 × 2000 / 1000 = 0.2 a month against held territory, × 0.15 against dispersed fighters.
        Assert.That(held, Is.EqualTo(200).Within(1e-6));
        Assert.That(dispersed, Is.EqualTo(30).Within(1e-6));
        Assert.That(held / dispersed, Is.GreaterThan(5));
    }

    [Test]
    public void CounterTerrorSparesSeparatistsMostlyAndPeacekeepersDoNone()
    {
        var tiny = new TinyWorld().WithSeparatists(1_000);
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.CounterTerror, Troops = 2_000, CtEffect = 0.1, Deployment = new Dictionary<string, double> { ["north"] = 1 } };
        World world = tiny.Build();
        Deploy(world, Blue);
        Apply(world, new ForeignForcesSpec(), 1);
        Assert.That(1_000 - world.Groups.Fighters[0], Is.EqualTo(0.2 * 0.2 * 0.15 * 1_000).Within(1e-6), "ctOnRebels 0.2 of the jihadist loss");

        tiny.Foreign["blue"] = tiny.Foreign["blue"] with { Posture = ForeignPosture.Peacekeeping };
        World peace = tiny.Build();
        Deploy(peace, Blue);
        Apply(peace, new ForeignForcesSpec(), 1);
        Assert.That(peace.Groups.Fighters[0], Is.EqualTo(1_000));
    }

    [Test]
    public void TroopsByRegionAreCountedEveryTick()
    {
        var tiny = new TinyWorld();
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.Peacekeeping, Troops = 3_000, Deployment = new Dictionary<string, double> { ["north"] = 2, ["centre"] = 1 } };
        World world = tiny.Build();
        Deploy(world, Blue);
        Apply(world, new ForeignForcesSpec(), 1);
        Assert.That(world.Foreign.TroopsIn[North], Is.EqualTo(2_000).Within(1e-9));
        Assert.That(world.Foreign.TroopsIn[Centre], Is.EqualTo(1_000).Within(1e-9));
        world.Foreign.Present[Blue] = false;
        Apply(world, new ForeignForcesSpec(), 1);
        Assert.That(world.Foreign.TroopsIn, Is.All.EqualTo(0));
    }

    [Test]
    public void PartneredMilitiaIsFundedAndTargetedUntilSupportEnds()
    {
        var tiny = new TinyWorld().WithJihadists(800).WithGroup("militia", new ArmedGroupSpec
        {
            Kind = GroupKind.ProGovernment,
            Leader = "hunter",
            Fighters = 500,
            Presence = new Dictionary<string, double> { ["centre"] = 1 },
        });
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.CounterTerror, Troops = 2_000, MilitiaSupport = 0.5, Deployment = new Dictionary<string, double> { ["centre"] = 1 } };
        World world = tiny.Build();
        const int jihadists = 0, militia = 1;
        Deploy(world, Blue);
        Apply(world, new ForeignForcesSpec(), 1);

        Assert.That(world.Groups.ForeignPartner[militia], Is.EqualTo(Blue));
        Assert.That(world.Groups.ForeignFunding[militia], Is.EqualTo(50).Within(1e-9));
        Assert.That(world.Groups.ForeignPartner[jihadists], Is.EqualTo(-1), "jihadists are never partnered");
        Assert.That(world.Relations.Affinity[world.Relations.Index(jihadists, militia)], Is.EqualTo(-0.5).Within(1e-9));
        Assert.That(world.Log.Entries.Count(e => e.Kind == LogKind.Partnership), Is.EqualTo(1));

        world.Foreign.MilitiaSupport[Blue] = 0;
        Apply(world, new ForeignForcesSpec(), 1);
        Assert.That(world.Groups.ForeignPartner[militia], Is.EqualTo(-1));
        Assert.That(world.Groups.ForeignFunding[militia], Is.Zero);
    }

    [Test]
    public void DisabledRuleHasNoEffect()
    {
        var tiny = new TinyWorld().WithJihadists(2_000);
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.CounterTerror, Troops = 5_000, CtEffect = 0.1, Deployment = new Dictionary<string, double> { ["centre"] = 1 } };
        tiny.Events["arrive"] = new EventSpec { At = "2012-01", Type = EventType.ForeignDeploy, Force = "blue" };

        var off = tiny.Simulate(1, new EventsSpec(), new StateRuleSpec(), new ForeignForcesSpec { Enabled = false });
        off.RunToEnd();
        var on = tiny.Simulate(1, new EventsSpec(), new StateRuleSpec(), new ForeignForcesSpec());
        on.RunToEnd();

        Assert.That(off.World.Groups.Fighters[0], Is.EqualTo(2_000));
        Assert.That(off.World.Foreign.TroopsIn, Is.All.EqualTo(0));
        Assert.That(off.Recorder.Trajectory.Series("attacks.foreign").ToArray(), Is.All.EqualTo(0));
        Assert.That(on.World.Groups.Fighters[0], Is.LessThan(2_000 * 0.5), "24 months of counter-terror at 7.5% a month");
        Assert.That(on.Recorder.Trajectory.Series("attacks.foreign").ToArray().Sum(), Is.GreaterThan(5));
    }

    [Test]
    public void InvariantsHoldOverThreeYears()
    {
        var tiny = new TinyWorld { Months = 36 }.WithSeparatists(2_000).WithJihadists(3_000).WithGroup("militia", new ArmedGroupSpec
        {
            Kind = GroupKind.ProGovernment,
            Leader = "hunter",
            Fighters = 500,
            Presence = new Dictionary<string, double> { ["centre"] = 1 },
        });
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.CounterTerror, Troops = 4_000, CtEffect = 0.3, Attraction = 1, MilitiaSupport = 1, Deployment = new Dictionary<string, double> { ["centre"] = 1, ["north"] = 1 } };
        tiny.Foreign["white"] = new ForeignForceSpec { Posture = ForeignPosture.Peacekeeping, Troops = 200, Attraction = 1, Deployment = new Dictionary<string, double> { ["north"] = 1 } };
        tiny.Events["blue"] = new EventSpec { At = "2012-02", Type = EventType.ForeignDeploy, Force = "blue" };
        tiny.Events["white"] = new EventSpec { At = "2012-02", Type = EventType.ForeignDeploy, Force = "white" };
        tiny.Events["leave"] = new EventSpec { At = "2013-06", Type = EventType.ForeignWithdraw, Force = "blue" };
        var sim = tiny.Simulate(5, new EventsSpec(), new StateRuleSpec(), new ForeignForcesSpec { AttackRate = 20, DeathsPerAttack = 5 }, new TerritorySpec());
        sim.AfterTick = Invariants.Check;
        sim.RunToEnd();
        Assert.That(sim.Recorder.Trajectory.Series("deaths.foreign").ToArray().Sum(), Is.GreaterThan(0));
    }

    [Test]
    public void ApplyDoesNotAllocate()
    {
        var tiny = new TinyWorld().WithJihadists(5_000).WithSeparatists(1_000).WithGroup("militia", new ArmedGroupSpec
        {
            Kind = GroupKind.ProGovernment,
            Leader = "hunter",
            Fighters = 500,
            Presence = new Dictionary<string, double> { ["centre"] = 1 },
        });
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.CounterTerror, Troops = 3_000, MilitiaSupport = 1, Deployment = new Dictionary<string, double> { ["centre"] = 1, ["north"] = 1 } };
        World world = tiny.Build();
        Deploy(world, Blue);
        var rule = new ForeignForcesRule(new ForeignForcesSpec { AttackRate = 5 });
        var random = new Xoshiro256StarStar(1);
        rule.Apply(world, ref random);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int m = 0; m < 12; m++)
        {
            rule.Apply(world, ref random);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(world.Ledger.AttacksOnForeign, Is.GreaterThan(0), "the attack path ran");
    }

    private static double MeanAttacks(double troops, ForeignForcesSpec? spec = null, bool holdsATown = false, int monthsDeployed = 0)
    {
        var tiny = new TinyWorld().WithJihadists(5_000);
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.Peacekeeping, Troops = troops, Attraction = 0.5, Deployment = new Dictionary<string, double> { ["centre"] = 1 } };
        World world = tiny.Build();
        world.State.Force[Centre] = 3_000;
        world.Tick = monthsDeployed; // deployed at tick 0
        if (holdsATown)
        {
            world.Places.Owner[world.Regions.DistrictPlace[North]] = 0;
        }

        var rule = new ForeignForcesRule(spec ?? new ForeignForcesSpec());
        double attacks = 0;
        for (ulong seed = 1; seed <= Seeds; seed++)
        {
            // The same month replayed with a fresh stream: only the troops killed need restoring.
            Array.Clear(world.Foreign.Attacks);
            Deploy(world, Blue);
            var random = new Xoshiro256StarStar(seed);
            rule.Apply(world, ref random);
            attacks += world.Foreign.Attacks[Blue];
        }

        return attacks / Seeds;
    }

    private static (double OnWhite, double Total) MeanAttacksOnWhite(bool blueStays)
    {
        var tiny = new TinyWorld().WithJihadists(5_000);
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.CounterTerror, Troops = 3_000, CtEffect = 0, Attraction = 0.8, Deployment = new Dictionary<string, double> { ["centre"] = 1 } };
        tiny.Foreign["white"] = new ForeignForceSpec { Posture = ForeignPosture.Peacekeeping, Troops = 5_000, Attraction = 0.4, Deployment = new Dictionary<string, double> { ["centre"] = 1 } };
        World world = tiny.Build();
        world.State.Force[Centre] = 3_000;
        var rule = new ForeignForcesRule(new ForeignForcesSpec());
        double onWhite = 0, total = 0;
        for (ulong seed = 1; seed <= Seeds; seed++)
        {
            // The same month replayed with a fresh stream: only the troops killed need restoring.
            Array.Clear(world.Foreign.Attacks);
            world.Ledger.Reset();
            Deploy(world, White);
            if (blueStays)
            {
                Deploy(world, Blue);
            }

            var random = new Xoshiro256StarStar(seed);
            rule.Apply(world, ref random);
            onWhite += world.Foreign.Attacks[White];
            total += world.Ledger.AttacksOnForeign;
        }

        return (onWhite / Seeds, total / Seeds);
    }

    private static double CtLosses(bool holdTowns)
    {
        var tiny = new TinyWorld().WithJihadists(1_000);
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.CounterTerror, Troops = 2_000, CtEffect = 0.1, Deployment = new Dictionary<string, double> { ["centre"] = 1 } };
        World world = tiny.Build();
        PlaceTable places = world.Places;
        for (int p = 0; p < places.Count; p++)
        {
            bool town = places.Level[p] != PlaceLevel.Village;
            if (places.Region[p] == Centre && town == holdTowns)
            {
                places.Owner[p] = 0;
            }
        }

        Deploy(world, Blue);
        Apply(world, new ForeignForcesSpec(), 1);
        return 1_000 - world.Groups.Fighters[0];
    }

    private static void Deploy(World world, int force)
    {
        world.Foreign.Present[force] = true;
        world.Foreign.Troops[force] = world.Foreign.DefaultTroops[force];
    }

    private static void Apply(World world, ForeignForcesSpec spec, int months, ulong seed = 1)
    {
        var rule = new ForeignForcesRule(spec);
        for (int m = 0; m < months; m++)
        {
            var random = new Xoshiro256StarStar(StreamSeed.Derive(seed, (ulong)world.Tick));
            rule.Apply(world, ref random);
            world.Tick++;
        }
    }
}
