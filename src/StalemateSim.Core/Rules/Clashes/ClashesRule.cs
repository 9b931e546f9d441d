using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;

using StalemateSim.Core.Rules.State;

namespace StalemateSim.Core.Rules.Clashes;

/// <summary>
/// Fighting and attrition between hostile actors that meet in a region. Digest 3.7 AS1–AS2 and
/// 7.2.7 (clashes mark zones of influence rather than destroy rivals: the loser falls back, it is
/// not annihilated), 3.1 SP3 (no group can stop its rivals), 3.8 EA4 (clashes between signatories
/// hold implementation back), 3.4 ST16 (the state's losses count as defeats).
/// <para>
/// In each region, every pair of groups hostile to each other (and not allied) clashes with
/// probability <c>1 − exp(−clashRate × min strength / 1000)</c>, as does the state side with every
/// group hostile to it (stance &lt; 0) while soldiers are there, except that the state and accord
/// signatories do not fight while <c>tick &lt; Accord.CeasefireUntil</c>. Peacekeepers defend: the odds
/// of a state clash use the army's strength alone, but its outcome uses the state side's strength,
/// the army plus present foreign troops weighted by <c>foreignDefence</c>; the army bears its share
/// (army / state side) of the side's losses, and the rest is not charged here, since attacks on
/// foreign troops belong to the foreignForces rule.
/// Each side loses <c>lethality × opponent strength / combined strength × min strength × noise</c>
/// (mean-one lognormal, independent per side), capped at <c>maxLoss</c> of its fighters there.
/// Civilians die at <c>civilianHarm</c> per combatant killed, each side charged for those killed with
/// the combatants it killed (rather than all to the stronger side, so both sides' crossfire is
/// counted), spread over the region's places by residents (<see cref="CivilianVictims"/>). The side
/// with the heavier loss relative to its strength there withdraws <c>retreat</c> of its presence
/// (<see cref="Withdrawal"/>); the state does not withdraw here (its deployment is the state rule's).
/// </para>
/// <para>
/// Defeats: each clash adds <c>soldiers lost / army × 100</c> to <see cref="StateAgent.Defeats"/>
/// here, because the state rule runs earlier in the tick and cannot see these losses; the state
/// rule applies memory decay and towns lost and must not add soldiers lost from clashes again.
/// </para>
/// Updates in place: clashes are resolved region by region, pairs in index order, each seeing the
/// losses of the clashes before it.
/// </summary>
public sealed class ClashesRule : IRule
{
    public const string RuleName = "clashes";

    private readonly ClashesSpec _spec;
    private readonly int[] _present;
    private readonly CivilianVictims _civilians;

    public ClashesRule(ClashesSpec spec, World world)
    {
        _spec = spec;
        _present = new int[world.Groups.Capacity];
        _civilians = new CivilianVictims(world);
    }

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        _civilians.NewTick();
        for (int r = 0; r < world.Regions.Count; r++)
        {
            int n = CollectPresent(world, r);
            for (int i = 0; i < n; i++)
            {
                for (int j = i + 1; j < n; j++)
                {
                    int a = _present[i], b = _present[j];
                    if (world.Relations.AreHostile(a, b) && !world.Relations.AreAllied(a, b))
                    {
                        GroupsClash(world, r, a, b, ref random);
                    }
                }
            }

            for (int i = 0; i < n; i++)
            {
                int g = _present[i];
                if (FightsState(world, g))
                {
                    StateClash(world, r, g, ref random);
                }
            }
        }
    }

    /// <summary>Whether the state fights the group this tick: it is hostile to the state and not a signatory under ceasefire.</summary>
    public static bool FightsState(World world, int group) =>
        world.HostileToState(group)
        && !(world.Groups.Accord[group] == AccordStatus.Signatory && world.Tick < world.Accord.CeasefireUntil);

    private int CollectPresent(World world, int region)
    {
        GroupTable g = world.Groups;
        int n = 0;
        for (int i = 0; i < g.Count; i++)
        {
            if (g.Active[i] && g.FightersIn(i, region) >= _spec.MinPresent)
            {
                _present[n++] = i;
            }
        }

        return n;
    }

    private void GroupsClash(World world, int region, int a, int b, ref Xoshiro256StarStar random)
    {
        GroupTable g = world.Groups;
        double sa = Strength.OfGroup(world, a, region), sb = Strength.OfGroup(world, b, region);
        if (!Happens(sa, sb, ref random))
        {
            return;
        }

        double lossA = Loss(sa, sb, g.FightersIn(a, region), ref random);
        double lossB = Loss(sb, sa, g.FightersIn(b, region), ref random);
        double deadA = Casualties.KillFighters(world, a, region, lossA, Casualties.KindOf(world, b));
        double deadB = Casualties.KillFighters(world, b, region, lossB, Casualties.KindOf(world, a));
        _civilians.Kill(world, region, _spec.CivilianHarm * deadA, b, Casualties.KindOf(world, b), _spec.CivilianSamples, ref random);
        _civilians.Kill(world, region, _spec.CivilianHarm * deadB, a, Casualties.KindOf(world, a), _spec.CivilianSamples, ref random);

        // The loser is the side that lost more relative to the strength it brought.
        int loser = deadA / sa >= deadB / sb ? a : b;
        Withdrawal.Retreat(world, loser, region, _spec.Retreat, _spec.ForeignDefence);

        if (g.Accord[a] == AccordStatus.Signatory && g.Accord[b] == AccordStatus.Signatory)
        {
            world.Accord.Implementation = Math.Max(0, world.Accord.Implementation - _spec.SignatoryClashSetback);
        }
    }

    private void StateClash(World world, int region, int group, ref Xoshiro256StarStar random)
    {
        StateAgent state = world.State;
        if (state.Force[region] < _spec.MinPresent)
        {
            return;
        }

        // The army engages; peacekeepers only defend, so they weigh in the outcome, not the odds of a clash.
        double army = Strength.OfArmy(world, region);
        double side = Strength.OfStateSide(world, region, _spec.ForeignDefence);
        double sg = Strength.OfGroup(world, group, region);
        if (!Happens(army, sg, ref random))
        {
            return;
        }

        double lossGroup = Loss(sg, side, world.Groups.FightersIn(group, region), ref random);
        double lossSide = Loss(side, sg, double.MaxValue, ref random);
        double lossArmy = Math.Min(lossSide * army / side, _spec.MaxLoss * state.Force[region]);
        ActorKind kind = Casualties.KindOf(world, group);
        double soldiers = Casualties.KillSoldiers(world, region, lossArmy, kind);
        double fighters = Casualties.KillFighters(world, group, region, lossGroup, ActorKind.State);
        StateDefeats.AddSoldiersLost(world, soldiers);

        _civilians.Kill(world, region, _spec.CivilianHarm * fighters, -1, ActorKind.State, _spec.CivilianSamples, ref random);
        _civilians.Kill(world, region, _spec.CivilianHarm * soldiers, group, kind, _spec.CivilianSamples, ref random);
        if (fighters / sg >= soldiers / army)
        {
            Withdrawal.Retreat(world, group, region, _spec.Retreat, _spec.ForeignDefence);
        }
    }

    private bool Happens(double s1, double s2, ref Xoshiro256StarStar random)
    {
        double weaker = Math.Min(s1, s2);
        return weaker > 0 && random.Chance(1 - Math.Exp(-_spec.ClashRate * weaker / 1000));
    }

    /// <summary>A side's losses: lethality × the opponent's share of combined strength × the weaker strength × noise, capped.</summary>
    private double Loss(double own, double opponent, double fightersThere, ref Xoshiro256StarStar random)
    {
        double sigma = _spec.NoiseSigma;
        double noise = Math.Exp((sigma * random.NextGaussian()) - (0.5 * sigma * sigma));
        double loss = _spec.Lethality * opponent / (own + opponent) * Math.Min(own, opponent) * noise;
        return Math.Min(loss, _spec.MaxLoss * fightersThere);
    }
}
