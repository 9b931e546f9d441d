using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Rules.Intercommunal;

/// <summary>
/// Communities grouped by region, and draws of villages in proportion to their current residents
/// by rejection against an envelope (each community's largest initial village), so a draw costs
/// O(1) on average however many villages a community has. Built once per run from the world's
/// fixed layout; nothing here allocates afterwards.
/// </summary>
internal sealed class CommunityVillages
{
    private const int MaxTries = 64;

    private readonly int[] _start;
    private readonly int[] _members;
    private readonly double[] _largestVillage;
    private readonly double[] _regionEnvelope;

    public CommunityVillages(World world)
    {
        CommunityTable c = world.Communities;
        int regions = world.Regions.Count;
        _start = new int[regions + 1];
        _members = new int[c.Count];
        _largestVillage = new double[c.Count];
        _regionEnvelope = new double[regions];
        for (int i = 0; i < c.Count; i++)
        {
            _start[c.Region[i] + 1]++;
        }

        for (int r = 0; r < regions; r++)
        {
            _start[r + 1] += _start[r];
        }

        int[] next = (int[])_start.Clone();
        for (int i = 0; i < c.Count; i++)
        {
            _members[next[c.Region[i]]++] = i;
            double largest = 0;
            for (int v = c.FirstVillage[i]; v < c.FirstVillage[i] + c.VillageCount[i]; v++)
            {
                largest = Math.Max(largest, world.Places.Initial[v]);
            }

            _largestVillage[i] = largest;
            _regionEnvelope[c.Region[i]] += largest * c.VillageCount[i];
        }
    }

    /// <summary>Region r's communities are <see cref="MemberAt"/>(i) for i in [First(r), End(r)).</summary>
    public int First(int region) => _start[region];

    public int End(int region) => _start[region + 1];

    public int MemberAt(int i) => _members[i];

    /// <summary>
    /// The envelope of a region's villages: the sum over its communities of village count × largest
    /// initial village. At least the region's initial rural population.
    /// </summary>
    public double EnvelopeOf(int region) => _regionEnvelope[region];

    /// <summary>
    /// A village of the community drawn in proportion to its current residents, or -1 when
    /// <see cref="MaxTries"/> rejections in a row say the community's villages are (nearly) empty.
    /// </summary>
    public int DrawVillage(World world, int community, ref Xoshiro256StarStar random)
    {
        int count = world.Communities.VillageCount[community];
        double largest = _largestVillage[community];
        if (count <= 0 || largest <= 0)
        {
            return -1;
        }

        int first = world.Communities.FirstVillage[community];
        for (int attempt = 0; attempt < MaxTries; attempt++)
        {
            int v = first + random.NextInt(count);
            if (random.NextDouble() * largest < world.Places.Residents[v])
            {
                return v;
            }
        }

        return -1;
    }

    /// <summary>
    /// One thinned candidate in a region: a village picked uniformly under the region's envelope and
    /// kept with probability residents / envelope height, else -1. Over many candidates, village v
    /// is returned in proportion to its current residents: a Poisson number of candidates with mean
    /// m gives each village a Poisson number of hits with mean m × residents / <see cref="EnvelopeOf"/>.
    /// </summary>
    public int DrawCandidate(World world, int region, ref Xoshiro256StarStar random)
    {
        double envelope = _regionEnvelope[region];
        if (envelope <= 0)
        {
            return -1;
        }

        CommunityTable c = world.Communities;
        double target = random.NextDouble() * envelope;
        int community = -1;
        for (int i = _start[region]; i < _start[region + 1]; i++)
        {
            int k = _members[i];
            target -= _largestVillage[k] * c.VillageCount[k];
            community = k;
            if (target < 0 && c.VillageCount[k] > 0)
            {
                break;
            }
        }

        if (community < 0 || c.VillageCount[community] <= 0)
        {
            return -1;
        }

        int v = c.FirstVillage[community] + random.NextInt(c.VillageCount[community]);
        return random.NextDouble() * _largestVillage[community] < world.Places.Residents[v] ? v : -1;
    }
}
