using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Rules.Events;

namespace StalemateSim.Core.Rules.State;

/// <summary>
/// The state manages rather than ends violence with limited means (digest 3.4 ST1): its defence
/// budget rises with the threat (7.2.22), the army follows the budget, and the army is deployed by
/// region, thinning where regions are granted autonomy and withdrawing from regions whose capital
/// it has lost (ST9). Defeats accumulate (see <see cref="StateDefeats"/>: clashes add soldiers
/// lost, territory adds towns lost) and bring army discontent and coups, with the same effects as
/// a scheduled coup: cohesion falls and the command collapses where the state is at war (ST16,
/// ST17; 7.2.21). Army cohesion recovers slowly in between.
/// <para>
/// It must run before every rule that reads <see cref="StateAgent.Force"/> (which is zero until it
/// runs). It updates the state in place; the coup check reads the defeats accumulated up to the end
/// of the previous tick and decays them afterwards.
/// </para>
/// </summary>
public sealed class StateRule(StateRuleSpec spec) : IRule
{
    public const string RuleName = "state";

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        StateAgent s = world.State;
        double threat = Threat(world);
        s.Budget *= 1 + (spec.BudgetGrowth * threat);
        s.Army = Math.Max(0, s.Army + (spec.ArmyAdjust * ((s.Budget * spec.SoldiersPerMillion) - s.Army)));
        s.ArmyCohesion = Math.Clamp(s.ArmyCohesion + (spec.CohesionRecovery * (spec.CohesionBase - s.ArmyCohesion)), 0, 1);

        Deploy(world);

        if (world.Tick - s.LastCoupTick >= spec.CoupGap)
        {
            double p = spec.CoupRate * Math.Max(0, (s.Defeats / spec.CoupThreshold) - 1);
            if (random.Chance(Math.Min(1, p)))
            {
                EventsRule.Coup(world, spec.CoupSeverity, spec.CoupCommandCollapse);
            }
        }

        s.Defeats *= spec.DefeatMemory;
    }

    /// <summary>Hostile fighters / (hostile fighters + soldiers), in [0,1].</summary>
    private static double Threat(World world)
    {
        GroupTable g = world.Groups;
        double hostile = 0;
        for (int i = 0; i < g.Count; i++)
        {
            if (g.Active[i] && world.HostileToState(i))
            {
                hostile += g.Fighters[i];
            }
        }

        double total = hostile + world.State.Army;
        return total > 0 ? hostile / total : 0;
    }

    /// <summary>Weight of a region in the army's deployment this month.</summary>
    private double WeightOf(World world, int r)
    {
        RegionTable regions = world.Regions;
        double w = world.State.Deployment[r] * (1 - Math.Clamp(regions.Autonomy[r], 0, 1));
        return world.Places.Owner[regions.CapitalPlace[r]] == Owners.State ? w : w * spec.RetreatShare;
    }

    /// <summary>
    /// New soldiers go where the deployment sends them; then each region's soldiers close
    /// <see cref="StateRuleSpec.RedeployRate"/> of the gap to their target (army × renormalised weight).
    /// </summary>
    private void Deploy(World world)
    {
        StateAgent s = world.State;
        double[] force = s.Force;
        int n = force.Length;
        double totalWeight = 0, deployed = 0;
        for (int r = 0; r < n; r++)
        {
            totalWeight += WeightOf(world, r);
            deployed += force[r];
        }

        bool byDeployment = totalWeight > 0;
        if (!byDeployment)
        {
            totalWeight = n;
        }

        double rate = deployed > 0 ? spec.RedeployRate : 1;
        double added = s.Army - deployed;
        double sum = 0;
        for (int r = 0; r < n; r++)
        {
            double share = (byDeployment ? WeightOf(world, r) : 1) / totalWeight;
            double f = Math.Max(0, force[r] + (added * share));
            f += rate * ((s.Army * share) - f);
            force[r] = Math.Max(0, f);
            sum += force[r];
        }

        // Guard against drift: the soldiers deployed are exactly the army.
        if (sum > 0 && Math.Abs(sum - s.Army) > 1e-9 * Math.Max(1, s.Army))
        {
            double scale = s.Army / sum;
            for (int r = 0; r < n; r++)
            {
                force[r] *= scale;
            }
        }
    }
}
