using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Rules.Predation;

/// <summary>
/// Predation by the holders of towns and villages (digest 3.10 JG4, JG5; 3.3 RC11; 3.11 IC7;
/// 7.2.23). A group holding a place preys on its residents with intensity
/// <c>I = min(1, (opportunism × (1 − cohesion) + harshRule × max(0, islamism − residents' islamism)) × (1 − kinRestraint × kin))</c>:
/// loosely held, opportunistic ranks loot and abuse (RC11, JG5), jihadists impose rules the residents
/// do not share (JG4), and a group spares its own kin as far as kinRestraint says. Kin and islamism are the village community's,
/// or at a town the population-weighted means over the region's communities.
/// <list type="bullet">
/// <item>Civilians die: <c>Poisson(lethality × I × residents / 1000)</c>, charged to the group, so
/// in villages they raise fear and the victims' hostility toward the group's community
/// (<c>intercommunal</c>: the Songhai and Peul fear of Tuareg predation, IC7) and drive flight.</item>
/// <item>Resentment of the holder: <c>+= resentmentGain × I × (1 − resentment) − resentmentDecay × resentment</c>.
/// It belongs to the holder: a new holder starts from zero. <c>territory</c> lets it help a
/// challenger (<c>resentmentWeight</c>): rival groups can displace predatory rebels (JG5; the
/// jihadists drove the MNLA from the cities in mid-2012, AL2).</item>
/// </list>
/// Places the state holds or nobody holds are untouched (state abuses are the <c>abuses</c> rule's).
/// Updates places in place, in index order.
/// </summary>
public sealed class PredationRule : IRule
{
    public const string RuleName = "predation";

    private readonly PredationSpec _spec;
    private readonly int[] _townKinGroup;
    private readonly double[] _townKin;
    private readonly double[] _townIslamism;
    private readonly int[] _communityStart;
    private readonly int[] _communities;

    public PredationRule(PredationSpec spec, World world)
    {
        _spec = spec;
        int regions = world.Regions.Count;
        _townKinGroup = new int[regions];
        _townKin = new double[regions];
        _townIslamism = new double[regions];
        (_communityStart, _communities) = world.Communities.ByRegion(regions);
        CommunityTable c = world.Communities;
        var population = new double[regions];
        for (int i = 0; i < c.Count; i++)
        {
            population[c.Region[i]] += c.Population[i];
            _townIslamism[c.Region[i]] += c.Islamism[i] * c.Population[i];
        }

        for (int r = 0; r < regions; r++)
        {
            _townIslamism[r] = population[r] > 0 ? _townIslamism[r] / population[r] : 0;
        }
    }

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        PlaceTable p = world.Places;
        GroupTable g = world.Groups;
        _townKinGroup.AsSpan().Fill(-1);

        // A village's intensity depends only on its holder and community, which nothing in this
        // loop changes, and a community's villages come one after another, often held alike:
        // the last village's intensity serves the next when both match.
        int lastHolder = -1, lastCommunity = -1;
        double lastIntensity = 0;
        for (int place = 0; place < p.Count; place++)
        {
            int holder = p.Owner[place];
            if (p.ResentedOwner[place] != holder)
            {
                p.ResentedOwner[place] = holder;
                p.Resentment[place] = 0;
            }

            if (holder < 0 || !g.Active[holder])
            {
                continue;
            }

            int community = p.Community[place];
            double intensity;
            if (community >= 0 && community == lastCommunity && holder == lastHolder)
            {
                intensity = lastIntensity;
            }
            else
            {
                intensity = Intensity(world, place, holder);
                (lastHolder, lastCommunity, lastIntensity) = (holder, community, intensity);
            }

            p.Resentment[place] += (_spec.ResentmentGain * intensity * (1 - p.Resentment[place])) - (_spec.ResentmentDecay * p.Resentment[place]);
            double mean = _spec.Lethality * intensity * p.Residents[place] / 1000;
            if (mean > 0)
            {
                int dead = random.NextPoisson(mean);
                if (dead > 0)
                {
                    Casualties.KillCivilians(world, place, dead, holder, Casualties.KindOf(world, holder));
                }
            }
        }
    }

    /// <summary>Predation intensity of a holder at a place, in [0, 1].</summary>
    private double Intensity(World world, int place, int holder)
    {
        GroupTable g = world.Groups;
        int community = world.Places.Community[place];
        double kin, islamism;
        if (community >= 0)
        {
            kin = g.KinOf(holder, community);
            islamism = world.Communities.Islamism[community];
        }
        else
        {
            int r = world.Places.Region[place];
            kin = TownKin(world, holder, r);
            islamism = _townIslamism[r];
        }

        double drive = (_spec.Opportunism * (1 - g.Cohesion[holder])) + (_spec.HarshRule * Math.Max(0, g.Islamism[holder] - islamism));
        return Math.Clamp(drive * (1 - (_spec.KinRestraint * Math.Clamp(kin, 0, 1))), 0, 1);
    }

    /// <summary>A group's population-weighted kin over a region's communities, cached per region for the month.</summary>
    private double TownKin(World world, int group, int region)
    {
        if (_townKinGroup[region] == group)
        {
            return _townKin[region];
        }

        CommunityTable c = world.Communities;
        double kin = 0, population = 0;
        for (int k = _communityStart[region]; k < _communityStart[region + 1]; k++)
        {
            int i = _communities[k];
            kin += world.Groups.KinOf(group, i) * c.Population[i];
            population += c.Population[i];
        }

        _townKinGroup[region] = group;
        _townKin[region] = population > 0 ? kin / population : 0;
        return _townKin[region];
    }
}
