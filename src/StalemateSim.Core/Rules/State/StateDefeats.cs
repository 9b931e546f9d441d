using StalemateSim.Core.Model;

namespace StalemateSim.Core.Rules.State;

/// <summary>
/// How defeats accumulate in <see cref="StateAgent.Defeats"/> (digest 3.4 ST16, 7.2.21):
/// <c>defeats = defeats × defeatMemory + soldiers lost / army × 100 + towns lost × townDefeat</c>.
/// The terms are added by the rules that see them happen, after the state rule has run in the
/// tick: the clash rule (or any rule that kills soldiers) calls <see cref="AddSoldiersLost"/>,
/// the territory rule calls <see cref="AddTownLost"/>. The state rule reads the total at the start
/// of the next tick (one month's lag), decides on a coup, then applies the memory decay.
/// </summary>
public static class StateDefeats
{
    /// <summary>Defeats added per soldier lost, in hundredths of the army the state had.</summary>
    public const double PerHundredSoldiers = 100;

    /// <summary>
    /// Adds <paramref name="soldiersLost"/> (as returned by <see cref="Casualties.KillSoldiers"/>,
    /// which has already removed them from the army) as a share of the army before the loss, × 100.
    /// </summary>
    public static void AddSoldiersLost(World world, double soldiersLost)
    {
        if (!(soldiersLost > 0))
        {
            return;
        }

        double armyBefore = world.State.Army + soldiersLost;
        world.State.Defeats += PerHundredSoldiers * soldiersLost / armyBefore;
    }

    /// <summary>Adds the defeat of losing one regional capital or district centre.</summary>
    public static void AddTownLost(World world, double townDefeat) =>
        world.State.Defeats += Math.Max(0, townDefeat);
}
