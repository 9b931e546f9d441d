using StalemateSim.Core.Model;
using StalemateSim.Core.Rules.Movement;
using StalemateSim.Core.Scenarios.Spec;
using StalemateSim.Core.Tests.Support;
using static StalemateSim.Core.Tests.Rules.PeopleTestKit;

namespace StalemateSim.Core.Tests.Rules;

public class MovementRuleTests
{
    // TinyWorld: the rebels (separatists, 1,000 fighters, arms 0.5, cohesion 0.7: strength 850) sit
    // in the north among the nomads (kin 1; separatism 0.6, grievance 0.5, trust 0.5); the centre's
    // herders and farmers are no kin of theirs and have no separatism.

    private static double InCentre(World world, int group) => world.Groups.FightersIn(group, Region(world, "centre"));

    private static World Rebels(double soldiersNorth = 0, double foreignNorth = 0)
    {
        World world = new TinyWorld().WithSeparatists().Build();
        world.State.Force[Region(world, "north")] = soldiersNorth;
        world.Foreign.TroopsIn[Region(world, "north")] = foreignNorth;
        return world;
    }

    [Test]
    public void PressurePushesAHostileGroupTowardASaferNeighbour()
    {
        World pressed = Rebels(soldiersNorth: 40_000);
        ApplyOnce(new MovementRule(new MovementSpec(), pressed), pressed);
        World calm = Rebels();
        ApplyOnce(new MovementRule(new MovementSpec(), calm), calm);

        // Danger in the north: 31,000 / (31,000 + 850 + 500) = 0.958; none in the centre. Score in
        // the north: appeal (kin 1 + 0.6 × 0.5 × 0.5 × 2 = 1.3) × 0.042 = 0.054; in the centre 0.
        // Gain 0.904, so 0.1 × 0.904 of the 1,000 fighters leave.
        Assert.That(InCentre(pressed, 0), Is.EqualTo(90.4).Within(0.5));
        Assert.That(InCentre(calm, 0), Is.Zero, "kin keep them home when nothing pushes");
        Assert.That(pressed.Groups.Fighters[0], Is.EqualTo(1_000), "moving is not dying");
    }

    [Test]
    public void ForeignDangerWeightSetsHowMuchForeignTroopsPush()
    {
        World full = Rebels(foreignNorth: 31_000);
        ApplyOnce(new MovementRule(new MovementSpec(), full), full);
        World light = Rebels(foreignNorth: 31_000);
        ApplyOnce(new MovementRule(new MovementSpec { ForeignDangerWeight = 0.1 }, light), light);
        World none = Rebels(foreignNorth: 31_000);
        ApplyOnce(new MovementRule(new MovementSpec { ForeignDangerWeight = 0 }, none), none);

        // Weight 1: as the army above (gain 0.904). Weight 0.1: danger 3,100 / 4,450 = 0.697, score
        // in the north 1.3 × 0.303 = 0.394, gain 0.303. Weight 0: nothing pushes.
        Assert.That(InCentre(full, 0), Is.EqualTo(90.4).Within(0.5));
        Assert.That(InCentre(light, 0), Is.EqualTo(30.3).Within(0.5));
        Assert.That(InCentre(none, 0), Is.Zero);
    }

    [Test]
    public void KinAndGrievanceDrawAGroupTowardItsPeople()
    {
        World world = new TinyWorld().WithJihadists().Build(); // kin 0.8 with the centre's herders
        world.Groups.PresenceIn(0, Region(world, "centre")) = 0;
        world.Groups.PresenceIn(0, Region(world, "north")) = 1;
        ApplyOnce(new MovementRule(new MovementSpec(), world), world);

        // No danger anywhere. Appeal in the centre: mean over herders and farmers (equal
        // populations) of kin (0.4) plus islamism × grievance × distrust × 2 (0.1 × 0.3 × 0.5 × 2
        // and 0.1 × 0.2 × 0.5 × 2): 0.425; in the north 0.1 × 0.5 × 0.5 × 2 = 0.05. Gain 0.375.
        Assert.That(InCentre(world, 0), Is.EqualTo(800 * 0.1 * 0.375).Within(0.5));
    }

    [Test]
    public void SelfDefenceMilitiasMoveLessOrNotAtAll()
    {
        double Moved(double mobility)
        {
            World world = Rebels(soldiersNorth: 40_000);
            world.Groups.Kind[0] = GroupKind.SelfDefence;
            ApplyOnce(new MovementRule(new MovementSpec { SelfDefenceMobility = mobility }, world), world);
            return InCentre(world, 0);
        }

        // As the rebels under pressure, but a militia's appeal has no ideological fit (kin 1 only):
        // gain 0.958 − 0.042 = 0.917.
        Assert.That(Moved(1), Is.EqualTo(91.7).Within(0.5));
        Assert.That(Moved(0.1), Is.EqualTo(9.17).Within(0.05));
        Assert.That(Moved(0), Is.Zero);
    }

    [Test]
    public void DisabledRuleHasNoEffect()
    {
        var tiny = new TinyWorld().WithSeparatists();
        var off = tiny.Simulate(1, new MovementSpec { Enabled = false });
        off.World.State.Force[Region(off.World, "north")] = 40_000;
        off.RunToEnd();
        var on = tiny.Simulate(1, new MovementSpec());
        on.World.State.Force[Region(on.World, "north")] = 40_000;
        on.RunToEnd();
        Assert.That(InCentre(off.World, 0), Is.Zero);
        Assert.That(InCentre(on.World, 0), Is.GreaterThan(500), "two years under pressure");
    }

    [Test]
    public void ApplyAllocatesNothing()
    {
        World world = Rebels(soldiersNorth: 40_000);
        Assert.That(BytesAllocatedByApply(new MovementRule(new MovementSpec(), world), world), Is.Zero);
    }
}
