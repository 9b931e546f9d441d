using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Rules.Recruitment;
using StalemateSim.Core.Rules.Upkeep;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;
using static StalemateSim.Core.Tests.Rules.PeopleTestKit;

namespace StalemateSim.Core.Tests.Rules;

public class RecruitmentRuleTests
{
    private const int Seeds = 20;

    /// <summary>Recruits of a kind over <paramref name="months"/> months, averaged over seeds, with the state's soldiers in each region fixed.</summary>
    private static double Recruits(TinyWorld tiny, GroupKind kind, double soldiers = 3_000, int months = 12, RecruitmentSpec? spec = null, Action<World>? setup = null)
    {
        double total = 0;
        for (ulong seed = 1; seed <= Seeds; seed++)
        {
            Simulation sim = tiny.Simulate(seed, spec ?? new RecruitmentSpec());
            Array.Fill(sim.World.State.Force, soldiers);
            setup?.Invoke(sim.World);
            for (int t = 0; t < months; t++)
            {
                sim.Step();
                total += sim.World.Ledger.RecruitsByKind[(int)kind];
            }
        }

        return total / Seeds;
    }

    private static TinyWorld With(string community, Func<CommunitySpec, CommunitySpec> change)
    {
        var tiny = new TinyWorld();
        tiny.Communities[community] = change(tiny.Communities[community]);
        return tiny;
    }

    /// <summary>A farmers' self-defence militia of 300 leaning to the state, in the centre.</summary>
    private static TinyWorld WithMilitia(TinyWorld tiny) => tiny.WithGroup("militia", new ArmedGroupSpec
    {
        Kind = GroupKind.SelfDefence,
        Leader = "hunter",
        Fighters = 300,
        Money = 200,
        Presence = new Dictionary<string, double> { ["centre"] = 1 },
        BaseCommunities = new Dictionary<string, double> { ["farmers"] = 1 },
    });

    [Test]
    public void HigherGrievanceRaisesRecruitmentIntoAGroupAtWarWithTheState()
    {
        double angry = Recruits(With("herders", c => c with { Grievance = 0.8 }).WithJihadists(), GroupKind.Jihadist);
        double calm = Recruits(With("herders", c => c with { Grievance = 0.1 }).WithJihadists(), GroupKind.Jihadist);
        Assert.That(angry / calm, Is.GreaterThan(1.6), $"angry {angry:F0} vs calm {calm:F0} recruits a year (about 2.2x expected)");

        // Grievance against the state is no motive to join a militia that leans toward it.
        double militiaAngry = Recruits(WithMilitia(With("farmers", c => c with { Grievance = 0.8 })), GroupKind.SelfDefence);
        double militiaCalm = Recruits(WithMilitia(With("farmers", c => c with { Grievance = 0.1 })), GroupKind.SelfDefence);
        Assert.That(militiaAngry, Is.EqualTo(militiaCalm).Within(1e-9));
    }

    [Test]
    public void WeakerStatePresenceLowersTheRiskAndRaisesRecruitment()
    {
        double weakState = Recruits(new TinyWorld().WithJihadists(), GroupKind.Jihadist, soldiers: 500);
        double strongState = Recruits(new TinyWorld().WithJihadists(), GroupKind.Jihadist, soldiers: 8_000);
        Assert.That(weakState / strongState, Is.GreaterThan(3), $"{weakState:F0} recruits facing 500 soldiers vs {strongState:F0} facing 8,000 (about 4.8x expected)");
    }

    [Test]
    public void KinRaisesRecruitment()
    {
        var kin = new TinyWorld().WithJihadists();
        var strangers = new TinyWorld().WithJihadists();
        strangers.Groups["jihadists"] = strangers.Groups["jihadists"] with { BaseCommunities = new Dictionary<string, double>() };
        double withKin = Recruits(kin, GroupKind.Jihadist);
        double without = Recruits(strangers, GroupKind.Jihadist);
        Assert.That(withKin / without, Is.GreaterThan(1.6), $"{withKin:F0} recruits with kin ties of 0.8 to the herders vs {without:F0} without (about 2x expected)");
    }

    /// <summary>
    /// Two identical herder communities, one per region, and jihadists present in both with equal
    /// kin; the state's abuses (grievance up, trust down) hit only the one in the centre.
    /// </summary>
    /// <summary>Jihadists with no kin anywhere, in the centre beside herders and farmers.</summary>
    private static TinyWorld Strangers()
    {
        var tiny = new TinyWorld().WithJihadists();
        tiny.Groups["jihadists"] = tiny.Groups["jihadists"] with { BaseCommunities = new Dictionary<string, double>() };
        return tiny;
    }

    [Test]
    public void KinRootingRootsAGroupInTheCommunitiesItsRecruitsComeFrom()
    {
        // One month from no kin: with kinRooting 1 each community's kin is its recruits' share of
        // the group's new strength, so kin × fighters adds up to the month's recruits.
        (double[] Kin, double Recruits, double Fighters) OneMonth(double rooting)
        {
            Simulation sim = Strangers().Simulate(3, new RecruitmentSpec { KinRooting = rooting, BaseRate = 0.2 });
            double before = sim.World.Groups.Fighters[0];
            sim.Step();
            World w = sim.World;
            double[] kin = Enumerable.Range(0, w.Communities.Count).Select(c => w.Groups.KinOf(0, c)).ToArray();
            return (kin, w.Groups.Fighters[0] - before, w.Groups.Fighters[0]);
        }

        var full = OneMonth(1);
        var half = OneMonth(0.5);
        var off = OneMonth(0);
        World world = Strangers().Build();
        int herders = Array.IndexOf(world.Communities.Ids, "herders");
        int farmers = Array.IndexOf(world.Communities.Ids, "farmers");
        int nomads = Array.IndexOf(world.Communities.Ids, "nomads");

        Assert.That(full.Recruits, Is.GreaterThan(10), "the month has recruits to root the group");
        Assert.That(full.Kin.Sum() * full.Fighters, Is.EqualTo(full.Recruits).Within(1e-6), "kin x fighters = recruits, community by community summed");
        Assert.That(full.Kin[herders], Is.GreaterThan(0), "herders joined");
        Assert.That(full.Kin[farmers], Is.GreaterThan(0), "farmers joined");
        Assert.That(full.Kin[nomads], Is.Zero, "no recruits from the north, where the group is absent");
        Assert.That(half.Kin[herders], Is.EqualTo(full.Kin[herders] / 2).Within(1e-12), "kinRooting scales the step (same draws: kin does not touch the first month)");
        Assert.That(off.Kin, Is.All.Zero, "0: off");
    }

    [Test]
    public void EachCommunityKeepsCountOfItsYouthWhoHaveJoined()
    {
        Simulation sim = new TinyWorld().WithJihadists().Simulate(2, new RecruitmentSpec { BaseRate = 0.2 });
        double recruits = 0;
        for (int t = 0; t < 12; t++)
        {
            sim.Step();
            recruits += sim.World.Ledger.RecruitsByKind.Sum();
        }

        CommunityTable c = sim.World.Communities;
        Assert.That(recruits, Is.GreaterThan(100));
        Assert.That(c.Joined.Sum(), Is.EqualTo(recruits).Within(1e-6), "every recruit counted once, in the community of their village");
        Assert.That(c.Joined[Array.IndexOf(c.Ids, "herders")], Is.GreaterThan(0));
        Assert.That(c.Joined[Array.IndexOf(c.Ids, "nomads")], Is.Zero, "no group in the north");
    }

    [Test]
    public void RootedRecruitsBringMoreRecruitsAfterThem()
    {
        // Kin is a motive (wKin), so a group rooting itself among the herders draws more of them
        // each month: recruitment over two years rises well above that of a group kept rootless.
        var spec = new RecruitmentSpec { KinRooting = 1, WKin = 0.6 };
        double rooted = Recruits(Strangers(), GroupKind.Jihadist, months: 24, spec: spec);
        double rootless = Recruits(Strangers(), GroupKind.Jihadist, months: 24, spec: spec with { KinRooting = 0 });
        Assert.That(rooted / rootless, Is.GreaterThan(1.5), $"{rooted:F0} recruits rooting vs {rootless:F0} rootless over two years");
    }

    [Test]
    public void AbusesRaiseJihadistRecruitmentFromTheAbusedCommunity()
    {
        (double Abused, double Untouched) ByRegion(bool abuse)
        {
            var tiny = new TinyWorld();
            CommunitySpec herders = tiny.Communities["herders"];
            tiny.Communities.Clear();
            tiny.Communities["herders"] = abuse ? herders with { Grievance = 0.7, Trust = 0.2 } : herders;
            tiny.Communities["herders-north"] = herders with { Region = "north" };
            tiny.Elites["hunter"] = tiny.Elites["hunter"] with { Community = null };
            tiny.WithGroup("jihadists", new ArmedGroupSpec
            {
                Kind = GroupKind.Jihadist,
                Leader = "preacher",
                Fighters = 1_000,
                Money = 1_000,
                Presence = new Dictionary<string, double> { ["centre"] = 1, ["north"] = 1 },
                BaseCommunities = new Dictionary<string, double> { ["herders"] = 0.5, ["herders-north"] = 0.5 },
            });
            double centre = 0;
            double north = 0;
            for (ulong seed = 1; seed <= Seeds; seed++)
            {
                Simulation sim = tiny.Simulate(seed, new RecruitmentSpec());
                World w = sim.World;
                Array.Fill(w.State.Force, 2_000);
                double centreBefore = w.Groups.FightersIn(0, Region(w, "centre"));
                double northBefore = w.Groups.FightersIn(0, Region(w, "north"));
                for (int t = 0; t < 12; t++)
                {
                    sim.Step();
                }

                centre += w.Groups.FightersIn(0, Region(w, "centre")) - centreBefore;
                north += w.Groups.FightersIn(0, Region(w, "north")) - northBefore;
            }

            return (centre, north);
        }

        (double abused, double untouched) = ByRegion(abuse: true);
        Assert.That(abused / untouched, Is.GreaterThan(1.5), $"abused community gave {abused / Seeds:F0} recruits a year, the untouched one {untouched / Seeds:F0} (about 2.1x expected)");
        (double same, double other) = ByRegion(abuse: false);
        Assert.That(same / other, Is.InRange(0.8, 1.25), "without abuses the two communities give about as many");
    }

    [Test]
    public void StrongJihadistsDeterRecruitsToAMilitiaThatLeansToTheState()
    {
        var noFear = new RecruitmentSpec { WFear = 0 };
        double alone = Recruits(WithMilitia(new TinyWorld()), GroupKind.SelfDefence, spec: noFear);
        double threatened = Recruits(WithMilitia(new TinyWorld()).WithJihadists(fighters: 3_000), GroupKind.SelfDefence, spec: noFear);
        Assert.That(alone / threatened, Is.GreaterThan(2), $"{alone:F0} militia recruits alone vs {threatened:F0} beside 3,000 jihadists (RC26; about 13x expected)");
    }

    [Test]
    public void AGroupThatCannotPayRecruitsLess()
    {
        var broke = new TinyWorld().WithJihadists();
        broke.Groups["jihadists"] = broke.Groups["jihadists"] with { Money = 0 };
        double paid = Recruits(new TinyWorld().WithJihadists(), GroupKind.Jihadist, months: 1);
        double unpaid = Recruits(broke, GroupKind.Jihadist, months: 1);
        Assert.That(paid / unpaid, Is.GreaterThan(1.5), $"{paid:F1} recruits in a month with six months of pay in hand vs {unpaid:F1} with none (about 2.9x expected)");
    }

    [Test]
    public void HoldingAVillageCoercesRecruits()
    {
        double held = Recruits(new TinyWorld().WithJihadists(), GroupKind.Jihadist, months: 1, setup: w =>
        {
            foreach (int v in Villages(w, "herders"))
            {
                w.Places.Owner[v] = Group(w, "jihadists");
            }
        });
        double notHeld = Recruits(new TinyWorld().WithJihadists(), GroupKind.Jihadist, months: 1);
        Assert.That(held / notHeld, Is.GreaterThan(1.3), $"{held:F1} vs {notHeld:F1} recruits in a month (about 1.6x expected)");
    }

    [Test]
    public void RecruitsJoinTheirRegionsPresenceAndAreRecorded()
    {
        World world = new TinyWorld().WithJihadists().WithSeparatists().Build();
        Array.Fill(world.State.Force, 1_000);
        int jihadists = Group(world, "jihadists");
        int rebels = Group(world, "rebels");
        int centre = Region(world, "centre");
        int north = Region(world, "north");
        double jihadistsBefore = world.Groups.Fighters[jihadists];
        double rebelsBefore = world.Groups.Fighters[rebels];
        ApplyOnce(new RecruitmentRule(new RecruitmentSpec(), world), world);

        double jihadistRecruits = world.Groups.Recruits[jihadists];
        Assert.That(jihadistRecruits, Is.GreaterThan(0));
        Assert.That(world.Groups.Fighters[jihadists], Is.EqualTo(jihadistsBefore + jihadistRecruits).Within(1e-9));
        Assert.That(world.Groups.FightersIn(jihadists, centre), Is.EqualTo(jihadistsBefore + jihadistRecruits).Within(1e-9), "recruits from the centre's villages stay in the centre");
        Assert.That(world.Groups.FightersIn(jihadists, north), Is.Zero);
        Assert.That(world.Groups.Fighters[rebels], Is.EqualTo(rebelsBefore + world.Groups.Recruits[rebels]).Within(1e-9));
        Assert.That(world.Ledger.RecruitsByKind[(int)GroupKind.Jihadist], Is.EqualTo(jihadistRecruits));
        Assert.That(world.Ledger.RecruitsByKind[(int)GroupKind.Separatist], Is.EqualTo(world.Groups.Recruits[rebels]));
        Assert.That(world.Groups.PeakFighters[jihadists], Is.EqualTo(world.Groups.Fighters[jihadists]));
    }

    [Test]
    public void NoOneJoinsTwoGroupsInOneMonth()
    {
        var tiny = WithMilitia(new TinyWorld().WithJihadists());
        tiny.WithGroup("loyalists", new ArmedGroupSpec { Kind = GroupKind.ProGovernment, Leader = "chief-a", Fighters = 500, Money = 500, Presence = new Dictionary<string, double> { ["centre"] = 1 } });
        World world = tiny.Build();
        var eager = new RecruitmentSpec { BaseRate = 1, RiskAversion = 0, Spread = 0.001 };
        ApplyOnce(new RecruitmentRule(eager, world), world);

        double pool = (50_000 + 50_000) * 0.1 * 0.2;
        double total = world.Groups.Recruits.Sum();
        Assert.That(total, Is.LessThanOrEqualTo(pool + 1e-6), "the centre's youth pool is shared among the three groups");
        Assert.That(total, Is.GreaterThan(0.95 * pool), "and, with every motive far above threshold, nearly all of it joins someone");
    }

    [Test]
    public void DisabledRuleRecruitsNoOne()
    {
        Assert.That(Recruits(new TinyWorld().WithJihadists(), GroupKind.Jihadist, spec: new RecruitmentSpec { Enabled = false }), Is.Zero);
        Assert.That(Recruits(new TinyWorld().WithJihadists(), GroupKind.Jihadist), Is.GreaterThan(10));
    }

    [Test]
    public void ApplyAllocatesNothing()
    {
        World world = WithMilitia(new TinyWorld().WithJihadists().WithSeparatists()).Build();
        Array.Fill(world.State.Force, 1_000);
        Assert.That(BytesAllocatedByApply(new RecruitmentRule(new RecruitmentSpec(), world), world), Is.Zero);
    }

    [Test]
    public void InvariantsHoldOverThreeYears()
    {
        var tiny = WithMilitia(new TinyWorld().WithJihadists().WithSeparatists());
        tiny.Months = 36;
        World world = tiny.Build(5);
        var sim = new Simulation(
            world,
            [new EventsRule(new EventsSpec()), new TurmoilRule(1_500, 0.5), new UpkeepRule(new UpkeepSpec(), world), new RecruitmentRule(new RecruitmentSpec(), world)],
            5)
        {
            AfterTick = Invariants.Check,
        };
        sim.RunToEnd();
        Assert.That(world.Groups.Recruits.Take(world.Groups.Count).All(r => r >= 0), Is.True);
    }
}
