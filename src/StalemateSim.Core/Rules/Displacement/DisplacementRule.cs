using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Rules.Displacement;

/// <summary>
/// Flight and return: violence displaces people, continued insecurity makes displacement long and
/// new violence holds returns back; refugees return more slowly than IDPs (digest 3.9 HU2, HU4,
/// HU12; 7.2.11). At each place a share <c>1 − exp(−(violenceFlight × violence + combatFlight ×
/// region deaths this month per thousand residents + fearFlight × max(0, fear − fearThreshold) +
/// droughtFlight × drought))</c> of residents flees (fear and drought
/// only in villages), a zone-dependent share of them abroad; IDPs and refugees return at their
/// rates times <c>exp(−returnDamping × violence)</c>. Where an armed group the residents have no
/// kin ties to holds the place, <c>occupationFlight × (1 − kin) × exp(−months held / occupationMemory)</c>
/// adds to the hazard (× <c>townOccupationFactor</c> in a regional capital or district centre, where
/// harsh rule and looting fell hardest, JG4, JG5) and damps returns by the same factor: a long rule settles;
/// besides, returns are × <c>(1 − occupationReturnBlock × (1 − kin))</c> for as long as such a group
/// rules (HU4: displacement lasts while insecurity does), and × <c>exp(−regionReturnDamping × region
/// deaths this month per thousand residents)</c> (HU4: new violence holds returns back). Then recent violence decays.
/// Flows are expected values (deterministic): people are accounted per place of origin, and
/// <c>Residents + Idps + Refugees + Dead == Initial</c> is kept by moving equal amounts.
/// Updates the world in place.
/// </summary>
public sealed class DisplacementRule : IRule
{
    public const string RuleName = "displacement";

    private readonly DisplacementSpec _spec;

    /// <summary>Refugee share of those fleeing, by region (from its zone).</summary>
    private readonly double[] _refugeeShare;

    /// <summary>This month's deaths per thousand residents, by region (scratch).</summary>
    private readonly double[] _regionDeathRate;

    /// <summary><c>exp(−regionReturnDamping × region death rate)</c>, by region (scratch).</summary>
    private readonly double[] _regionCalm;

    /// <summary>
    /// <c>exp(−m / occupationMemory)</c> for whole months m held, 0 to the run's length, each
    /// computed the first time it is needed (NaN until then): months held are whole numbers, so
    /// the many villages held the same number of months share one exponential.
    /// </summary>
    private readonly double[] _heldDecay;

    public DisplacementRule(DisplacementSpec spec, World world)
    {
        _spec = spec;
        foreach ((string zone, double share) in spec.RefugeeShare)
        {
            if (!(share >= 0 && share <= 1))
            {
                throw new ArgumentException($"rules:displacement:refugeeShare:{zone}: {share} is not in [0, 1].", nameof(spec));
            }
        }

        _refugeeShare = new double[world.Regions.Count];
        _regionDeathRate = new double[world.Regions.Count];
        _regionCalm = new double[world.Regions.Count];
        _heldDecay = new double[world.Months + 1];
        Array.Fill(_heldDecay, double.NaN);
        for (int r = 0; r < world.Regions.Count; r++)
        {
            string zone = world.ZoneNames[world.Regions.Zone[r]];
            _refugeeShare[r] = spec.RefugeeShare.TryGetValue(zone, out double share) ? share : spec.DefaultRefugeeShare;
        }
    }

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        PlaceTable p = world.Places;
        double[] fear = world.Communities.Fear;
        double[] drought = world.Regions.Drought;
        RegionDeathRates(world);
        for (int i = 0; i < p.Count; i++)
        {
            int region = p.Region[i];
            int community = p.Community[i];
            double violence = p.Violence[i];
            double hazard = (_spec.ViolenceFlight * violence) + (_spec.CombatFlight * _regionDeathRate[region]);
            if (community >= 0)
            {
                hazard += (_spec.FearFlight * Math.Max(0, fear[community] - _spec.FearThreshold)) + (_spec.DroughtFlight * drought[region]);
            }

            int owner = p.Owner[i];
            double held = 0, outsiders = 0;
            if (owner >= 0)
            {
                // A takeover by an armed group the residents have no kin ties to (predation, harsh
                // punishments) drives them out, most strongly in the first months of its rule, and
                // holds returns back while it lasts.
                double kin = community >= 0 ? world.Groups.KinOf(owner, community) : 0;
                int months = world.Tick - p.OwnerSince[i];
                outsiders = 1 - Math.Clamp(kin, 0, 1);
                held = _spec.OccupationFlight > 0 ? outsiders * HeldDecay(months) : 0;
                hazard += p.Level[i] != PlaceLevel.Village && _spec.TownOccupationFactor != 1
                    ? _spec.OccupationFlight * _spec.TownOccupationFactor * held
                    : _spec.OccupationFlight * held;
            }

            // exp(-0) is exactly 1: the common quiet place costs no exponential.
            double fleeing = hazard == 0 ? 0 : p.Residents[i] * (1 - Math.Exp(-hazard));
            double abroad = fleeing * _refugeeShare[region];
            double calm = (violence == 0 ? 1 : Math.Exp(-_spec.ReturnDamping * violence)) * (1 - held) * (1 - (_spec.OccupationReturnBlock * outsiders));
            if (_spec.RegionReturnDamping > 0)
            {
                calm *= _regionCalm[region];
            }

            double idpsBack = p.Idps[i] * _spec.IdpReturn * calm;
            double refugeesBack = p.Refugees[i] * _spec.RefugeeReturn * calm;

            p.Residents[i] += idpsBack + refugeesBack - fleeing;
            p.Idps[i] += fleeing - abroad - idpsBack;
            p.Refugees[i] += abroad - refugeesBack;
            p.Violence[i] = violence * _spec.ViolenceMemory;
        }
    }

    /// <summary><c>exp(−months / occupationMemory)</c>, from the table where months is in it.</summary>
    private double HeldDecay(int months)
    {
        if ((uint)months >= (uint)_heldDecay.Length)
        {
            return Math.Exp(-(double)months / _spec.OccupationMemory);
        }

        ref double decay = ref _heldDecay[months];
        if (double.IsNaN(decay))
        {
            decay = Math.Exp(-(double)months / _spec.OccupationMemory);
        }

        return decay;
    }

    /// <summary>
    /// This month's deaths in each region per thousand of its residents (0 when combatFlight and
    /// regionReturnDamping are off), and the regional factor on returns.
    /// </summary>
    private void RegionDeathRates(World world)
    {
        Array.Clear(_regionDeathRate);
        if (_spec.CombatFlight <= 0 && _spec.RegionReturnDamping <= 0)
        {
            return;
        }

        // Residents by region. After the towns, a region's villages come one after another
        // (community by community), so its running sum is kept in a register and stored when the
        // region changes, instead of going through memory on every addition; the additions are
        // the plain loop's, in the same order.
        PlaceTable p = world.Places;
        int region = -1;
        double sum = 0;
        for (int i = 0; i < p.Count; i++)
        {
            int r = p.Region[i];
            if (r != region)
            {
                if (region >= 0)
                {
                    _regionDeathRate[region] = sum;
                }

                region = r;
                sum = _regionDeathRate[r];
            }

            sum += p.Residents[i];
        }

        if (region >= 0)
        {
            _regionDeathRate[region] = sum;
        }

        for (int r = 0; r < _regionDeathRate.Length; r++)
        {
            double residents = _regionDeathRate[r];
            _regionDeathRate[r] = residents > 0 ? 1000 * world.Ledger.DeathsByRegion[r] / residents : 0;
            _regionCalm[r] = Math.Exp(-_spec.RegionReturnDamping * _regionDeathRate[r]);
        }
    }
}
