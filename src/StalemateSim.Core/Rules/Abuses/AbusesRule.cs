using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Rules.Abuses;

/// <summary>
/// State conduct in counter-insurgency (digest 3.4 ST10, ST14, ST19; 3.3 RC7, RC8; 3.11 IC3, IC4;
/// 7.2.15). Where soldiers (or foreign troops with abuse &gt; 0) operate against groups at war with
/// the state, communities the state profiles suffer abuses: civilians are killed and the
/// community's grievance rises and its trust in the state falls, which feeds recruitment. The
/// intensity for community c in region r is
/// <c>profiling_c × Σ_actor abuse × men × H / (H + soldiers + foreign troops) / 1000</c>, with H the
/// hostile fighters there: operations need both troops and insurgents. An unprofiled community is
/// not touched. Grievance and trust relax slowly toward their starting levels (impunity keeps
/// grievance high, ST14); governance reform lowers grievance and raises trust; autonomy lowers the
/// grievance of separatist-leaning communities.
/// <para>
/// Starting levels are taken from the world when the rule is built (before the first tick). Reads
/// soldiers, troops and fighters as they stand when it runs (after clashes) and updates communities
/// and places in place, community by community.
/// </para>
/// </summary>
public sealed class AbusesRule : IRule
{
    public const string RuleName = "abuses";

    private readonly AbusesSpec _spec;
    private readonly double[] _baseGrievance;
    private readonly double[] _baseTrust;
    private readonly double[] _stateOps;
    private readonly double[] _foreignOps;

    public AbusesRule(AbusesSpec spec, World world)
    {
        _spec = spec;
        _baseGrievance = (double[])world.Communities.Grievance.Clone();
        _baseTrust = (double[])world.Communities.Trust.Clone();
        _stateOps = new double[world.Regions.Count];
        _foreignOps = new double[world.Regions.Count];
    }

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        Operations(world);
        CommunityTable c = world.Communities;
        double[] profiling = world.State.Profiling;
        for (int i = 0; i < c.Count; i++)
        {
            int r = c.Region[i];
            double stateIntensity = profiling[i] * _stateOps[r];
            double foreignIntensity = profiling[i] * _foreignOps[r];
            double intensity = stateIntensity + foreignIntensity;
            if (intensity > _spec.MaxIntensity)
            {
                stateIntensity *= _spec.MaxIntensity / intensity;
                foreignIntensity *= _spec.MaxIntensity / intensity;
                intensity = _spec.MaxIntensity;
            }

            if (intensity > 0)
            {
                AbuseDeaths.Kill(world, i, _spec.AbuseLethality * stateIntensity / 1000, ActorKind.State, ref random);
                AbuseDeaths.Kill(world, i, _spec.AbuseLethality * foreignIntensity / 1000, ActorKind.Foreign, ref random);
                c.Grievance[i] += _spec.GrievanceGain * intensity * (1 - c.Grievance[i]);
                c.Trust[i] -= _spec.TrustLoss * intensity * c.Trust[i];
            }

            Reform(world, i);
        }
    }

    /// <summary>Per region: abuse-weighted thousands of men engaged against hostile fighters, by the state and by foreign forces.</summary>
    private void Operations(World world)
    {
        ForeignTable f = world.Foreign;
        StateAgent s = world.State;
        for (int r = 0; r < _stateOps.Length; r++)
        {
            _stateOps[r] = 0;
            _foreignOps[r] = 0;
            double hostile = Strength.HostileFightersIn(world, r);
            if (!(hostile > 0))
            {
                continue;
            }

            double troops = 0, abusiveTroops = 0;
            for (int i = 0; i < f.Count; i++)
            {
                double t = f.TroopsOf(i, r);
                troops += t;
                abusiveTroops += f.Abuse[i] * t;
            }

            double engaged = hostile / (hostile + s.Force[r] + troops);
            _stateOps[r] = s.Abuse * s.Force[r] * engaged / 1000;
            _foreignOps[r] = abusiveTroops * engaged / 1000;
        }
    }

    /// <summary>Slow return toward starting levels, governance reform and autonomy.</summary>
    private void Reform(World world, int i)
    {
        CommunityTable c = world.Communities;
        int r = c.Region[i];
        double governance = Math.Clamp(world.Regions.Governance[r], 0, 1);
        double autonomy = Math.Clamp(world.Regions.Autonomy[r], 0, 1);
        double g = c.Grievance[i];
        g += _spec.Relaxation * (_baseGrievance[i] - g);
        g -= _spec.GovernanceEffect * governance * g;
        g -= _spec.AutonomyEffect * autonomy * c.Separatism[i] * g;
        c.Grievance[i] = Math.Clamp(g, 0, 1);

        double t = c.Trust[i];
        t += _spec.Relaxation * (_baseTrust[i] - t);
        t += _spec.GovernanceEffect * governance * (1 - t);
        c.Trust[i] = Math.Clamp(t, 0, 1);
    }
}
