using StalemateSim.Core.Model;

namespace StalemateSim.Core.Tests.Support;

/// <summary>Checks run after every tick in tests: nothing negative, nothing NaN, people accounted for.</summary>
internal static class Invariants
{
    public static void Check(World world)
    {
        string at = $"tick {world.Tick}";
        PlaceTable p = world.Places;
        for (int i = 0; i < p.Count; i++)
        {
            Assert.That(p.Residents[i], Is.GreaterThanOrEqualTo(-1e-9).And.Not.NaN, $"{at}: residents of place {i}");
            Assert.That(p.Idps[i], Is.GreaterThanOrEqualTo(-1e-9).And.Not.NaN, $"{at}: IDPs of place {i}");
            Assert.That(p.Refugees[i], Is.GreaterThanOrEqualTo(-1e-9).And.Not.NaN, $"{at}: refugees of place {i}");
            Assert.That(p.Dead[i], Is.GreaterThanOrEqualTo(-1e-9).And.Not.NaN, $"{at}: dead of place {i}");
            double accounted = p.Residents[i] + p.Idps[i] + p.Refugees[i] + p.Dead[i];
            Assert.That(accounted, Is.EqualTo(p.Initial[i]).Within(1e-6 * Math.Max(1, p.Initial[i])), $"{at}: population of place {i} not accounted for");
        }

        GroupTable g = world.Groups;
        for (int i = 0; i < g.Count; i++)
        {
            Assert.That(g.Fighters[i], Is.GreaterThanOrEqualTo(0).And.Not.NaN, $"{at}: fighters of group {i}");
            Assert.That(g.Money[i], Is.GreaterThanOrEqualTo(0).And.Not.NaN, $"{at}: money of group {i}");
            Assert.That(g.Cohesion[i], Is.InRange(0.0, 1.0), $"{at}: cohesion of group {i}");
            Assert.That(g.Arms[i], Is.InRange(0.0, 1.0), $"{at}: arms of group {i}");
            if (g.Active[i] && g.Fighters[i] > 0)
            {
                double presence = 0;
                for (int r = 0; r < g.RegionCount; r++)
                {
                    Assert.That(g.PresenceIn(i, r), Is.InRange(0.0, 1.0 + 1e-9), $"{at}: presence of group {i} in region {r}");
                    presence += g.PresenceIn(i, r);
                }

                Assert.That(presence, Is.EqualTo(1).Within(1e-6), $"{at}: presence of group {i} does not sum to 1");
            }
        }

        CommunityTable c = world.Communities;
        for (int i = 0; i < c.Count; i++)
        {
            Assert.That(c.Grievance[i], Is.InRange(0.0, 1.0), $"{at}: grievance of community {i}");
            Assert.That(c.Fear[i], Is.InRange(0.0, 1.0), $"{at}: fear of community {i}");
            Assert.That(c.Trust[i], Is.InRange(0.0, 1.0), $"{at}: trust of community {i}");
            Assert.That(c.Hardship[i], Is.InRange(0.0, 1.0), $"{at}: hardship of community {i}");
        }

        StateAgent s = world.State;
        Assert.That(s.Army, Is.GreaterThanOrEqualTo(0).And.Not.NaN, $"{at}: army");
        Assert.That(s.Budget, Is.GreaterThanOrEqualTo(0).And.Not.NaN, $"{at}: budget");
        Assert.That(s.ArmyCohesion, Is.InRange(0.0, 1.0), $"{at}: army cohesion");
        for (int r = 0; r < world.Regions.Count; r++)
        {
            Assert.That(s.Force[r], Is.GreaterThanOrEqualTo(0).And.Not.NaN, $"{at}: state force in region {r}");
            Assert.That(world.Regions.Reach[r], Is.InRange(0.0, 1.0), $"{at}: reach of region {r}");
        }

        for (int f = 0; f < world.Foreign.Count; f++)
        {
            Assert.That(world.Foreign.Troops[f], Is.GreaterThanOrEqualTo(0).And.Not.NaN, $"{at}: troops of force {f}");
        }
    }
}
