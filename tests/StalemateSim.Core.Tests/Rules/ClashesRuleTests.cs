using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Rules.Alliances;
using StalemateSim.Core.Rules.Clashes;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;

namespace StalemateSim.Core.Tests.Rules;

public class ClashesRuleTests
{
    // Indices in the tiny world: regions centre 0, north 1; groups "big" 0 and "small" 1.
    private const int Centre = 0;
    private const int North = 1;
    private const int Big = 0;
    private const int Small = 1;

    [Test]
    public void UnequalEnemiesBothPayAndTheWeakerFallsBackWithoutBeingDestroyed()
    {
        const int Seeds = 40;
        double bigLost = 0, smallLost = 0, smallNorth = 0;
        int destroyed = 0, fought = 0;
        for (ulong seed = 1; seed <= Seeds; seed++)
        {
            Simulation sim = Rivals(seed, new ClashesSpec(), months: 36);
            World w = sim.World;
            sim.RunToEnd();
            bigLost += (3_000 - w.Groups.Fighters[Big]) / 3_000 / Seeds;
            smallLost += (600 - w.Groups.Fighters[Small]) / 600 / Seeds;
            smallNorth += w.Groups.PresenceIn(Small, North) / Seeds;
            fought += w.Groups.Fighters[Small] < 600 ? 1 : 0;
            destroyed += w.Groups.Fighters[Small] < 20 ? 1 : 0;
        }

        Assert.That(fought, Is.GreaterThan(Seeds * 3 / 4), "hostile groups that share a region fight");
        Assert.That(bigLost, Is.GreaterThan(0), "the stronger side pays too");
        Assert.That(smallLost, Is.GreaterThan(2 * bigLost), "the weaker side loses a larger share of its fighters");
        Assert.That(smallLost, Is.LessThan(0.25), "attrition, not annihilation");
        Assert.That(smallNorth, Is.LessThan(0.7 - 0.15), "the weaker side's hold on the contested north shrinks (from 0.7)");
        Assert.That(destroyed, Is.Zero, "no run destroys the weaker group (AS2, 7.2.7)");
    }

    [Test]
    public void AlliesNeverClash()
    {
        for (ulong seed = 1; seed <= 10; seed++)
        {
            Simulation sim = Rivals(seed, new ClashesSpec { ClashRate = 50 }, months: 12);
            sim.World.Relations.SetAllied(Big, Small, true, 0);
            sim.RunToEnd();
            Assert.That(sim.World.Groups.Fighters[Big], Is.EqualTo(3_000), "a pair marked both hostile and allied does not fight");
            Assert.That(sim.World.Groups.Fighters[Small], Is.EqualTo(600));
        }
    }

    [Test]
    public void CeasefireStopsStateClashesWithSignatoriesOnly()
    {
        double signatoryLossesInCeasefire = 0, signatoryLossesWithout = 0, outsiderLossesInCeasefire = 0;
        for (ulong seed = 1; seed <= 10; seed++)
        {
            foreach (bool ceasefire in new[] { true, false })
            {
                var tiny = new TinyWorld { Months = 12 }.WithSeparatists(1_000);
                tiny.WithGroup("jihadists", new ArmedGroupSpec { Kind = GroupKind.Jihadist, Leader = "preacher", Fighters = 800, Presence = new Dictionary<string, double> { ["north"] = 1 } });
                var sim = tiny.Simulate(seed, new ClashesSpec());
                World w = sim.World;
                int jihadists = 0, rebels = 1;
                w.State.Force[North] = 3_000;
                w.Groups.Accord[rebels] = AccordStatus.Signatory;
                w.Accord.CeasefireUntil = ceasefire ? 100 : -1;
                sim.RunToEnd();
                if (ceasefire)
                {
                    signatoryLossesInCeasefire += 1_000 - w.Groups.Fighters[rebels];
                    outsiderLossesInCeasefire += 800 - w.Groups.Fighters[jihadists];
                }
                else
                {
                    signatoryLossesWithout += 1_000 - w.Groups.Fighters[rebels];
                }
            }
        }

        Assert.That(signatoryLossesInCeasefire, Is.Zero, "the state does not fight signatories during the ceasefire");
        Assert.That(signatoryLossesWithout, Is.GreaterThan(100), "without it, it does");
        Assert.That(outsiderLossesInCeasefire, Is.GreaterThan(100), "groups outside the accord are still fought");
    }

    [Test]
    public void PeacekeepersStrengthenTheStateSideAndSpareSoldiers()
    {
        double soldiersLostAlone = 0, soldiersLostDefended = 0, rebelsLostAlone = 0, rebelsLostDefended = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            foreach (bool defended in new[] { false, true })
            {
                var sim = new TinyWorld { Months = 12 }.WithSeparatists(3_000).Simulate(seed, new ClashesSpec());
                World w = sim.World;
                w.State.Force[North] = 1_000;
                w.State.Army = 5_000;
                w.Foreign.TroopsIn[North] = defended ? 4_000 : 0;
                sim.RunToEnd();
                double soldiers = 5_000 - w.State.Army, rebels = 3_000 - w.Groups.Fighters[0];
                soldiersLostAlone += defended ? 0 : soldiers;
                soldiersLostDefended += defended ? soldiers : 0;
                rebelsLostAlone += defended ? 0 : rebels;
                rebelsLostDefended += defended ? rebels : 0;
            }
        }

        Assert.That(soldiersLostAlone, Is.GreaterThan(0));
        Assert.That(soldiersLostDefended, Is.LessThan(0.8 * soldiersLostAlone), "peacekeepers take pressure off the army");
        Assert.That(rebelsLostDefended, Is.GreaterThan(1.2 * rebelsLostAlone), "and make the state side hit harder");
    }

    [Test]
    public void SoldiersLostAddToTheStatesDefeats()
    {
        World w = new TinyWorld().WithSeparatists(3_000).Build();
        var rule = new ClashesRule(new ClashesSpec { ClashRate = 100 }, w);
        w.State.Force[North] = 2_000;
        w.State.Army = 4_000;
        var random = new Xoshiro256StarStar(3);
        rule.Apply(w, ref random);
        double lost = 4_000 - w.State.Army;
        Assert.That(lost, Is.GreaterThan(0), "a certain clash costs soldiers");
        Assert.That(w.State.Defeats, Is.EqualTo(lost / 4_000 * 100).Within(1e-9), "defeats rise by soldiers lost per hundred of the army");
        Assert.That(w.Ledger.StateDeaths, Is.EqualTo(lost).Within(1e-9));
    }

    [Test]
    public void ClashesBetweenSignatoriesSetBackImplementation()
    {
        double setBack = 0, untouched = 0;
        for (ulong seed = 1; seed <= 5; seed++)
        {
            foreach (bool signed in new[] { true, false })
            {
                Simulation sim = Rivals(seed, new ClashesSpec { ClashRate = 5, SignatoryClashSetback = 0.01 }, months: 12);
                World w = sim.World;
                w.Accord.Implementation = 0.5;
                if (signed)
                {
                    w.Groups.Accord[Big] = w.Groups.Accord[Small] = AccordStatus.Signatory;
                }

                sim.RunToEnd();
                if (signed)
                {
                    setBack += 0.5 - w.Accord.Implementation;
                }
                else
                {
                    untouched += 0.5 - w.Accord.Implementation;
                }
            }
        }

        Assert.That(setBack / 5, Is.GreaterThan(0.03), "several clashes a year between signatories cost several setbacks (EA4)");
        Assert.That(untouched, Is.Zero, "clashes between non-signatories leave the accord alone");
    }

    [Test]
    public void CiviliansAreChargedToBothSidesAndSpreadByResidents()
    {
        double capitalDead = 0, regionDead = 0, elsewhereDead = 0;
        for (ulong seed = 1; seed <= 40; seed++)
        {
            World w = new TinyWorld().WithSeparatists(3_000).Build(seed);
            var rule = new ClashesRule(new ClashesSpec { ClashRate = 100, CivilianHarm = 2 }, w);
            w.State.Force[North] = 2_000;
            w.State.Army = 4_000;
            var random = new Xoshiro256StarStar(seed);
            rule.Apply(w, ref random);

            Assert.That(w.Ledger.CivilianDeaths, Is.EqualTo(2 * w.Ledger.CombatantDeaths).Within(1e-6), "civilianHarm civilians per combatant");
            for (int p = 0; p < w.Places.Count; p++)
            {
                if (w.Places.Region[p] == North)
                {
                    regionDead += w.Places.Dead[p];
                }
                else
                {
                    elsewhereDead += w.Places.Dead[p];
                }
            }

            capitalDead += w.Places.Dead[w.Regions.CapitalPlace[North]];
        }

        Assert.That(elsewhereDead, Is.Zero, "civilians die only in the region of the clash");
        double capitalShare = 20_000.0 / (20_000 + 10_000 + 30_000);
        Assert.That(capitalDead / regionDead, Is.EqualTo(capitalShare).Within(0.1), "places are hit in proportion to residents");
    }

    [Test]
    public void VillageVictimsAreChargedToTheSideThatKilledThem()
    {
        // A region with villages only (no towns) so every victim has a community.
        var tiny = new TinyWorld().WithSeparatists(3_000);
        tiny.Regions["north"] = tiny.Regions["north"] with { CapitalPopulation = 0, DistrictPopulation = 0 };
        World w = tiny.Build(2);
        var rule = new ClashesRule(new ClashesSpec { ClashRate = 100 }, w);
        w.State.Force[North] = 2_000;
        w.State.Army = 4_000;
        var random = new Xoshiro256StarStar(2);
        rule.Apply(w, ref random);
        int nomads = 2;
        double soldiers = w.Ledger.StateDeaths, fighters = w.Ledger.CombatantDeaths - soldiers;
        var spec = new ClashesSpec();
        Assert.That(w.Ledger.VictimsOf(nomads, -1), Is.EqualTo(spec.CivilianHarm * fighters).Within(1e-6), "the state side is charged for civilians killed with the fighters it killed");
        Assert.That(w.Ledger.VictimsOf(nomads, 0), Is.EqualTo(spec.CivilianHarm * soldiers).Within(1e-6), "the group for those killed with the soldiers it killed");
    }

    [Test]
    public void DisabledRuleKillsNoOne()
    {
        Simulation off = Rivals(1, new ClashesSpec { Enabled = false, ClashRate = 50 }, months: 12);
        Simulation on = Rivals(1, new ClashesSpec { ClashRate = 50 }, months: 12);
        off.RunToEnd();
        on.RunToEnd();
        Assert.That(on.World.Groups.Fighters[Small], Is.LessThan(600));
        Assert.That(off.World.Groups.Fighters[Small], Is.EqualTo(600));
        Assert.That(off.World.Groups.Fighters[Big], Is.EqualTo(3_000));
        Assert.That(off.World.Places.Dead, Is.All.EqualTo(0));
    }

    [Test]
    public void InvariantsHoldOverThreeYears()
    {
        var tiny = new TinyWorld { Months = 36 }.WithSeparatists().WithJihadists();
        tiny.Foreign["blue"] = new ForeignForceSpec { Posture = ForeignPosture.Peacekeeping, Troops = 1_000, Deployment = new Dictionary<string, double> { ["north"] = 1 } };
        tiny.Events["arrive"] = new EventSpec { At = "2012-06", Type = EventType.ForeignDeploy, Force = "blue" };
        tiny.Events["accord"] = new EventSpec { At = "2013-01", Type = EventType.Accord, Months = 6 };
        tiny.WithGroup("loyalists", new ArmedGroupSpec
        {
            Kind = GroupKind.ProGovernment,
            Leader = "hunter",
            Fighters = 500,
            Presence = new Dictionary<string, double> { ["centre"] = 0.5, ["north"] = 0.5 },
        });
        var sim = tiny.Simulate(4, new EventsSpec(), new AlliancesSpec(), new ClashesSpec { ClashRate = 3 });
        World w = sim.World;
        w.State.Force[Centre] = 1_500;
        w.State.Force[North] = 1_500;
        sim.AfterTick = world =>
        {
            Invariants.Check(world);
            Assert.That(world.State.Defeats, Is.GreaterThanOrEqualTo(0).And.Not.NaN);
            Assert.That(world.Accord.Implementation, Is.InRange(0.0, 1.0));
        };
        sim.RunToEnd();
        Assert.That(w.Counters.CapacityRefusals, Is.Zero);
        Assert.That(w.Places.Dead.Sum(), Is.GreaterThan(0), "the run did fight");
    }

    [Test]
    public void ApplyDoesNotAllocate()
    {
        Simulation sim = Rivals(1, new ClashesSpec { ClashRate = 50 }, months: 12);
        World w = sim.World;
        w.State.Force[North] = 2_000;
        var rule = new ClashesRule(new ClashesSpec { ClashRate = 50 }, w);
        var random = new Xoshiro256StarStar(1);
        rule.Apply(w, ref random);
        long before = GC.GetAllocatedBytesForCurrentThread();
        for (int t = 1; t <= 5; t++)
        {
            w.Tick = t;
            rule.Apply(w, ref random);
        }

        Assert.That(GC.GetAllocatedBytesForCurrentThread() - before, Is.Zero);
        Assert.That(w.Groups.Fighters[Small], Is.LessThan(600), "the measured ticks did fight");
    }

    /// <summary>A strong and a weak separatist group, hostile to each other, sharing the north; no state forces.</summary>
    private static Simulation Rivals(ulong seed, ClashesSpec spec, int months)
    {
        var tiny = new TinyWorld { Months = months };
        tiny.WithGroup("big", new ArmedGroupSpec { Kind = GroupKind.Separatist, Leader = "chief-a", Fighters = 3_000, Presence = new Dictionary<string, double> { ["north"] = 1 } });
        tiny.WithGroup("small", new ArmedGroupSpec { Kind = GroupKind.Separatist, Leader = "chief-b", Fighters = 600, Presence = new Dictionary<string, double> { ["north"] = 0.7, ["centre"] = 0.3 } });
        Simulation sim = tiny.Simulate(seed, spec);
        sim.World.Relations.SetHostile(Big, Small, true);
        return sim;
    }
}
