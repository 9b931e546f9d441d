using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Rules.State;
using StalemateSim.Core.Rules.Territory;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;

namespace StalemateSim.Core.Tests.Rules;

public class StateRuleTests
{
    // TinyWorld region indices (ordinal order of ids).
    private const int Centre = 0;
    private const int North = 1;

    [Test]
    public void BudgetRisesWithThreatAndNotWithoutIt()
    {
        double quiet = BudgetAfterAYear(new TinyWorld());
        double threatened = BudgetAfterAYear(new TinyWorld().WithJihadists(2_000));
        double moreThreatened = BudgetAfterAYear(new TinyWorld().WithJihadists(8_000));

        Assert.That(quiet, Is.EqualTo(10).Within(1e-9), "no hostile fighters: the budget stays where it is");
        // threat = 2000 / (2000 + ~5000) ≈ 0.29 → about 0.86% a month → about +11% in a year.
        Assert.That(threatened / quiet, Is.InRange(1.07, 1.15));
        Assert.That(moreThreatened, Is.GreaterThan(threatened * 1.1), "a bigger threat raises the budget faster");
    }

    [Test]
    public void ArmyMovesTowardWhatTheBudgetPays()
    {
        World world = new TinyWorld { State = new() { Army = 5_000, Budget = 20 } }.Build();
        var rule = new StateRule(new StateRuleSpec());
        Apply(rule, world, 1);
        // Budget 20 × 500 = 10,000 soldiers; 2% of the 5,000 gap a month.
        Assert.That(world.State.Army, Is.EqualTo(5_100).Within(1e-9));
    }

    [Test]
    public void ForceFollowsDeploymentAndSumsToTheArmy()
    {
        World world = new TinyWorld().Build();
        Apply(new StateRule(new StateRuleSpec()), world, 1);
        Assert.That(world.State.Force[North], Is.EqualTo(0.4 * world.State.Army).Within(1e-6));
        Assert.That(world.State.Force[Centre], Is.EqualTo(0.6 * world.State.Army).Within(1e-6));
    }

    [Test]
    public void ArmyWithdrawsFromARegionWhoseCapitalIsLost()
    {
        var tiny = new TinyWorld().WithSeparatists();
        World world = tiny.Build();
        world.Places.Owner[world.Regions.CapitalPlace[North]] = 0; // the rebels hold the northern capital
        var rule = new StateRule(new StateRuleSpec());
        Apply(rule, world, 1);
        double firstMonth = world.State.Force[North] / world.State.Army;
        Apply(rule, world, 30);
        double share = world.State.Force[North] / world.State.Army;

        // Weights 0.4 × 0.3 against 0.6: the north's share falls from 0.4 to 0.12 / 0.72.
        Assert.That(share, Is.EqualTo(0.12 / 0.72).Within(1e-3));
        Assert.That(firstMonth, Is.EqualTo(0.4 * 0.12 / 0.72 / 0.4).Within(1e-9), "the first month deploys straight to the target");
        Assert.That(world.State.Force[North] + world.State.Force[Centre], Is.EqualTo(world.State.Army).Within(1e-6));
    }

    [Test]
    public void AutonomyThinsTheArmyInTheRegion()
    {
        World world = new TinyWorld().Build();
        world.Regions.Autonomy[North] = 0.5;
        Apply(new StateRule(new StateRuleSpec()), world, 1);
        Assert.That(world.State.Force[North] / world.State.Army, Is.EqualTo(0.2 / 0.8).Within(1e-9));
    }

    [Test]
    public void RedeploymentIsGradualSoACoupsRegionalCollapsePersists()
    {
        var tiny = new TinyWorld().WithSeparatists();
        World world = tiny.Build();
        var rule = new StateRule(new StateRuleSpec { RedeployRate = 0.5 });
        Apply(rule, world, 1);
        double before = world.State.Force[North];
        EventsRule.Coup(world, 1, 0.5); // half the northern command is lost
        double lost = before - world.State.Force[North];
        Apply(rule, world, 1);

        double target = 0.4 * world.State.Army;
        double gap = target - world.State.Force[North];
        Assert.That(lost, Is.GreaterThan(0));
        // Half of the northern shortfall (relative to the new target) is made up in a month.
        Assert.That(gap, Is.GreaterThan(0.2 * lost).And.LessThan(0.6 * lost));
    }

    [Test]
    public void AccumulatedDefeatsMakeACoupLikelyWhileAQuietStateHasNone()
    {
        const int seeds = 400;
        int afterDefeats = 0, quiet = 0;
        for (ulong seed = 1; seed <= seeds; seed++)
        {
            afterDefeats += CoupsInOneMonth(seed, defeats: 20);
            quiet += CoupsInOneMonth(seed, defeats: 0);
        }

        // defeats / threshold − 1 = 1 → probability 0.3 a month.
        Assert.That(afterDefeats / (double)seeds, Is.EqualTo(0.3).Within(0.07));
        Assert.That(quiet, Is.Zero);
    }

    [Test]
    public void NoCoupWithinTheGapAfterTheLastOne()
    {
        int coups = 0;
        for (ulong seed = 1; seed <= 100; seed++)
        {
            World world = new TinyWorld().WithSeparatists().Build();
            world.Tick = 20;
            world.State.LastCoupTick = 12; // 8 months ago, gap 12
            world.State.Defeats = 100;
            Apply(new StateRule(new StateRuleSpec()), world, 1, seed);
            coups += world.State.Coups;
        }

        Assert.That(coups, Is.Zero);
    }

    [Test]
    public void CoupCutsCohesionResetsDefeatsAndCollapsesTheCommandWhereTheStateIsAtWar()
    {
        World world = new TinyWorld().WithSeparatists().Build(); // rebels in the north only
        world.State.Defeats = 1_000;
        Apply(new StateRule(new StateRuleSpec { CoupRate = 1, CoupSeverity = 1, CoupCommandCollapse = 0.5 }), world, 1);

        Assert.That(world.State.Coups, Is.EqualTo(1));
        Assert.That(world.State.Defeats, Is.Zero);
        Assert.That(world.State.ArmyCohesion, Is.LessThan(0.36));
        Assert.That(world.State.Force[North] / world.State.Force[Centre], Is.EqualTo(0.5 * 0.4 / 0.6).Within(1e-9));
        Assert.That(world.Log.Entries.Count(e => e.Kind == LogKind.Coup), Is.EqualTo(1));
    }

    [Test]
    public void DefeatsFadeAndCohesionRecovers()
    {
        World world = new TinyWorld().Build();
        world.State.Defeats = 5;
        world.State.ArmyCohesion = 0.3;
        Apply(new StateRule(new StateRuleSpec()), world, 1);
        Assert.That(world.State.Defeats, Is.EqualTo(4.5).Within(1e-9));
        Assert.That(world.State.ArmyCohesion, Is.EqualTo(0.3 + (0.02 * 0.4)).Within(1e-9));
    }

    [Test]
    public void SoldiersLostAddDefeatsInHundredthsOfTheArmy()
    {
        World world = new TinyWorld().Build();
        Apply(new StateRule(new StateRuleSpec()), world, 1);
        double army = world.State.Army;
        double dead = Casualties.KillSoldiers(world, North, 0.05 * army, ActorKind.Separatist);
        StateDefeats.AddSoldiersLost(world, dead);
        Assert.That(world.State.Defeats, Is.EqualTo(5).Within(1e-9));
    }

    [Test]
    public void TownsLostToAStrongRebellionBringCoupsAndAQuietStateHasNone()
    {
        var stateSpec = new StateRuleSpec { CoupThreshold = 1, CoupRate = 0.5, CoupGap = 6 };
        int coupsAtWar = 0, coupsQuiet = 0;
        for (ulong seed = 1; seed <= 20; seed++)
        {
            var war = new TinyWorld { Months = 36 }.WithSeparatists(fighters: 20_000);
            var sim = war.Simulate(seed, stateSpec, new TerritorySpec { TownDefeat = 1 });
            sim.RunToEnd();
            coupsAtWar += sim.World.State.Coups;

            var calm = new TinyWorld { Months = 36 }.Simulate(seed, stateSpec, new TerritorySpec { TownDefeat = 1 });
            calm.RunToEnd();
            coupsQuiet += calm.World.State.Coups;
        }

        Assert.That(coupsAtWar / 20.0, Is.GreaterThanOrEqualTo(0.5), "losing the north's towns is followed by a coup in most runs");
        Assert.That(coupsQuiet, Is.Zero);
    }

    [Test]
    public void DisabledRuleLeavesBudgetAndForceAlone()
    {
        var tiny = new TinyWorld().WithJihadists(2_000);
        var off = tiny.Simulate(1, new StateRuleSpec { Enabled = false });
        off.RunToEnd();
        var on = tiny.Simulate(1, new StateRuleSpec());
        on.RunToEnd();

        Assert.That(off.World.State.Budget, Is.EqualTo(10));
        Assert.That(off.World.State.Force, Is.All.EqualTo(0));
        Assert.That(on.World.State.Budget, Is.GreaterThan(10.5));
        Assert.That(on.World.State.Force[Centre], Is.GreaterThan(0));
    }

    [Test]
    public void InvariantsHoldOverThreeYears()
    {
        var tiny = new TinyWorld { Months = 36 }.WithSeparatists(5_000).WithJihadists(3_000);
        tiny.Events["coup"] = new EventSpec { At = "2012-03", Type = EventType.Coup, Severity = 0.8 };
        var sim = tiny.Simulate(3, new EventsSpec(), new StateRuleSpec { CoupThreshold = 1 }, new TerritorySpec());
        sim.AfterTick = Invariants.Check;
        sim.RunToEnd();
        Assert.That(sim.World.State.Army, Is.GreaterThan(0));
    }

    [Test]
    public void ApplyDoesNotAllocate()
    {
        World world = new TinyWorld().WithSeparatists(5_000).WithJihadists(3_000).Build();
        world.State.Defeats = 1_000;
        var rule = new StateRule(new StateRuleSpec { CoupGap = 0 });
        Apply(rule, world, 1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Apply(rule, world, 12);
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
    }

    private static double BudgetAfterAYear(TinyWorld tiny)
    {
        World world = tiny.Build();
        Apply(new StateRule(new StateRuleSpec()), world, 12);
        return world.State.Budget;
    }

    private static int CoupsInOneMonth(ulong seed, double defeats)
    {
        World world = new TinyWorld().WithSeparatists().Build();
        world.State.Defeats = defeats;
        Apply(new StateRule(new StateRuleSpec()), world, 1, seed);
        return world.State.Coups;
    }

    private static void Apply(StateRule rule, World world, int months, ulong seed = 1)
    {
        for (int m = 0; m < months; m++)
        {
            var random = new Xoshiro256StarStar(StreamSeed.Derive(seed, (ulong)world.Tick));
            rule.Apply(world, ref random);
            world.Tick++;
        }
    }
}
