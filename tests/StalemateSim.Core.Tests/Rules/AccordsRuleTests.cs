using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Rules.Accords;
using StalemateSim.Core.Rules.EliteRents;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;

namespace StalemateSim.Core.Tests.Rules;

public class AccordsRuleTests
{
    private static int Group(World world, string id) => world.InitialGroupIds.ToList().IndexOf(id);

    private static TinyWorld WithAccord(TinyWorld tiny, string at = "2012-02", double seat = 200, bool inclusive = false)
    {
        tiny.Events["accord"] = new EventSpec { At = at, Type = EventType.Accord, SeatValue = seat, Inclusive = inclusive, Months = 0 };
        return tiny;
    }

    private static int CountLog(World world, LogKind kind, int group) =>
        world.Log.Entries.Count(e => e.Kind == kind && e.A == group);

    [Test]
    public void EligibleGroupsSignAndSignatoriesAreNoLongerAtWarWithTheStateAndArePaidTheirSeat()
    {
        int signedWithinAYear = 0;
        const int seeds = 20;
        for (ulong seed = 1; seed <= seeds; seed++)
        {
            var sim = WithAccord(new TinyWorld().WithSeparatists().WithJihadists()).Simulate(seed, new EventsSpec(), new AccordsSpec());
            int rebels = Group(sim.World, "rebels");
            var previous = AccordStatus.None;
            double money = sim.World.Groups.Money[rebels];
            sim.AfterTick = w =>
            {
                for (int g = 0; g < w.Groups.Count; g++)
                {
                    if (w.Groups.Accord[g] == AccordStatus.Signatory)
                    {
                        Assert.That(w.HostileToState(g), Is.False, $"tick {w.Tick}: signatory {g} at war with the state");
                    }
                }

                if (previous == AccordStatus.Signatory && w.Groups.Accord[rebels] == AccordStatus.Signatory)
                {
                    Assert.That(w.Groups.Money[rebels] - money, Is.EqualTo(200).Within(1e-9), "the seat is paid each month");
                }

                previous = w.Groups.Accord[rebels];
                money = w.Groups.Money[rebels];
            };
            for (int t = 0; t < 13; t++)
            {
                sim.Step();
            }

            signedWithinAYear += CountLog(sim.World, LogKind.AccordSigned, rebels) > 0 ? 1 : 0;
            sim.RunToEnd();
            int jihadists = Group(sim.World, "jihadists");
            Assert.That(sim.World.Groups.Accord[jihadists], Is.EqualTo(AccordStatus.Excluded), "jihadists the state will not talk to are excluded (EA3)");
            Assert.That(CountLog(sim.World, LogKind.AccordSigned, jihadists), Is.Zero);
        }

        // p = 1 x 200/300 x pressure 0.25 (talk stance 0.5, no soldiers deployed) = 0.17 a month: 87% within 11 months.
        Assert.That(signedWithinAYear, Is.InRange(14, 20));
    }

    [Test]
    public void JihadistsSignOnlyWhileTheStateTalksToThem()
    {
        int Signed(double talks)
        {
            int signed = 0;
            for (ulong seed = 1; seed <= 20; seed++)
            {
                TinyWorld tiny = WithAccord(new TinyWorld().WithJihadists());
                tiny.State = tiny.State with { TalksWithJihadists = talks };
                var sim = tiny.Simulate(seed, new EventsSpec(), new AccordsSpec());
                sim.RunToEnd();
                signed += CountLog(sim.World, LogKind.AccordSigned, 0) > 0 ? 1 : 0;
            }

            return signed;
        }

        Assert.That(Signed(0), Is.Zero);
        Assert.That(Signed(1), Is.GreaterThanOrEqualTo(15), "dialogue with jihadists (digest 4) brings them in");
        Assert.That(Signed(0.1), Is.LessThan(Signed(1)), "signing scales with the state's willingness to talk");
    }

    [Test]
    public void UnderAnInclusiveAccordALateSplinterGetsASeatWhileUnderAnExclusiveOneItTurnsSpoiler()
    {
        (int Signed, int Spoilers, int HostileToSignatory, int MilitiaTouched) Run(bool inclusive)
        {
            int signed = 0;
            int spoilers = 0;
            int hostile = 0;
            int militiaTouched = 0;
            for (ulong seed = 1; seed <= 20; seed++)
            {
                TinyWorld tiny = WithAccord(new TinyWorld().WithSeparatists(), inclusive: inclusive);
                tiny.WithGroup("splinter", new ArmedGroupSpec
                {
                    Kind = GroupKind.Separatist, Leader = "chief-b", Fighters = 300, StateStance = -0.2,
                    Presence = new Dictionary<string, double> { ["north"] = 1 },
                    BaseCommunities = new Dictionary<string, double> { ["nomads"] = 1 },
                });
                tiny.WithGroup("dozo", new ArmedGroupSpec { Kind = GroupKind.SelfDefence, Leader = "hunter", Fighters = 300, Presence = new Dictionary<string, double> { ["centre"] = 1 } });
                tiny.Months = 36;
                var sim = tiny.Simulate(seed, new EventsSpec(), new AccordsSpec { WithdrawRate = 0, LossWithdraw = 0 });
                World w = sim.World;
                int splinter = Group(w, "splinter");
                int dozo = Group(w, "dozo");
                w.Groups.FormedTick[splinter] = 6; // split off after the accord opened (tick 1)
                w.Groups.FormedTick[dozo] = 6;
                w.Groups.Origin[dozo] = GroupOrigin.Militia;
                sim.RunToEnd();
                signed += CountLog(w, LogKind.AccordSigned, splinter) > 0 ? 1 : 0;
                if (w.Groups.Accord[splinter] == AccordStatus.Excluded && CountLog(w, LogKind.Spoiler, splinter) == 1)
                {
                    spoilers++;
                    Assert.That(w.Groups.StateStance[splinter], Is.LessThanOrEqualTo(-0.3), "a spoiler fights the state");
                }

                int rebels = Group(w, "rebels");
                hostile += w.Groups.Accord[rebels] == AccordStatus.Signatory && w.Relations.AreHostile(splinter, rebels) ? 1 : 0;
                militiaTouched += w.Groups.Accord[dozo] != AccordStatus.None || w.Groups.StateStance[dozo] != 0.3 ? 1 : 0;
            }

            return (signed, spoilers, hostile, militiaTouched);
        }

        var inclusive = Run(true);
        var exclusive = Run(false);
        Assert.That(inclusive.Signed, Is.GreaterThanOrEqualTo(18), "an inclusive accord seats groups formed after it (SP1, SP2)");
        Assert.That(inclusive.Spoilers, Is.Zero);
        Assert.That(exclusive.Signed, Is.Zero);
        Assert.That(exclusive.Spoilers, Is.EqualTo(20), "an exclusive accord turns them spoiler (SP2, 7.2.17)");
        Assert.That(exclusive.HostileToSignatory, Is.GreaterThanOrEqualTo(18), "spoilers are hostile to signatories");
        Assert.That(exclusive.MilitiaTouched, Is.Zero, "community self-defence militias raised later stay outside the northern accord");
    }

    [Test]
    public void ImplementationAdvancesAndEliteRentsSlowIt()
    {
        double Implementation(double brokerShare)
        {
            double total = 0;
            for (ulong seed = 1; seed <= 10; seed++)
            {
                TinyWorld tiny = WithAccord(new TinyWorld(), at: "2012-01");
                tiny.WithGroup("rebels", new ArmedGroupSpec
                {
                    Kind = GroupKind.Separatist, Leader = "chief-a", Fighters = 1_000, StateFunding = 2_000,
                    Presence = new Dictionary<string, double> { ["north"] = 1 },
                });
                tiny.State = tiny.State with { TalkStance = 1 };
                tiny.Months = 36;
                var sim = tiny.Simulate(
                    seed,
                    new EventsSpec(),
                    new EliteRentsSpec { BrokerShare = brokerShare, LeaderHazard = 0 },
                    new AccordsSpec { WithdrawRate = 0, LossWithdraw = 0 });
                sim.RunToEnd();
                total += sim.World.Accord.Implementation;
            }

            return total / 10;
        }

        double clean = Implementation(0);
        double someRents = Implementation(0.05);
        double heavyRents = Implementation(0.2);
        // 3% of the gap a month for about 34 months: about 0.6.
        Assert.That(clean, Is.InRange(0.45, 0.75), "implementation advances slowly");
        // Rents of 0.05 x 2,200 = 110 thousand USD a month cost 0.011 a month.
        Assert.That(someRents, Is.LessThan(clean - 0.1), "elite rents slow it (EB1, EB3, EB5)");
        Assert.That(heavyRents, Is.LessThan(0.01), "and heavy rents stall it");
    }

    [Test]
    public void WithdrawalsAreMoreFrequentWhenImplementationStallsAndWithdrawnGroupsReturn()
    {
        (int Withdrawals, int Returns) Run(double implementationRate)
        {
            int withdrawals = 0;
            int returns = 0;
            for (ulong seed = 1; seed <= 40; seed++)
            {
                TinyWorld tiny = WithAccord(new TinyWorld().WithSeparatists(), at: "2012-01");
                tiny.State = tiny.State with { TalkStance = 1 };
                tiny.Months = 60;
                var sim = tiny.Simulate(seed, new EventsSpec(), new AccordsSpec { ImplementationRate = implementationRate, WithdrawRate = 0.05, LossWithdraw = 0 });
                sim.RunToEnd();
                int rebels = Group(sim.World, "rebels");
                withdrawals += CountLog(sim.World, LogKind.AccordWithdrawn, rebels);
                returns += Math.Max(0, CountLog(sim.World, LogKind.AccordSigned, rebels) - 1);
            }

            return (withdrawals, returns);
        }

        var stalled = Run(0);
        var advancing = Run(0.1);
        // Stalled: about 0.05 a month while signed, 40 runs x ~50 signed months = ~100.
        Assert.That(stalled.Withdrawals, Is.InRange(60, 140));
        Assert.That(stalled.Withdrawals, Is.GreaterThan(2 * advancing.Withdrawals), "withdrawals follow stalled implementation (EA4, 7.2.12)");
        Assert.That(stalled.Returns, Is.GreaterThan(stalled.Withdrawals / 2), "withdrawn signatories re-sign later");
    }

    [Test]
    public void AWithdrawingGroupMovesBackTowardItsStanceBeforeSigning()
    {
        World world = new TinyWorld().WithSeparatists().Build();
        int rebels = Group(world, "rebels");
        world.Accord.Active = true;
        world.Accord.OpenedTick = 0;
        world.Accord.SeatValue = 100;
        world.Tick = 3;
        world.Groups.Accord[rebels] = AccordStatus.Signatory;
        world.Groups.StanceBeforeAccord[rebels] = -0.8;
        world.Groups.StateStance[rebels] = 0.1;
        var rule = new AccordsRule(new AccordsSpec { WithdrawRate = 1, ImplementationRate = 0, WithdrawReversion = 0.5 });
        var random = new Xoshiro256StarStar(1);
        world.Ledger.Reset();
        rule.Apply(world, ref random);

        Assert.That(world.Groups.Accord[rebels], Is.EqualTo(AccordStatus.Withdrawn));
        Assert.That(world.Groups.StateStance[rebels], Is.EqualTo(-0.35).Within(1e-9), "halfway back from 0.1 to -0.8");
        Assert.That(world.Groups.Money[rebels], Is.EqualTo(500), "no seat for the month it leaves");
        Assert.That(CountLog(world, LogKind.AccordWithdrawn, rebels), Is.EqualTo(1));
    }

    [Test]
    public void AutonomyPaysGroupsRootedInTheRegionAndDrawsThemTowardTheState()
    {
        (double RebelMoney, double RebelStance, double JihadistMoney) Run(double autonomy)
        {
            TinyWorld tiny = new TinyWorld().WithSeparatists().WithJihadists();
            tiny.Months = 12;
            tiny.Events["kidal"] = new EventSpec { At = "2012-01", Type = EventType.Policy, Set = new Dictionary<string, double> { ["region.north.autonomy"] = autonomy } };
            var sim = tiny.Simulate(1, new EventsSpec(), new AccordsSpec());
            sim.RunToEnd();
            World w = sim.World;
            return (w.Groups.Money[Group(w, "rebels")], w.Groups.StateStance[Group(w, "rebels")], w.Groups.Money[Group(w, "jihadists")]);
        }

        var granted = Run(1);
        var refused = Run(0);
        Assert.That(granted.RebelMoney, Is.EqualTo(500 + (12 * 50)).Within(1e-9), "autonomySeat a month");
        // -0.8 + 1.1 x (1 - 0.9^12).
        Assert.That(granted.RebelStance, Is.EqualTo(-0.8 + (1.1 * (1 - Math.Pow(0.9, 12)))).Within(1e-9));
        Assert.That(granted.JihadistMoney, Is.EqualTo(500), "jihadists rooted elsewhere (and in no bargain) get nothing");
        Assert.That(refused.RebelMoney, Is.EqualTo(500));
        Assert.That(refused.RebelStance, Is.EqualTo(-0.8));
    }

    [Test]
    public void DisabledRuleHasNoEffect()
    {
        int Signed(bool enabled)
        {
            var sim = WithAccord(new TinyWorld().WithSeparatists()).Simulate(4, new EventsSpec(), new AccordsSpec { Enabled = enabled });
            sim.RunToEnd();
            Assert.That(sim.World.Accord.Implementation, enabled ? Is.GreaterThan(0) : Is.Zero);
            return sim.World.Log.Entries.Count(e => e.Kind == LogKind.AccordSigned);
        }

        Assert.That(Signed(false), Is.Zero);
        Assert.That(Signed(true), Is.GreaterThan(0));
    }

    [Test]
    public void InvariantsHoldOverThreeYears()
    {
        TinyWorld tiny = WithAccord(new TinyWorld().WithSeparatists().WithJihadists(), inclusive: true);
        tiny.Months = 36;
        tiny.Events["kidal"] = new EventSpec { At = "2012-06", Type = EventType.Policy, Set = new Dictionary<string, double> { ["region.north.autonomy"] = 0.5, ["accord.inclusive"] = 0 } };
        Simulation sim = tiny.Simulate(9, new EventsSpec(), new EliteRentsSpec(), new AccordsSpec { WithdrawRate = 0.2 });
        sim.AfterTick = w =>
        {
            Invariants.Check(w);
            Assert.That(w.Accord.Implementation, Is.InRange(0.0, 1.0));
            for (int g = 0; g < w.Groups.Count; g++)
            {
                Assert.That(w.Groups.StateStance[g], Is.InRange(-1.0, 1.0));
                Assert.That(w.Groups.Accord[g] != AccordStatus.Signatory || !w.HostileToState(g), Is.True);
            }

            Assert.That(w.Relations.Affinity, Is.All.InRange(-1.0, 1.0));
        };
        sim.RunToEnd();
        Assert.That(sim.World.Log.Entries.Count(e => e.Kind == LogKind.AccordWithdrawn), Is.GreaterThan(0));
    }
}
