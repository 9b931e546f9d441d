using StalemateSim.Core.Model;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Accords;

/// <summary>Where a group stands toward the open accord.</summary>
internal enum Standing : byte
{
    /// <summary>Not a party and not a spoiler: a community self-defence militia raised after an exclusive accord opened.</summary>
    Outside,

    /// <summary>Kept out: jihadists the state will not talk to, and groups formed after an exclusive accord opened.</summary>
    Barred,

    /// <summary>May sign (if large enough), or is a signatory.</summary>
    Eligible,
}

/// <summary>
/// Who the accord admits (digest 3.1 SP1, SP2; 3.8 EA3; 7.2.17). Jihadists are admitted only while
/// the state talks to them. Under an exclusive accord, groups formed after it opened are barred and
/// turn spoiler (the CJA, the CME), except community self-defence militias, which the northern
/// accord never concerned (the Dogon militias of the centre worked with the army, 2(a)-iv); under an
/// inclusive accord every group may get a seat, which is what tempts new groups to arm (SP1).
/// </summary>
internal static class AccordStanding
{
    public static Standing Of(World world, int group)
    {
        GroupTable g = world.Groups;
        AccordState accord = world.Accord;
        if (g.Kind[group] == GroupKind.Jihadist && !(world.State.TalksWithJihadists > 0))
        {
            return Standing.Barred;
        }

        if (g.FormedTick[group] > accord.OpenedTick && !accord.Inclusive)
        {
            return g.Origin[group] == GroupOrigin.Militia ? Standing.Outside : Standing.Barred;
        }

        return Standing.Eligible;
    }

    /// <summary>
    /// Pressure to sign in [0,1]: the state's willingness to talk, raised by the state side's share of
    /// strength where the group's fighters are (a group facing a strong state has more to gain from a deal).
    /// </summary>
    public static double Pressure(World world, int group, double militaryWeight)
    {
        GroupTable g = world.Groups;
        double stateShare = 0;
        for (int r = 0; r < g.RegionCount; r++)
        {
            double presence = g.PresenceIn(group, r);
            if (presence <= 0)
            {
                continue;
            }

            double own = Strength.OfGroup(world, group, r);
            double state = Strength.OfStateSide(world, r, 1);
            stateShare += presence * (state + own > 0 ? state / (state + own) : 0);
        }

        double talk = Math.Clamp(world.State.TalkStance, 0, 1);
        return talk * (1 - militaryWeight + (militaryWeight * Math.Clamp(stateShare, 0, 1)));
    }
}
