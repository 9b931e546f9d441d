using StalemateSim.Core.Model;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;

namespace StalemateSim.Core.Tests.Rules;

public class EventsRuleTests
{
    [Test]
    public void ForeignDeploymentArrivesAtItsMonthAndLeavesAtWithdrawal()
    {
        TinyWorld tiny = WithBlueForce();
        tiny.Events["arrive"] = new EventSpec { At = "2012-04", Type = EventType.ForeignDeploy, Force = "blue" };
        tiny.Events["leave"] = new EventSpec { At = "2012-10", Type = EventType.ForeignWithdraw, Force = "blue" };
        var sim = tiny.Simulate(7, new EventsSpec());
        List<bool> present = EveryMonth(sim, w => w.Foreign.Present[0]);

        Assert.That(present.IndexOf(true), Is.EqualTo(3), "arrives in April 2012 (tick 3)");
        Assert.That(present.IndexOf(false, 3), Is.EqualTo(9), "leaves in October 2012 (tick 9)");
        Assert.That(sim.World.Foreign.DeployedTick[0], Is.EqualTo(3), "the deployment's month is kept (foreignForces.absorptionMonths reads it)");
        Assert.That(sim.Recorder.Trajectory.Series("foreign.troops")[5], Is.EqualTo(3_000));
    }

    [Test]
    public void RedeployingAPresentForceKeepsItsArrivalButReturningAfterWithdrawalDoesNot()
    {
        TinyWorld tiny = WithBlueForce();
        tiny.Events["arrive"] = new EventSpec { At = "2012-02", Type = EventType.ForeignDeploy, Force = "blue" };
        tiny.Events["move"] = new EventSpec { At = "2012-05", Type = EventType.ForeignDeploy, Force = "blue", Regions = ["centre"] };
        tiny.Events["leave"] = new EventSpec { At = "2012-08", Type = EventType.ForeignWithdraw, Force = "blue" };
        tiny.Events["return"] = new EventSpec { At = "2012-10", Type = EventType.ForeignDeploy, Force = "blue" };
        var sim = tiny.Simulate(7, new EventsSpec());
        List<int> arrival = EveryMonth(sim, w => w.Foreign.DeployedTick[0]);

        Assert.That(arrival[5], Is.EqualTo(1), "moved to the centre in May, it still arrived in February (tick 1)");
        Assert.That(arrival[10], Is.EqualTo(9), "back in October after leaving, it is new again (tick 9)");
    }

    [Test]
    public void PolicyEventEndsStateFundingOfMilitiasFromItsMonthOnly()
    {
        var tiny = new TinyWorld();
        tiny.Events["stop"] = new EventSpec { At = "2013-01", Type = EventType.Policy, Set = new Dictionary<string, double> { ["state.militiaFunding"] = 0 } };
        var sim = tiny.Simulate(1, new EventsSpec());
        for (int t = 0; t < 12; t++)
        {
            sim.Step();
        }

        Assert.That(sim.World.State.MilitiaFunding, Is.EqualTo(1));
        sim.Step();
        Assert.That(sim.World.State.MilitiaFunding, Is.EqualTo(0));
    }

    [Test]
    public void CoupCutsArmyCohesionAndTheCommandWhereTheStateIsAtWar()
    {
        var tiny = new TinyWorld().WithSeparatists();
        tiny.Events["coup"] = new EventSpec { At = "2012-03", Type = EventType.Coup, Severity = 1 };
        World world = tiny.Build();
        world.State.Force[0] = 2_000; // centre
        world.State.Force[1] = 2_000; // north, where the rebels are
        var rule = new EventsRule(new EventsSpec { CoupCommandCollapse = 0.5 });
        var random = new Core.Randomness.Xoshiro256StarStar(1);
        world.Tick = 2;
        rule.Apply(world, ref random);

        Assert.That(world.State.ArmyCohesion, Is.EqualTo(0.35).Within(1e-9));
        Assert.That(world.State.Force[1], Is.EqualTo(1_000).Within(1e-9), "half the northern command is lost");
        Assert.That(world.State.Force[0], Is.EqualTo(2_000), "the centre, with no rebels, keeps its soldiers");
        Assert.That(world.State.Coups, Is.EqualTo(1));
    }

    [Test]
    public void DroughtLastsItsMonthsThenEnds()
    {
        var tiny = new TinyWorld();
        tiny.Events["dry"] = new EventSpec { At = "2012-02", Type = EventType.Drought, Regions = ["centre"], Severity = 0.7, Months = 3 };
        var sim = tiny.Simulate(1, new EventsSpec());
        var drought = new List<double>();
        for (int t = 0; t < 6; t++)
        {
            sim.Step();
            drought.Add(sim.World.Regions.Drought[0]);
        }

        Assert.That(drought, Is.EqualTo(new[] { 0, 0.7, 0.7, 0.7, 0, 0 }));
    }

    [Test]
    public void DisabledRuleAppliesNoEvents()
    {
        var tiny = new TinyWorld();
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.Peacekeeping, Troops = 1_000 };
        tiny.Events["arrive"] = new EventSpec { At = "2012-02", Type = EventType.ForeignDeploy, Force = "blue" };
        var sim = tiny.Simulate(1, new EventsSpec { Enabled = false });
        sim.RunToEnd();
        Assert.That(sim.World.Foreign.Present[0], Is.False);
    }

    /// <summary>The tiny world with "blue", a counter-terror force of 3,000 deployed to the north, not yet present.</summary>
    private static TinyWorld WithBlueForce()
    {
        var tiny = new TinyWorld();
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.CounterTerror, Troops = 3_000, Deployment = new Dictionary<string, double> { ["north"] = 1 } };
        return tiny;
    }

    /// <summary>Runs the simulation to its end, reading one value after each month.</summary>
    private static List<T> EveryMonth<T>(Engine.Simulation sim, Func<World, T> read)
    {
        var values = new List<T>();
        while (!sim.Finished)
        {
            sim.Step();
            values.Add(read(sim.World));
        }

        return values;
    }
}
