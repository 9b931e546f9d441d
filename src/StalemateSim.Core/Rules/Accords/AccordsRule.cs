using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Accords;

/// <summary>
/// Signing, seats, spoilers and implementation of a peace accord (digest 3.1 SP1, SP2, SP13;
/// 3.8 EA1, EA3, EA4, EA9, EA11; 3.6 EB1, EB3, EB5; 7.2.12, 7.2.17). While an accord is open:
/// <list type="number">
/// <item>When it opens, every group's standing and the implementation start afresh.</item>
/// <item>Implementation grows at implementationRate × the signatories' share of the fighters in the
/// process × (1 − implementation), minus rentDrag × elite rents (EB1, EB3, EB5) and fightingDrag ×
/// signatory fighters killed (EA3, EA4), clamped to [0,1].</item>
/// <item>Groups the accord bars (<see cref="AccordStanding"/>) are excluded and turn spoiler: hostile
/// to the state and to signatories (SP2, EA3, 7.2.17).</item>
/// <item>A signatory withdraws with probability withdrawRate × (1 − implementation) + lossWithdraw ×
/// losses share (EA4, 7.2.12), moving back toward its pre-signing stance; otherwise it is paid its seat
/// and keeps at least signatoryStance: no longer at war with the state (EA9, EA11).</item>
/// <item>An eligible non-signatory (including a group that withdrew) signs with probability
/// signRate × seat / (seat + seatScale) × pressure.</item>
/// </list>
/// Autonomy bargains (<see cref="AutonomyBargain"/>) apply whether or not an accord is open.
/// Updates the world in place; reads this tick's ledger (elite rents) and group losses.
/// </summary>
public sealed class AccordsRule(AccordsSpec spec) : IRule
{
    public const string RuleName = "accords";

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        AccordState accord = world.Accord;
        if (accord.Active)
        {
            if (world.Tick == accord.OpenedTick)
            {
                Array.Clear(world.Groups.Accord);
                accord.Implementation = 0;
            }

            Implement(world);
            Decide(world, ref random);
            SpoilSignatories(world);
        }

        AutonomyBargain.Apply(world, spec);
    }

    private void Implement(World world)
    {
        GroupTable g = world.Groups;
        double inProcess = 0;
        double signed = 0;
        double losses = 0;
        for (int group = 0; group < g.Count; group++)
        {
            if (!g.Active[group] || AccordStanding.Of(world, group) != Standing.Eligible)
            {
                continue;
            }

            bool signatory = g.Accord[group] == AccordStatus.Signatory;
            if (signatory)
            {
                losses += g.Losses[group];
            }

            if (g.Fighters[group] >= spec.MinFighters)
            {
                inProcess += g.Fighters[group];
                signed += signatory ? g.Fighters[group] : 0;
            }
        }

        AccordState accord = world.Accord;
        double share = inProcess > 0 ? signed / inProcess : 0;
        double implementation = accord.Implementation
            + (spec.ImplementationRate * share * (1 - accord.Implementation))
            - (spec.RentDrag * world.Ledger.EliteRents / 1000)
            - (spec.FightingDrag * losses / 1000);
        accord.Implementation = Math.Clamp(implementation, 0, 1);
    }

    private void Decide(World world, ref Xoshiro256StarStar random)
    {
        GroupTable g = world.Groups;
        for (int group = 0; group < g.Count; group++)
        {
            if (!g.Active[group])
            {
                continue;
            }

            switch (AccordStanding.Of(world, group))
            {
                case Standing.Barred:
                    Exclude(world, group);
                    break;
                case Standing.Eligible when g.Accord[group] == AccordStatus.Signatory:
                    KeepOrWithdraw(world, group, ref random);
                    break;
                case Standing.Eligible when g.Fighters[group] >= spec.MinFighters:
                    ConsiderSigning(world, group, ref random);
                    break;
                default:
                    break;
            }
        }
    }

    private void Exclude(World world, int group)
    {
        GroupTable g = world.Groups;
        if (g.Accord[group] == AccordStatus.Excluded)
        {
            return;
        }

        g.Accord[group] = AccordStatus.Excluded;
        g.StateStance[group] = Math.Min(g.StateStance[group], spec.SpoilerStance);
        world.Log.Add(world.Tick, LogKind.Spoiler, group);
    }

    private void KeepOrWithdraw(World world, int group, ref Xoshiro256StarStar random)
    {
        GroupTable g = world.Groups;
        double strength = g.Fighters[group] + g.Losses[group];
        double lossShare = strength > 0 ? g.Losses[group] / strength : 0;
        double p = (spec.WithdrawRate * (1 - world.Accord.Implementation)) + (spec.LossWithdraw * lossShare);
        if (random.Chance(p))
        {
            g.Accord[group] = AccordStatus.Withdrawn;
            double stance = g.StateStance[group];
            g.StateStance[group] = Math.Clamp(stance + (spec.WithdrawReversion * (g.StanceBeforeAccord[group] - stance)), -1, 1);
            world.Log.Add(world.Tick, LogKind.AccordWithdrawn, group);
            world.Counters.AccordWithdrawals++;
            return;
        }

        g.Money[group] += world.Accord.SeatValue;
        g.StateStance[group] = Math.Max(g.StateStance[group], spec.SignatoryStance);
    }

    private void ConsiderSigning(World world, int group, ref Xoshiro256StarStar random)
    {
        GroupTable g = world.Groups;
        double seat = Math.Max(world.Accord.SeatValue, 0);
        double p = spec.SignRate * (seat / (seat + spec.SeatScale)) * AccordStanding.Pressure(world, group, spec.MilitaryPressure);
        if (g.Kind[group] == GroupKind.Jihadist)
        {
            p *= Math.Clamp(world.State.TalksWithJihadists, 0, 1);
        }

        if (!random.Chance(p))
        {
            return;
        }

        if (g.Accord[group] != AccordStatus.Withdrawn)
        {
            g.StanceBeforeAccord[group] = g.StateStance[group];
        }

        g.Accord[group] = AccordStatus.Signatory;
        g.StateStance[group] = Math.Max(g.StateStance[group], spec.SignatoryStance);
        world.Log.Add(world.Tick, LogKind.AccordSigned, group);
    }

    /// <summary>Spoilers and signatories grow hostile: affinity falls, and unallied pairs fight.</summary>
    private void SpoilSignatories(World world)
    {
        GroupTable g = world.Groups;
        RelationMatrix relations = world.Relations;
        for (int x = 0; x < g.Count; x++)
        {
            if (!g.Active[x] || g.Accord[x] != AccordStatus.Excluded)
            {
                continue;
            }

            for (int y = 0; y < g.Count; y++)
            {
                if (!g.Active[y] || g.Accord[y] != AccordStatus.Signatory)
                {
                    continue;
                }

                ref double xy = ref relations.Affinity[relations.Index(x, y)];
                xy = Math.Max(-1, xy - spec.SpoilerEnmity);
                ref double yx = ref relations.Affinity[relations.Index(y, x)];
                yx = Math.Max(-1, yx - spec.SpoilerEnmity);
                if (!relations.AreAllied(x, y))
                {
                    relations.SetHostile(x, y, true);
                }
            }
        }
    }
}
