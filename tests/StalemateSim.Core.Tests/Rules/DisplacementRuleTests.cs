using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Rules.Displacement;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Rules.Militias;
using StalemateSim.Core.Rules.Recruitment;
using StalemateSim.Core.Rules.Upkeep;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;
using static StalemateSim.Core.Tests.Rules.PeopleTestKit;

namespace StalemateSim.Core.Tests.Rules;

public class DisplacementRuleTests
{
    private static double Sum(double[] values, IEnumerable<int> places) => places.Sum(p => values[p]);

    [Test]
    public void ViolenceDisplacesPeopleAndSomeCrossTheBorder()
    {
        World world = new TinyWorld().Build();
        var herders = Villages(world, "herders").ToList();
        var farmers = Villages(world, "farmers").ToList();
        foreach (int v in herders)
        {
            world.Places.Violence[v] = 4;
        }

        double before = Sum(world.Places.Residents, herders);
        ApplyOnce(new DisplacementRule(new DisplacementSpec(), world), world);

        double fled = 1 - Math.Exp(-0.15 * 4);
        Assert.That(Sum(world.Places.Residents, herders), Is.EqualTo(before * (1 - fled)).Within(1e-6), "45% flee four civilian deaths per thousand");
        Assert.That(Sum(world.Places.Refugees, herders), Is.EqualTo(before * fled * 0.4).Within(1e-6), "40% of them abroad");
        Assert.That(Sum(world.Places.Idps, herders), Is.EqualTo(before * fled * 0.6).Within(1e-6));
        Assert.That(Sum(world.Places.Idps, farmers) + Sum(world.Places.Refugees, farmers), Is.Zero, "calm villages stay");
    }

    [Test]
    public void FightingInTheRegionDisplacesPeopleWhereNoOneDied()
    {
        double Fled(double combatFlight)
        {
            World world = new TinyWorld().Build();
            int centre = Region(world, "centre");
            double residents = Enumerable.Range(0, world.Places.Count).Where(p => world.Places.Region[p] == centre).Sum(p => world.Places.Residents[p]);
            world.Ledger.DeathsByRegion[centre] = residents / 1000; // one death per thousand residents this month
            var farmers = Villages(world, "farmers").ToList();
            double before = Sum(world.Places.Residents, farmers);
            ApplyOnce(new DisplacementRule(new DisplacementSpec { CombatFlight = combatFlight, FearFlight = 0 }, world), world);
            return 1 - (Sum(world.Places.Residents, farmers) / before);
        }

        Assert.That(Fled(0), Is.Zero, "off by default: only deaths at the place count");
        Assert.That(Fled(0.5), Is.EqualTo(1 - Math.Exp(-0.5)).Within(1e-9), "hazard 0.5 × 1 per thousand");
        Assert.That(Fled(1), Is.EqualTo(1 - Math.Exp(-1)).Within(1e-9));
    }

    [Test]
    public void FightingInTheRegionHoldsReturnsBackWhereNoOneDied()
    {
        // 100 IDPs in each farmers' village; two deaths per thousand residents in the centre this month.
        double Returned(double damping, double deathsPerThousand = 2)
        {
            World world = new TinyWorld().Build();
            int centre = Region(world, "centre");
            double residents = Enumerable.Range(0, world.Places.Count).Where(p => world.Places.Region[p] == centre).Sum(p => world.Places.Residents[p]);
            var farmers = Villages(world, "farmers").ToList();
            foreach (int v in farmers)
            {
                world.Places.Idps[v] = 100;
                world.Places.Residents[v] -= 100;
            }

            world.Ledger.DeathsByRegion[centre] = deathsPerThousand * (residents - (100 * farmers.Count)) / 1000;
            ApplyOnce(new DisplacementRule(new DisplacementSpec { RegionReturnDamping = damping, FearFlight = 0, DroughtFlight = 0 }, world), world);
            return (100 * farmers.Count) - Sum(world.Places.Idps, farmers);
        }

        double calm = Returned(0);
        Assert.That(calm, Is.GreaterThan(0), "off by default: IDPs come back at idpReturn");
        Assert.That(Returned(0.5) / calm, Is.EqualTo(Math.Exp(-0.5 * 2)).Within(1e-9), "returns × exp(−0.5 × 2)");
        Assert.That(Returned(0.5, deathsPerThousand: 0) / calm, Is.EqualTo(1).Within(1e-12), "no fighting, no damping");
    }

    [Test]
    public void ReturnBlockHoldsPeopleAwayForAsLongAsOutsidersRule()
    {
        double Returned(double block, string community)
        {
            World world = new TinyWorld().WithJihadists().Build(); // kin 0.8 with herders, 0 with farmers
            world.Tick = 120;
            var villages = Villages(world, community).ToList();
            foreach (int v in villages)
            {
                world.Places.Owner[v] = 0;
                world.Places.OwnerSince[v] = 0; // ten years of rule: the fading term is gone
                world.Places.Idps[v] = 100;
                world.Places.Residents[v] -= 100;
            }

            ApplyOnce(new DisplacementRule(new DisplacementSpec { OccupationFlight = 0.05, OccupationReturnBlock = block, FearFlight = 0 }, world), world);
            return (100 * villages.Count) - Sum(world.Places.Idps, villages);
        }

        // 7% of 1,000 IDPs a month come back, × (1 − block × (1 − kin)); the fading term is e^-20.
        Assert.That(Returned(0, "farmers"), Is.EqualTo(70).Within(0.01));
        Assert.That(Returned(1, "farmers"), Is.EqualTo(0).Within(0.01), "no kin: nobody returns");
        Assert.That(Returned(1, "herders"), Is.EqualTo(70 * 0.8).Within(0.01), "kin 0.8: returns × 0.8");
        Assert.That(Returned(0.5, "farmers"), Is.EqualTo(35).Within(0.01));
    }

    [Test]
    public void RuleByAnOutsideGroupDrivesPeopleOutAndReturnsWaitUntilItIsGone()
    {
        World world = new TinyWorld().WithJihadists().Build();
        int jihadists = 0;
        var herders = Villages(world, "herders").ToList();   // kin 0.8 to the jihadists
        var farmers = Villages(world, "farmers").ToList();   // no kin
        foreach (int v in herders.Concat(farmers))
        {
            world.Places.Owner[v] = jihadists;
            world.Places.Idps[v] = 100;
            world.Places.Residents[v] -= 100;
        }

        double herdersBefore = Sum(world.Places.Residents, herders);
        double farmersBefore = Sum(world.Places.Residents, farmers);
        var rule = new DisplacementRule(new DisplacementSpec { OccupationFlight = 0.05 }, world);
        ApplyOnce(rule, world); // tick 0: the takeover is fresh (held since tick 0)

        double farmersFled = 1 - Math.Exp(-0.05);
        double herdersFled = 1 - Math.Exp(-0.05 * 0.2);
        Assert.That(Sum(world.Places.Residents, farmers), Is.EqualTo(farmersBefore * (1 - farmersFled)).Within(1e-6), "no kin: full hazard, no returns");
        Assert.That(Sum(world.Places.Residents, herders), Is.EqualTo((herdersBefore * (1 - herdersFled)) + (herders.Count * 100 * 0.07 * 0.8)).Within(1e-6), "kin 0.8: a fifth of the hazard, returns damped by a fifth");

        foreach (int v in farmers)
        {
            world.Places.Owner[v] = Owners.State;
        }

        double idps = Sum(world.Places.Idps, farmers);
        ApplyOnce(new DisplacementRule(new DisplacementSpec { OccupationFlight = 0.05 }, world), world);
        Assert.That(Sum(world.Places.Idps, farmers), Is.LessThan(idps), "once the group is gone, people come back");
        Assert.That(Sum(world.Places.Residents, farmers), Is.GreaterThan(farmersBefore * (1 - farmersFled)));

        // The flight a takeover sets off fades with the months it has lasted.
        World later = new TinyWorld().WithJihadists().Build();
        foreach (int v in Villages(later, "farmers"))
        {
            later.Places.Owner[v] = jihadists;
        }

        later.Tick = 12;
        double laterBefore = Sum(later.Places.Residents, Villages(later, "farmers"));
        ApplyOnce(new DisplacementRule(new DisplacementSpec { OccupationFlight = 0.05 }, later), later);
        double laterFled = 1 - (Sum(later.Places.Residents, Villages(later, "farmers")) / laterBefore);
        Assert.That(laterFled, Is.EqualTo(1 - Math.Exp(-0.05 * Math.Exp(-2))).Within(1e-9), "after a year, e^-2 of the first month's hazard");
    }

    [Test]
    public void AnOccupiedTownEmptiesFasterByTheTownFactor()
    {
        // The jihadists take the centre's capital and the farmers' villages (no kin) at tick 0.
        double TownFled(double factor, out double villageFled)
        {
            World world = new TinyWorld().WithJihadists().Build();
            int capital = world.Regions.CapitalPlace[Region(world, "centre")];
            var farmers = Villages(world, "farmers").ToList();
            foreach (int p in farmers.Append(capital))
            {
                world.Places.Owner[p] = 0;
            }

            double villagesBefore = Sum(world.Places.Residents, farmers);
            double townBefore = world.Places.Residents[capital];
            ApplyOnce(new DisplacementRule(new DisplacementSpec { OccupationFlight = 0.05, FearFlight = 0, DroughtFlight = 0, TownOccupationFactor = factor }, world), world);
            villageFled = 1 - (Sum(world.Places.Residents, farmers) / villagesBefore);
            return 1 - (world.Places.Residents[capital] / townBefore);
        }

        double alike = TownFled(1, out double villagesAlike);
        double harsher = TownFled(4, out double villagesHarsher);
        Assert.That(alike, Is.EqualTo(1 - Math.Exp(-0.05)).Within(1e-9), "factor 1: a town like a village");
        Assert.That(villagesAlike, Is.EqualTo(alike).Within(1e-9));
        Assert.That(harsher, Is.EqualTo(1 - Math.Exp(-0.2)).Within(1e-9), "factor 4: four times the hazard");
        Assert.That(villagesHarsher, Is.EqualTo(villagesAlike).Within(1e-12), "villages are not affected");
    }

    [Test]
    public void IdpsReturnWhenViolenceStopsAndRefugeesMoreSlowly()
    {
        var tiny = new TinyWorld { Months = 30 };
        Simulation sim = tiny.Simulate(1, new DisplacementSpec());
        World world = sim.World;
        foreach (int v in Villages(world, "herders"))
        {
            world.Places.Violence[v] = 5;
        }

        var idps = new List<double>();
        var refugees = new List<double>();
        var residents = new List<double>();
        while (!sim.Finished)
        {
            sim.Step();
            idps.Add(world.Places.Idps.Sum());
            refugees.Add(world.Places.Refugees.Sum());
            residents.Add(world.Places.Residents.Sum());
        }

        // One burst of violence, remembered for a few months: displacement peaks, then people go home.
        int idpPeak = idps.IndexOf(idps.Max());
        int refugeePeak = refugees.IndexOf(refugees.Max());
        Assert.That(idps.Max(), Is.GreaterThan(10_000));
        Assert.That(idpPeak, Is.LessThan(12), "IDPs peak while violence is recent");
        double idpsLeft = idps[idpPeak + 12] / idps[idpPeak];
        double refugeesLeft = refugees[refugeePeak + 12] / refugees[refugeePeak];
        Assert.That(idpsLeft, Is.InRange(0.3, 0.6), "about 7% of IDPs go home a month once violence fades (7.2.11)");
        Assert.That(refugeesLeft, Is.InRange(0.7, 0.9), "refugees return at 2% a month");
        Assert.That(residents[^1], Is.GreaterThan(residents[idpPeak]));
    }

    [Test]
    public void RecentViolenceHoldsReturnsBack()
    {
        double Returned(double violence)
        {
            World world = new TinyWorld().Build();
            int v = world.Communities.FirstVillage[Community(world, "farmers")];
            world.Places.Residents[v] -= 1_000;
            world.Places.Idps[v] += 1_000;
            world.Places.Violence[v] = violence;
            double residents = world.Places.Residents[v];
            ApplyOnce(new DisplacementRule(new DisplacementSpec { ViolenceFlight = 0 }, world), world);
            return world.Places.Residents[v] - residents;
        }

        Assert.That(Returned(0), Is.EqualTo(70).Within(1e-9));
        Assert.That(Returned(2), Is.EqualTo(70 * Math.Exp(-2)).Within(1e-9), "two recent deaths per thousand cut returns by e^-2 (HU4)");
    }

    [Test]
    public void ViolenceFadesAtItsMemory()
    {
        World world = new TinyWorld().Build();
        world.Places.Violence[0] = 10;
        var rule = new DisplacementRule(new DisplacementSpec(), world);
        ApplyOnce(rule, world);
        ApplyOnce(rule, world);
        Assert.That(world.Places.Violence[0], Is.EqualTo(10 * 0.7 * 0.7).Within(1e-9));
    }

    [Test]
    public void TheRefugeeShareDependsOnTheZone()
    {
        World world = new TinyWorld().Build();
        Array.Fill(world.Places.Violence, 3);
        var spec = new DisplacementSpec { RefugeeShare = new Dictionary<string, double> { ["north"] = 0.9 }, DefaultRefugeeShare = 0.1 };
        ApplyOnce(new DisplacementRule(spec, world), world);
        double AbroadShare(string region)
        {
            int r = Region(world, region);
            var places = Enumerable.Range(0, world.Places.Count).Where(p => world.Places.Region[p] == r).ToList();
            return Sum(world.Places.Refugees, places) / (Sum(world.Places.Refugees, places) + Sum(world.Places.Idps, places));
        }

        Assert.That(AbroadShare("north"), Is.EqualTo(0.9).Within(1e-9));
        Assert.That(AbroadShare("centre"), Is.EqualTo(0.1).Within(1e-9), "zones not listed use the default");
    }

    [Test]
    public void AZoneTheScenarioLacksIsIgnoredButAShareOutsideZeroToOneIsRejected()
    {
        // Validation accepts any zone name here, so one refugee-share table can serve several
        // scenarios (an overlay shared by the national and the central scenario, say).
        World world = new TinyWorld().Build();
        Assert.That(
            () => new DisplacementRule(new DisplacementSpec { RefugeeShare = new Dictionary<string, double> { ["south"] = 0.5 } }, world),
            Throws.Nothing);
        Assert.That(
            () => new DisplacementRule(new DisplacementSpec { RefugeeShare = new Dictionary<string, double> { ["north"] = 1.5 } }, world),
            Throws.ArgumentException.With.Message.Contains("1.5"));
    }

    [Test]
    public void FearAndDroughtDisplaceVillagersButNotTownspeople()
    {
        World world = new TinyWorld().Build();
        int centre = Region(world, "centre");
        world.Communities.Fear[Community(world, "herders")] = 0.8;
        world.Regions.Drought[centre] = 0.5;
        var herders = Villages(world, "herders").ToList();
        var farmers = Villages(world, "farmers").ToList();
        double herdersBefore = Sum(world.Places.Residents, herders);
        double farmersBefore = Sum(world.Places.Residents, farmers);
        ApplyOnce(new DisplacementRule(new DisplacementSpec(), world), world);

        Assert.That(Sum(world.Places.Residents, herders), Is.EqualTo(herdersBefore * Math.Exp(-((0.05 * 0.5) + (0.02 * 0.5)))).Within(1e-6), "fear 0.5 above the threshold and drought 0.5");
        Assert.That(Sum(world.Places.Residents, farmers), Is.EqualTo(farmersBefore * Math.Exp(-0.02 * 0.5)).Within(1e-6), "drought alone: farmers' fear 0.1 is below the threshold");
        int capital = world.Regions.CapitalPlace[centre];
        Assert.That(world.Places.Residents[capital], Is.EqualTo(world.Places.Initial[capital]), "towns do not empty for drought");
    }

    [Test]
    public void DisabledRuleDisplacesNoOne()
    {
        double DisplacedAfterAYear(bool enabled)
        {
            Simulation sim = new TinyWorld().Simulate(1, new DisplacementSpec { Enabled = enabled });
            Array.Fill(sim.World.Places.Violence, 5);
            for (int t = 0; t < 12; t++)
            {
                sim.Step();
            }

            return sim.World.Places.Idps.Sum() + sim.World.Places.Refugees.Sum();
        }

        Assert.That(DisplacedAfterAYear(enabled: false), Is.Zero);
        Assert.That(DisplacedAfterAYear(enabled: true), Is.GreaterThan(10_000));
    }

    [Test]
    public void ApplyAllocatesNothing()
    {
        World world = new TinyWorld().Build();
        Array.Fill(world.Places.Violence, 1);
        Assert.That(BytesAllocatedByApply(new DisplacementRule(new DisplacementSpec(), world), world), Is.Zero);
    }

    /// <summary>All four people rules together with events, a drought and test-only turmoil, for three years.</summary>
    [Test]
    public void InvariantsHoldOverThreeYearsWithThePeopleRulesTogether()
    {
        var tiny = new TinyWorld { Months = 36 }.WithJihadists().WithSeparatists();
        tiny.Communities["farmers"] = tiny.Communities["farmers"] with { Fear = 0.6 };
        tiny.Events["dry"] = new EventSpec { At = "2012-06", Type = EventType.Drought, Regions = ["centre"], Severity = 0.8, Months = 8 };
        World world = tiny.Build(11);
        var sim = new Simulation(
            world,
            [
                new EventsRule(new EventsSpec()), new TurmoilRule(1_500, 0.8), new UpkeepRule(new UpkeepSpec(), world),
                new RecruitmentRule(new RecruitmentSpec(), world), new MilitiasRule(new MilitiasSpec()), new DisplacementRule(new DisplacementSpec(), world),
            ],
            11)
        {
            AfterTick = Invariants.Check,
        };
        sim.RunToEnd();
        Assert.That(world.Places.Idps.Sum() + world.Places.Refugees.Sum(), Is.GreaterThan(0), "the run displaced people");
    }
}
