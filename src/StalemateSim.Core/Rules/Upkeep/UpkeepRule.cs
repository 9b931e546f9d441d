using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Upkeep;

/// <summary>
/// Income, pay and desertion: groups must pay and keep their fighters, and state support,
/// trafficking, zakat and ransoms are what keep them alive (digest 3.3 RC12, RC13; 3.10 JG2).
/// Income is state funding times the state's militia-funding multiplier, outside and foreign-partner
/// funding, transfers from patron groups (paid only out of money the patron has), trafficking from
/// towns held, zakat or taxes from villages held, and ransoms for jihadists. Wages are then paid;
/// when money runs out the unpaid share deserts at <see cref="UpkeepSpec.DesertionRate"/> and
/// cohesion falls; a paid group's cohesion drifts toward a target that falls with size. With
/// <see cref="UpkeepSpec.KinCore"/>, desertion spares a core of the group's own kin, so a group with a
/// communal base shrinks to that core rather than vanishing (3.1 SP9: new groups inherit regional
/// bases; 3.3 RC17: militias grow from hunters' associations; 7.2.7: clashes mark zones rather than
/// eliminate rivals). Groups below <see cref="UpkeepSpec.MinFighters"/> dissolve.
/// Updates the world in place, group by group in index order; places are read as they stand.
/// </summary>
public sealed class UpkeepRule : IRule
{
    public const string RuleName = "upkeep";

    private readonly UpkeepSpec _spec;

    /// <summary>Per group: towns held weighted by their region's trafficking access.</summary>
    private readonly double[] _traffickingTowns;

    /// <summary>Per group: residents of the villages it holds.</summary>
    private readonly double[] _villageResidents;

    public UpkeepRule(UpkeepSpec spec, World world)
    {
        _spec = spec;
        _traffickingTowns = new double[world.Groups.Capacity];
        _villageResidents = new double[world.Groups.Capacity];
    }

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        CountHoldings(world);
        GroupTable g = world.Groups;
        for (int i = 0; i < g.Count; i++)
        {
            if (g.Active[i])
            {
                g.Money[i] += OwnIncome(world, i, ref random);
            }
        }

        PayPatronFunding(g);
        for (int i = 0; i < g.Count; i++)
        {
            if (g.Active[i])
            {
                PayFighters(g, i);
                if (g.Fighters[i] < _spec.MinFighters)
                {
                    Dissolve(world, i);
                }
            }
        }
    }

    /// <summary>Towns and villages held by each group, in one pass over the places.</summary>
    private void CountHoldings(World world)
    {
        Array.Clear(_traffickingTowns);
        Array.Clear(_villageResidents);
        PlaceTable p = world.Places;
        double[] trafficking = world.Regions.Trafficking;
        int[] owners = p.Owner;
        double[] residents = p.Residents;
        int i = 0;
        while (i < p.Count)
        {
            int owner = owners[i];
            if (owner < 0)
            {
                i++;
                continue;
            }

            if (p.Level[i] != PlaceLevel.Village)
            {
                _traffickingTowns[owner] += trafficking[p.Region[i]];
                i++;
                continue;
            }

            // A run of villages with one holder: its residents are added in a register, one by
            // one in place order as the plain loop added them, and stored when the run ends.
            double held = _villageResidents[owner];
            do
            {
                held += residents[i];
                i++;
            }
            while (i < p.Count && owners[i] == owner && p.Level[i] == PlaceLevel.Village);

            _villageResidents[owner] = held;
        }
    }

    /// <summary>Everything a group earns this month except transfers from patron groups.</summary>
    private double OwnIncome(World world, int group, ref Xoshiro256StarStar random)
    {
        GroupTable g = world.Groups;
        bool jihadist = g.Kind[group] == GroupKind.Jihadist;
        double income = (g.StateFunding[group] * world.State.MilitiaFunding) + g.ExternalFunding[group] + g.ForeignFunding[group];
        income += _spec.TraffickingIncome * _traffickingTowns[group];
        income += _spec.ZakatPerThousand * (jihadist ? 1 : _spec.TaxShare) * _villageResidents[group] / 1000;
        if (jihadist)
        {
            income += random.NextPoisson(_spec.RansomRate) * _spec.RansomValue;
        }

        return Math.Max(income, 0);
    }

    /// <summary>Patron groups pay their clients out of the money they have, patrons in index order.</summary>
    private static void PayPatronFunding(GroupTable g)
    {
        for (int patron = 0; patron < g.Count; patron++)
        {
            if (!g.Active[patron])
            {
                continue;
            }

            int row = patron * g.Capacity;
            for (int client = 0; client < g.Count; client++)
            {
                double promised = g.PatronFunding[row + client];
                if (promised > 0 && client != patron && g.Active[client])
                {
                    double paid = Math.Min(promised, g.Money[patron]);
                    g.Money[patron] -= paid;
                    g.Money[client] += paid;
                }
            }
        }
    }

    /// <summary>
    /// Fighters who stay unpaid: <c>kinCore × the group's strongest kin tie</c> (0 when the option is off).
    /// </summary>
    private double KinCore(GroupTable g, int group)
    {
        if (_spec.KinCore <= 0)
        {
            return 0;
        }

        double strongest = 0;
        for (int c = 0; c < g.CommunityCount; c++)
        {
            strongest = Math.Max(strongest, g.KinOf(group, c));
        }

        return _spec.KinCore * Math.Clamp(strongest, 0, 1);
    }

    /// <summary>
    /// Pays wages; the unpaid share of the fighters above the kin core deserts and cohesion falls,
    /// else cohesion recovers toward its size target.
    /// </summary>
    private void PayFighters(GroupTable g, int group)
    {
        double fighters = g.Fighters[group];
        double bill = fighters * _spec.Wage;
        if (bill <= 0)
        {
            return;
        }

        if (g.Money[group] >= bill)
        {
            g.Money[group] -= bill;
            g.UnpaidMonths[group] = 0;
            double target = Math.Clamp(1 - (_spec.SizeStrain * Math.Log10(Math.Max(fighters, 1) / 100)), 0, 1);
            g.Cohesion[group] = Math.Clamp(g.Cohesion[group] + (_spec.CohesionRecovery * (target - g.Cohesion[group])), 0, 1);
            return;
        }

        double unpaidShare = 1 - (g.Money[group] / bill);
        g.Money[group] = 0;
        g.UnpaidMonths[group]++;
        // Deserters go home: they were never taken out of their places' population, and presence shares stay as they were.
        // The kin core stays (Choice: it is still owed wages, so the money it would cost is not saved).
        double core = KinCore(g, group);
        g.Fighters[group] = core > 0
            ? fighters - (Math.Max(0, fighters - core) * _spec.DesertionRate * unpaidShare)
            : fighters * (1 - (_spec.DesertionRate * unpaidShare));
        g.Cohesion[group] = Math.Clamp(g.Cohesion[group] - (_spec.UnpaidCohesionLoss * unpaidShare), 0, 1);
    }

    private static void Dissolve(World world, int group)
    {
        world.Groups.End(group, world.Tick);
        world.Log.Add(world.Tick, LogKind.GroupDestroyed, group);
        int[] militia = world.Communities.Militia;
        for (int c = 0; c < militia.Length; c++)
        {
            if (militia[c] == group)
            {
                militia[c] = -1;
            }
        }
    }
}
