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

public class AbusesRuleTests
{
    // TinyWorld indices (ordinal order of ids): regions centre 0, north 1; communities farmers 0, herders 1, nomads 2.
    private const int Centre = 0;
    private const int North = 1;
    private const int Farmers = 0;
    private const int Herders = 1;
    private const int Nomads = 2;

    [Test]
    public void AbusesAgainstAProfiledCommunityRaiseItsGrievanceAndLowerItsTrustWhileAnUnprofiledOneIsUntouched()
    {
        World world = ProfiledHerders(abuse: 0.1).Build();
        world.State.Force[Centre] = 3_000;
        Apply(world, new AbusesSpec(), 12);

        CommunityTable c = world.Communities;
        // Intensity 0.1 × 3000 × 2000 / 5000 / 1000 = 0.12: grievance heads for ~0.85 at ~4.6% of the gap a month.
        Assert.That(c.Grievance[Herders] - 0.3, Is.InRange(0.18, 0.3));
        Assert.That(c.Trust[Herders], Is.LessThan(0.4));
        Assert.That(c.Grievance[Farmers], Is.EqualTo(0.2), "unprofiled farmers keep their grievance");
        Assert.That(c.Trust[Farmers], Is.EqualTo(0.5), "and their trust");
        Assert.That(world.Ledger.VictimsOf(Farmers, -1), Is.Zero);
    }

    [Test]
    public void CiviliansKilledScaleWithAbuseAndFallOnTheProfiledCommunity()
    {
        double low = 0, high = 0, farmers = 0;
        for (ulong seed = 1; seed <= 20; seed++)
        {
            (double herdersLow, _) = Victims(abuse: 0.25, seed);
            (double herdersHigh, double farmersHigh) = Victims(abuse: 0.5, seed);
            low += herdersLow;
            high += herdersHigh;
            farmers += farmersHigh;
        }

        // 0.05 per thousand × intensity 0.3 × 50,000 residents = 0.75 a month; 12 months, 20 runs ≈ 180.
        Assert.That(low, Is.EqualTo(180).Within(45));
        Assert.That(high / low, Is.InRange(1.6, 2.5));
        Assert.That(farmers, Is.Zero);
    }

    [Test]
    public void VictimsAreSpreadOverTheCommunitysVillagesInProportionToTheirResidents()
    {
        World world = ProfiledHerders(abuse: 1).Build();
        world.State.Force[Centre] = 3_000;
        Apply(world, new AbusesSpec { AbuseLethality = 20 }, 3); // intensity capped at 1: 2% a month

        PlaceTable p = world.Places;
        int first = world.Communities.FirstVillage[Herders];
        double dead = 0, initial = 0;
        for (int v = first; v < first + 10; v++)
        {
            dead += p.Dead[v];
            initial += p.Initial[v];
        }

        Assert.That(dead / initial, Is.EqualTo(1 - Math.Pow(0.98, 3)).Within(0.005));
        for (int v = first; v < first + 10; v++)
        {
            Assert.That(p.Dead[v] / p.Initial[v], Is.EqualTo(dead / initial).Within(0.25 * dead / initial), $"village {v}");
        }
    }

    [Test]
    public void NoOperationsWithoutInsurgentsMeansNoAbuses()
    {
        var tiny = new TinyWorld();
        tiny.State = tiny.State with { Abuse = 1, Profiling = new Dictionary<string, double> { ["herders"] = 1 } };
        World world = tiny.Build();
        world.State.Force[Centre] = 3_000;
        Apply(world, new AbusesSpec(), 12);
        Assert.That(world.Communities.Grievance[Herders], Is.EqualTo(0.3));
        Assert.That(world.Ledger.CivilianDeaths, Is.Zero);
    }

    [Test]
    public void AbusiveForeignTroopsAddAbusesChargedToThem()
    {
        var tiny = ProfiledHerders(abuse: 0);
        tiny.Foreign["red"] = new ForeignForceSpec { Posture = ForeignPosture.StateSupport, Troops = 2_000, Abuse = 0.5, Deployment = new Dictionary<string, double> { ["centre"] = 1 } };
        World world = tiny.Build();
        world.Foreign.Present[0] = true;
        world.Foreign.Troops[0] = 2_000;
        double deaths = 0;
        for (int m = 0; m < 12; m++)
        {
            world.Ledger.Reset();
            Apply(world, new AbusesSpec(), 1);
            deaths += world.Ledger.DeathsByPerpetrator[(int)ActorKind.Foreign];
            Assert.That(world.Ledger.DeathsByPerpetrator[(int)ActorKind.State], Is.Zero);
        }

        // Intensity 0.5 × 2000 × 2000 / 4000 / 1000 = 0.5 → 1.25 deaths a month.
        Assert.That(deaths, Is.GreaterThan(4));
        Assert.That(world.Communities.Grievance[Herders], Is.GreaterThan(0.6));
    }

    [Test]
    public void GovernanceReformLowersGrievanceAndRaisesTrust()
    {
        World world = new TinyWorld().Build();
        world.Regions.Governance[Centre] = 1;
        Apply(world, new AbusesSpec(), 12);
        Assert.That(world.Communities.Grievance[Farmers], Is.InRange(0.2 * 0.75, 0.2 * 0.9));
        Assert.That(world.Communities.Trust[Farmers], Is.InRange(0.55, 0.65));
        Assert.That(world.Communities.Grievance[Nomads], Is.EqualTo(0.5), "no reform in the north");
    }

    [Test]
    public void AutonomyLowersTheGrievanceOfSeparatistLeaningCommunitiesOnly()
    {
        World world = new TinyWorld().Build();
        world.Regions.Autonomy[North] = 1;
        world.Regions.Autonomy[Centre] = 1;
        Apply(world, new AbusesSpec(), 12);
        Assert.That(world.Communities.Grievance[Nomads], Is.LessThan(0.5 * 0.95), "separatism 0.6");
        Assert.That(world.Communities.Grievance[Farmers], Is.EqualTo(0.2), "separatism 0");
    }

    [Test]
    public void GrievanceRelaxesSlowlyTowardItsStartingLevel()
    {
        World world = new TinyWorld().Build();
        var rule = new AbusesRule(new AbusesSpec(), world); // starting levels are read when the rule is built
        world.Communities.Grievance[Herders] = 0.9;
        Apply(world, rule, 12);
        // 1% of the gap a month: 0.3 + 0.6 × 0.99^12 ≈ 0.83 (impunity keeps it high).
        Assert.That(world.Communities.Grievance[Herders], Is.EqualTo(0.3 + (0.6 * Math.Pow(0.99, 12))).Within(1e-9));
    }

    [Test]
    public void DisabledRuleHasNoEffect()
    {
        var tiny = ProfiledHerders(abuse: 0.5);
        var off = tiny.Simulate(1, new StateRuleSpec(), new AbusesSpec { Enabled = false });
        off.RunToEnd();
        var on = tiny.Simulate(1, new StateRuleSpec(), new AbusesSpec());
        on.RunToEnd();
        Assert.That(off.World.Communities.Grievance[Herders], Is.EqualTo(0.3));
        Assert.That(off.Recorder.Trajectory.Series("deaths.by.state").ToArray(), Is.All.EqualTo(0));
        Assert.That(on.World.Communities.Grievance[Herders], Is.GreaterThan(0.5));
    }

    [Test]
    public void InvariantsHoldOverThreeYears()
    {
        var tiny = ProfiledHerders(abuse: 1).WithSeparatists(3_000);
        tiny.Months = 36;
        tiny.State = tiny.State with { Profiling = new Dictionary<string, double> { ["herders"] = 1, ["nomads"] = 0.8 } };
        tiny.Foreign["red"] = new ForeignForceSpec { Posture = ForeignPosture.StateSupport, Troops = 3_000, Abuse = 1, Deployment = new Dictionary<string, double> { ["centre"] = 1 } };
        tiny.Events["red"] = new EventSpec { At = "2012-06", Type = EventType.ForeignDeploy, Force = "red" };
        tiny.Events["reform"] = new EventSpec { At = "2013-01", Type = EventType.Policy, Set = new Dictionary<string, double> { ["region.north.governance"] = 1, ["region.north.autonomy"] = 1 } };
        var sim = tiny.Simulate(9, new EventsSpec(), new StateRuleSpec(), new ForeignForcesSpec(), new AbusesSpec { AbuseLethality = 5 }, new TerritorySpec());
        sim.AfterTick = Invariants.Check;
        sim.RunToEnd();
        Assert.That(sim.Recorder.Trajectory.Series("deaths.civilians").ToArray().Sum(), Is.GreaterThan(0));
    }

    [Test]
    public void ApplyDoesNotAllocate()
    {
        World world = ProfiledHerders(abuse: 1).Build();
        world.State.Force[Centre] = 3_000;
        world.Regions.Governance[Centre] = 0.5;
        var rule = new AbusesRule(new AbusesSpec { AbuseLethality = 5 }, world);
        Apply(world, rule, 1);
        long before = GC.GetAllocatedBytesForCurrentThread();
        Apply(world, rule, 12);
        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(world.Ledger.CivilianDeaths, Is.GreaterThan(0), "the killing path ran");
    }

    private static TinyWorld ProfiledHerders(double abuse)
    {
        var tiny = new TinyWorld().WithJihadists(2_000);
        tiny.State = tiny.State with { Abuse = abuse, Profiling = new Dictionary<string, double> { ["herders"] = 1 } };
        return tiny;
    }

    private static (double Herders, double Farmers) Victims(double abuse, ulong seed)
    {
        World world = ProfiledHerders(abuse).Build();
        world.State.Force[Centre] = 3_000;
        Apply(world, new AbusesSpec(), 12, seed);
        PlaceTable p = world.Places;
        double herders = 0, farmers = 0;
        for (int v = 0; v < p.Count; v++)
        {
            herders += p.Community[v] == Herders ? p.Dead[v] : 0;
            farmers += p.Community[v] == Farmers ? p.Dead[v] : 0;
        }

        return (herders, farmers);
    }

    private static void Apply(World world, AbusesSpec spec, int months, ulong seed = 1) =>
        Apply(world, new AbusesRule(spec, world), months, seed);

    private static void Apply(World world, AbusesRule rule, int months, ulong seed = 1)
    {
        for (int m = 0; m < months; m++)
        {
            var random = new Xoshiro256StarStar(StreamSeed.Derive(seed, (ulong)world.Tick));
            rule.Apply(world, ref random);
            world.Tick++;
        }
    }
}
