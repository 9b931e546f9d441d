using StalemateSim.Core.Model;
using StalemateSim.Core.Rules.Predation;
using StalemateSim.Core.Rules.Territory;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;
using static StalemateSim.Core.Tests.Rules.PeopleTestKit;

namespace StalemateSim.Core.Tests.Rules;

public class PredationRuleTests
{
    // TinyWorld: herders and farmers in the centre, 50,000 people each in 10 villages; the jihadists
    // (cohesion set below) are kin 0.8 to the herders and 0 to the farmers.

    private static World HeldBy(double cohesion, params string[] communities)
    {
        World world = new TinyWorld().WithJihadists().Build();
        world.Groups.Cohesion[0] = cohesion;
        foreach (string community in communities)
        {
            foreach (int v in Villages(world, community))
            {
                world.Places.Owner[v] = 0;
            }
        }

        return world;
    }

    private static double Dead(World world, string community) => Villages(world, community).Sum(v => world.Places.Dead[v]);

    private static double MeanResentment(World world, string community) => Villages(world, community).Average(v => world.Places.HolderResentment(v));

    private static void Run(World world, PredationSpec spec, int months, ulong seed = 1)
    {
        var rule = new PredationRule(spec, world);
        for (int m = 0; m < months; m++)
        {
            ApplyOnce(rule, world, seed + (ulong)m);
            world.Tick++;
        }
    }

    [Test]
    public void LooselyHeldRanksPreyOnOutsidersAndSpareTheirKin()
    {
        // Intensity among farmers (no kin): 1 × (1 − 0.2) = 0.8; among herders: 0.8 × 0.2 = 0.16.
        World loose = HeldBy(0.2, "farmers", "herders");
        Run(loose, new PredationSpec { Lethality = 0.5 }, 24);
        World tight = HeldBy(0.9, "farmers");
        Run(tight, new PredationSpec { Lethality = 0.5 }, 24);

        // Expected deaths: 0.5 × 0.8 × 50 thousand × 24 months = 480 among farmers; 96 among herders.
        Assert.That(Dead(loose, "farmers"), Is.EqualTo(480).Within(70));
        Assert.That(Dead(loose, "herders"), Is.EqualTo(96).Within(35));
        Assert.That(Dead(tight, "farmers"), Is.EqualTo(60).Within(25), "cohesion 0.9: intensity 0.1");

        World unrestrained = HeldBy(0.2, "herders");
        Run(unrestrained, new PredationSpec { Lethality = 0.5, KinRestraint = 0 }, 24);
        Assert.That(Dead(unrestrained, "herders"), Is.EqualTo(480).Within(70), "kinRestraint 0: kin suffer like outsiders");
    }

    [Test]
    public void ResentmentBuildsTowardItsBalanceAndBelongsToTheHolder()
    {
        World world = HeldBy(0.2, "farmers", "herders");
        Run(world, new PredationSpec { Lethality = 0 }, 120);

        // Balance: gain × I / (gain × I + decay): 0.08 / 0.13 = 0.615 among farmers, 0.016 / 0.066 = 0.24 among herders.
        Assert.That(MeanResentment(world, "farmers"), Is.EqualTo(0.615).Within(0.01));
        Assert.That(MeanResentment(world, "herders"), Is.EqualTo(0.242).Within(0.01));
        Assert.That(Dead(world, "farmers"), Is.Zero);

        int village = Villages(world, "farmers").First();
        world.Places.Owner[village] = Owners.State;
        Assert.That(world.Places.HolderResentment(village), Is.Zero, "a new holder does not inherit it");
        Run(world, new PredationSpec(), 1);
        Assert.That(world.Places.Resentment[village], Is.Zero, "and the state is not resented by this rule");
    }

    [Test]
    public void HarshRuleMakesDisciplinedJihadistsResentedWhereTheirIslamismIsNotShared()
    {
        // Cohesion 1: no opportunism. Islamism 0.9 against the farmers' (the default, 0.1):
        // intensity 0.5 × 0.8 = 0.4, balance 0.04 / 0.09.
        World lenient = HeldBy(1, "farmers");
        Run(lenient, new PredationSpec { Lethality = 0 }, 120);
        World harsh = HeldBy(1, "farmers");
        Assert.That(harsh.Communities.Islamism[Community(harsh, "farmers")], Is.EqualTo(0.1));
        Run(harsh, new PredationSpec { Lethality = 0, HarshRule = 0.5 }, 120);

        Assert.That(MeanResentment(lenient, "farmers"), Is.Zero);
        Assert.That(MeanResentment(harsh, "farmers"), Is.EqualTo(0.04 / 0.09).Within(0.005));
    }

    [Test]
    public void TownsUseThePopulationWeightedKinOfTheRegion()
    {
        World world = new TinyWorld().WithJihadists().Build();
        world.Groups.Cohesion[0] = 0;
        int centre = Region(world, "centre");
        int capital = world.Regions.CapitalPlace[centre];
        world.Places.Owner[capital] = 0;
        Run(world, new PredationSpec { Lethality = 0, ResentmentDecay = 0, ResentmentGain = 1 }, 1);

        // Half the centre's people are herders (kin 0.8), half farmers (0): mean kin 0.4, intensity 0.6.
        Assert.That(world.Places.Resentment[capital], Is.EqualTo(0.6).Within(1e-9));
    }

    [Test]
    public void ResentmentLetsARivalTakeAPlaceItCouldNotTakeOtherwise()
    {
        int resented = 0, accepted = 0;
        for (ulong seed = 1; seed <= 20; seed++)
        {
            resented += RivalTakesCapital(resentment: 0.8, seed) ? 1 : 0;
            accepted += RivalTakesCapital(resentment: 0, seed) ? 1 : 0;
        }

        // Equal strengths: ratio 1, never enough. Resentment 0.8 at weight 1: ratio 1.8, 6% a month
        // at flipRate 0.1, 77% within two years.
        Assert.That(accepted, Is.Zero);
        Assert.That(resented, Is.GreaterThanOrEqualTo(11));
    }

    private static bool RivalTakesCapital(double resentment, ulong seed)
    {
        var tiny = new TinyWorld().WithSeparatists(1_000).WithGroup("rivals", new ArmedGroupSpec
        {
            Kind = GroupKind.Separatist,
            Leader = "chief-b",
            Fighters = 1_000,
            Cohesion = 0.7,
            Arms = 0.5,
            Presence = new Dictionary<string, double> { ["north"] = 1 },
        });
        tiny.Groups["rebels"] = tiny.Groups["rebels"] with { Cohesion = 0.7, Arms = 0.5 };
        World world = tiny.Build();
        world.Relations.SetHostile(0, 1, true);
        world.State.Force.AsSpan().Clear();
        int capital = world.Regions.CapitalPlace[Region(world, "north")];
        world.Places.Owner[capital] = 0;
        world.Places.ResentedOwner[capital] = 0;
        world.Places.Resentment[capital] = resentment;
        var rule = new TerritoryRule(new TerritorySpec { ResentmentWeight = 1 }, world);
        for (int m = 0; m < 24; m++)
        {
            ApplyOnce(rule, world, seed * 100 + (ulong)m);
            world.Tick++;
        }

        return world.Places.Owner[capital] == 1;
    }

    [Test]
    public void DisabledRuleHasNoEffect()
    {
        var tiny = new TinyWorld().WithJihadists();
        var off = tiny.Simulate(1, new PredationSpec { Enabled = false, Lethality = 1 }, new TerritorySpec());
        off.RunToEnd();
        var on = tiny.Simulate(1, new PredationSpec { Lethality = 1 }, new TerritorySpec());
        on.RunToEnd();
        Assert.That(off.World.Places.Resentment, Is.All.Zero);
        Assert.That(off.World.Places.Dead, Is.All.Zero);
        Assert.That(on.World.Places.Dead.Sum(), Is.GreaterThan(0), "the jihadists take farmers' villages and prey on them");
    }

    [Test]
    public void ApplyAllocatesNothing()
    {
        World world = HeldBy(0.2, "farmers", "herders");
        Assert.That(BytesAllocatedByApply(new PredationRule(new PredationSpec(), world), world), Is.Zero);
    }
}
