using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Movement;

/// <summary>
/// Armed groups move between neighbouring regions (digest 3.5 FF2: pushed out of the cities,
/// jihadists go rural and elsewhere; 3.3 RC14: they take over vulnerable areas, exploiting
/// distrust of the state; 3.4 ST8: areas the state gives up are left to them; 7.2.5: violence
/// moves from north to centre). Each month, from every region where it has fighters, a group sends
/// a share of them toward each neighbour that is better: <c>max(0, pressureWeight × (danger here −
/// danger there) + appealWeight × (score there − score here))</c>; the fighters leaving are
/// <c>moveRate × min(1, sum of those gains)</c> of those there, split by gain, where a region's
/// score is its appeal × (1 − danger) (see <see cref="RegionAppeal"/>).
/// Self-defence militias stay near home (<c>selfDefenceMobility</c>). Deterministic: no draws.
/// Reads the start-of-rule presence and writes the new presence at the end, group by group.
/// </summary>
public sealed class MovementRule : IRule
{
    public const string RuleName = "movement";

    private readonly MovementSpec _spec;
    private readonly double[] _score;
    private readonly double[] _danger;
    private readonly double[] _fighters;
    private readonly int[] _regionStart;
    private readonly int[] _regionCommunities;
    private readonly int[] _enemies;

    /// <summary>Each active group's strength by region, <c>[group × regions + region]</c>, kept current as groups move.</summary>
    private readonly double[] _strength;

    public MovementRule(MovementSpec spec, World world)
    {
        _spec = spec;
        int regions = world.Regions.Count;
        _score = new double[regions];
        _danger = new double[regions];
        _fighters = new double[regions];
        (_regionStart, _regionCommunities) = world.Communities.ByRegion(regions);
        _enemies = new int[world.Groups.Capacity];
        _strength = new double[world.Groups.Capacity * regions];
    }

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        GroupTable g = world.Groups;
        RegionTable regions = world.Regions;
        for (int group = 0; group < g.Count; group++)
        {
            if (g.Active[group])
            {
                FillStrengths(world, group);
            }
        }

        for (int group = 0; group < g.Count; group++)
        {
            if (!g.Active[group] || g.Fighters[group] < _spec.MinFighters)
            {
                continue;
            }

            double mobility = g.Kind[group] == GroupKind.SelfDefence ? _spec.SelfDefenceMobility : 1;
            ReadOnlySpan<int> enemies = _enemies.AsSpan(0, ActiveEnemies(world, group));
            for (int r = 0; r < regions.Count; r++)
            {
                ReadOnlySpan<int> communities = _regionCommunities.AsSpan(_regionStart[r], _regionStart[r + 1] - _regionStart[r]);
                _danger[r] = RegionAppeal.Danger(world, group, r, _spec, enemies, _strength);
                _score[r] = RegionAppeal.Appeal(world, group, communities, _spec) * (1 - _danger[r]);
                _fighters[r] = g.FightersIn(group, r);
            }

            bool moved = false;
            for (int r = 0; r < regions.Count; r++)
            {
                double here = g.FightersIn(group, r);
                if (here <= 0)
                {
                    continue;
                }

                int[] neighbours = regions.Neighbours[r];
                double total = 0;
                foreach (int n in neighbours)
                {
                    total += Flow(r, n);
                }

                double leaving = Math.Min(_spec.MoveRate * mobility, _spec.MoveRate * mobility * total) * here;
                if (!(leaving > 0) || total <= 0)
                {
                    continue;
                }

                foreach (int n in neighbours)
                {
                    double share = Flow(r, n) / total;
                    _fighters[n] += leaving * share;
                }

                _fighters[r] -= leaving;
                moved = true;
            }

            if (moved)
            {
                double sum = 0;
                for (int r = 0; r < regions.Count; r++)
                {
                    sum += Math.Max(0, _fighters[r]);
                }

                for (int r = 0; r < regions.Count; r++)
                {
                    g.PresenceIn(group, r) = sum > 0 ? Math.Max(0, _fighters[r]) / sum : 0;
                }

                FillStrengths(world, group);
            }
        }
    }

    /// <summary>
    /// Sets a group's row of <c>_strength</c>, its <see cref="Strength.OfGroup"/> in each region: at
    /// the start for every active group, and again whenever this rule moves it, so each danger
    /// reads what it would compute from the world at that moment.
    /// </summary>
    private void FillStrengths(World world, int group)
    {
        int regions = world.Regions.Count;
        for (int r = 0; r < regions; r++)
        {
            _strength[(group * regions) + r] = Strength.OfGroup(world, group, r);
        }
    }

    /// <summary>Lists the active groups hostile to <paramref name="group"/>, in index order (hostility does not change during the rule).</summary>
    private int ActiveEnemies(World world, int group)
    {
        GroupTable g = world.Groups;
        int count = 0;
        for (int other = 0; other < g.Count; other++)
        {
            if (other != group && g.Active[other] && world.Relations.AreHostile(group, other))
            {
                _enemies[count++] = other;
            }
        }

        return count;
    }

    /// <summary>How much better a neighbour is than here: safer (less danger) and more appealing.</summary>
    private double Flow(int here, int there) =>
        Math.Max(0, (_spec.PressureWeight * (_danger[here] - _danger[there])) + (_spec.AppealWeight * (_score[there] - _score[here])));
}
