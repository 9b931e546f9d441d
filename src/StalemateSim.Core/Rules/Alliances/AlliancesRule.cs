using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Alliances;

/// <summary>
/// Affinity, alliances, hostility, umbrella blocs and jihadist mergers between armed groups.
/// Digest 3.2 AL1 (a common enemy makes a coalition), AL2 (after victories, competition for
/// territory breaks it), AL3 (kin solidarity), AL4 (blocs), AL6–AL7 (patrons; the enemy of my
/// rival), AL9 (jihadist coordination then merger), AL12 (leaders' feuds); 3.1 SP14 (jihadists
/// merge, secular groups split); 3.8 EA3 and 3.1 SP2 (excluded groups spoil: hostile to
/// signatories); 7.2.4, 7.2.23.
/// <para>
/// Each month, for every pair of active groups: affinity moves toward its target (see
/// <see cref="AffinityTarget"/>) at <c>adjust</c>; at tick 0 it starts at the target, so a run
/// opens from settled relations. An alliance forms above <c>formAt</c> and breaks below
/// <c>breakAt</c>. A pair is forced hostile (and not allied) when one group fights the state
/// (stance &lt; 0) and the other leans to it (stance &gt; 0), or when one is excluded from the accord
/// and the other signed it; otherwise a pair not allied is hostile below <c>hostileAt</c>.
/// Jihadist allies of <c>mergeAfter</c> months whose islamism differs by at most <c>mergeGap</c>
/// merge at <c>mergeRate</c> a month, the smaller into the larger (<see cref="Merger"/>); before
/// that, a jihadist group allied with a larger one loses <c>poolRate</c> of its fighters a month to
/// the largest (<see cref="Pooling"/>, AL9).
/// Non-jihadist allies form blocs (<see cref="Blocs"/>).
/// </para>
/// Updates in place, in three passes: forced hostilities first, so that third-party enemies are
/// current; then affinities for every pair (their targets read the hostility matrix as left by the
/// first pass and the previous month, never this month's affinity-based changes); then alliances
/// and hostility from the new affinities; then pooling, mergers and blocs.
/// </summary>
public sealed class AlliancesRule : IRule
{
    public const string RuleName = "alliances";

    private readonly AlliancesSpec _spec;
    private readonly int[] _active;
    private readonly AffinityTarget _targets;
    private readonly Blocs _blocs;
    private readonly Pooling _pooling;

    public AlliancesRule(AlliancesSpec spec, World world)
    {
        _spec = spec;
        int capacity = world.Groups.Capacity;
        _active = new int[capacity];
        _targets = new AffinityTarget(spec, world);
        _blocs = new Blocs(capacity);
        _pooling = new Pooling(capacity);
    }

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        int n = CollectActive(world);
        MarkForcedHostility(world, n);
        _targets.Prepare(world, _active, n);
        MoveAffinities(world, n);
        UpdateRelations(world, n);
        _pooling.Apply(world, _active, n, _spec.PoolRate);
        Merge(world, n, ref random);
        _blocs.Update(world);
    }

    /// <summary>True when the pair must fight: a state ally against a state enemy, or a spoiler against a signatory (EA3, SP2).</summary>
    public static bool ForcedHostile(World world, int a, int b)
    {
        GroupTable g = world.Groups;
        double sa = g.StateStance[a], sb = g.StateStance[b];
        if ((sa < 0 && sb > 0) || (sa > 0 && sb < 0))
        {
            return true;
        }

        AccordStatus xa = g.Accord[a], xb = g.Accord[b];
        return (xa == AccordStatus.Excluded && xb == AccordStatus.Signatory)
            || (xa == AccordStatus.Signatory && xb == AccordStatus.Excluded);
    }

    private int CollectActive(World world)
    {
        GroupTable g = world.Groups;
        int n = 0;
        for (int i = 0; i < g.Count; i++)
        {
            if (g.Active[i])
            {
                _active[n++] = i;
            }
        }

        return n;
    }

    private void MarkForcedHostility(World world, int n)
    {
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                int a = _active[i], b = _active[j];
                if (ForcedHostile(world, a, b))
                {
                    world.Relations.SetHostile(a, b, true);
                }
            }
        }
    }

    /// <summary>Targets read hostility, never affinity, so affinities can be moved in the same pass.</summary>
    private void MoveAffinities(World world, int n)
    {
        RelationMatrix rel = world.Relations;
        double adjust = world.Tick == 0 ? 1 : _spec.Adjust;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                int a = _active[i], b = _active[j];
                double old = rel.Affinity[rel.Index(a, b)];
                double target = _targets.Of(world, a, b);
                double affinity = Math.Clamp(old + (adjust * (target - old)), -1, 1);
                rel.Affinity[rel.Index(a, b)] = affinity;
                rel.Affinity[rel.Index(b, a)] = affinity;
            }
        }
    }

    private void UpdateRelations(World world, int n)
    {
        RelationMatrix rel = world.Relations;
        int tick = world.Tick;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                int a = _active[i], b = _active[j];
                double affinity = rel.Affinity[rel.Index(a, b)];
                bool forced = ForcedHostile(world, a, b);
                bool allied = rel.AreAllied(a, b);
                if (allied && (forced || affinity < _spec.BreakAt))
                {
                    rel.SetAllied(a, b, false, tick);
                    world.Log.Add(tick, LogKind.AllianceBroken, a, b);
                    allied = false;
                }
                else if (!allied && !forced && affinity > _spec.FormAt)
                {
                    rel.SetAllied(a, b, true, tick);
                    world.Log.Add(tick, LogKind.AllianceFormed, a, b);
                    allied = true;
                }

                rel.SetHostile(a, b, forced || (!allied && affinity < _spec.HostileAt));
            }
        }
    }

    /// <summary>Long-allied jihadist pairs with close ideologies merge, the smaller into the larger (SP14, AL9).</summary>
    private void Merge(World world, int n, ref Xoshiro256StarStar random)
    {
        GroupTable g = world.Groups;
        RelationMatrix rel = world.Relations;
        for (int i = 0; i < n; i++)
        {
            for (int j = i + 1; j < n; j++)
            {
                int a = _active[i], b = _active[j];
                if (!g.Active[a] || !g.Active[b]
                    || g.Kind[a] != GroupKind.Jihadist || g.Kind[b] != GroupKind.Jihadist
                    || !rel.AreAllied(a, b)
                    || world.Tick - rel.AlliedSince[rel.Index(a, b)] < _spec.MergeAfter
                    || Math.Abs(g.Islamism[a] - g.Islamism[b]) > _spec.MergeGap)
                {
                    continue;
                }

                if (random.Chance(_spec.MergeRate))
                {
                    bool aAbsorbs = g.Fighters[a] >= g.Fighters[b];
                    Merger.Merge(world, aAbsorbs ? a : b, aAbsorbs ? b : a);
                }
            }
        }
    }
}
