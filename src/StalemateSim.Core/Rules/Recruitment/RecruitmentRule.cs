using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Recruitment;

/// <summary>
/// Who joins whom: an Epstein-style threshold decision of each village's youth about each group
/// present in its region (digest 3.3 RC1, RC5–RC7, RC14, RC19, RC20, RC22, RC26; 3.11 IC4).
/// The motive adds grievance and distrust (for groups at war with the state), trust (for groups
/// leaning to it), fear × protection, kin, ideological fit, pay, hardship, coercion where the group
/// holds the village, and communal hostility through kin (see <see cref="JoiningMotive"/>). The risk
/// is the deterrence of the strongest enemy present: the state at village level for its enemies,
/// the strongest group across the state divide (or hostile in the relation matrix) for everyone,
/// so jihadists deter collaborators (RC26). A share
/// <c>baseRate × logistic((motive − risk − threshold) / spread)</c> of the village's youth pool
/// joins. The shares are the villages' own (their thresholds and holders differ), but the draw is
/// made once per community: each group's expected joiners are summed over the community's villages
/// and one multinomial over the groups and "no one" is drawn from the community's pool, so no one
/// joins twice. No village's own count of joiners is kept anywhere. With the generator's draws
/// (<see cref="Xoshiro256StarStar.NextBinomial"/>: Poisson below a mean of 30, a clamped normal
/// above; Bernoulli sums for fewer than 24 youth) the villages' draws were Poisson counts, whose
/// sum is Poisson: the community's draw is
/// that same Poisson where its mean is below 30, and above it a normal of nearly the same mean
/// and variance (variance × (1 − share), fractional recruits, as large village draws always had).
/// Exact binomials would differ by Σ pool × (share − mean share)², the spread of the villages'
/// shares. So the one draw saves a draw per village and group without changing what a run means.
/// Reads the start-of-tick snapshot: recruits are folded into fighters and presence once per
/// group at the end, so the order of regions does not matter. With
/// <see cref="RecruitmentSpec.KinRooting"/> the recruits also root their group in the communities
/// they came from (<see cref="RootInCommunities"/>).
/// </summary>
public sealed class RecruitmentRule : IRule
{
    public const string RuleName = "recruitment";

    private readonly RecruitmentSpec _spec;
    private readonly int[] _regionStart;
    private readonly int[] _regionCommunities;
    private readonly GroupsInRegion _groups;
    private readonly JoiningShares _shares;
    private readonly double[] _joined;
    private readonly double[] _expected;
    private readonly double[] _added;

    /// <summary>This tick's recruits by group and home community, at [group * communities + community]; empty unless kin rooting is on.</summary>
    private readonly double[] _fromCommunity;

    public RecruitmentRule(RecruitmentSpec spec, World world)
    {
        _spec = spec;
        int capacity = world.Groups.Capacity;
        int regions = world.Regions.Count;
        (_regionStart, _regionCommunities) = world.Communities.ByRegion(regions);
        _groups = new GroupsInRegion(capacity);
        _shares = new JoiningShares(spec, capacity, world.Places.Count);
        _joined = new double[capacity];
        _expected = new double[capacity];
        _added = new double[capacity * regions];
        bool rooting = spec.KinRooting > 0;
        _fromCommunity = rooting ? new double[capacity * world.Communities.Count] : [];
    }

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        Array.Clear(_added);
        for (int r = 0; r < world.Regions.Count; r++)
        {
            RecruitInRegion(world, r, ref random);
        }

        FoldIntoPresence(world);
        if (_spec.KinRooting > 0)
        {
            RootInCommunities(world);
        }
    }

    private void RecruitInRegion(World world, int region, ref Xoshiro256StarStar random)
    {
        int n = _groups.Gather(world, region, _spec);
        if (n == 0)
        {
            return;
        }

        Array.Clear(_joined, 0, n);
        CommunityTable communities = world.Communities;
        for (int k = _regionStart[region]; k < _regionStart[region + 1]; k++)
        {
            int c = _regionCommunities[k];
            JoiningMotive.Fill(world, c, _groups, _spec, _shares.Motive);
            _shares.Prepare(n);
            int first = communities.FirstVillage[c];
            int end = first + communities.VillageCount[c];
            double youth = communities.YouthShare[c] * _spec.PoolShare;
            Span<double> expected = _expected.AsSpan(0, n);
            expected.Clear();
            double pool = 0;
            for (int block = first; block < end; block += JoiningShares.BlockSize)
            {
                int count = Math.Min(JoiningShares.BlockSize, end - block);
                _shares.ForBlock(world.Places, block, count, _groups, n);
                pool += _shares.AddExpected(world.Places, block, count, youth, n, expected);
            }

            communities.Joined[c] += RecruitInCommunity(world, c, pool, expected, ref random);
        }

        GroupTable g = world.Groups;
        for (int s = 0; s < n; s++)
        {
            double joined = _joined[s];
            if (joined > 0)
            {
                int group = _groups.Group[s];
                _added[(group * world.Regions.Count) + region] += joined;
                g.Recruits[group] += joined;
                world.Ledger.RecruitsByKind[(int)g.Kind[group]] += joined;
            }
        }
    }

    /// <summary>
    /// Draws how many of a community's youth join each group: a multinomial over the groups and
    /// "no one", drawn as how many join at all, <c>Binomial(pool, min(1, Σ expected / pool))</c>,
    /// then who joins which group in proportion to the expected joiners of each. With kin rooting
    /// on, each group's joiners are also noted by community. Returns how many joined.
    /// </summary>
    private double RecruitInCommunity(World world, int c, double pool, ReadOnlySpan<double> expected, ref Xoshiro256StarStar random)
    {
        int last = expected.Length - 1;
        while (last >= 0 && !(expected[last] > 0))
        {
            last--;
        }

        if (last < 0 || !(pool > 0))
        {
            return 0;
        }

        double mass = 0;
        for (int s = 0; s <= last; s++)
        {
            mass += expected[s];
        }

        double joining = random.NextBinomial(pool, Math.Min(1, mass / pool));
        double all = joining;
        for (int s = 0; s <= last && joining > 0; s++)
        {
            double share = expected[s];
            if (!(share > 0))
            {
                continue;
            }

            double joined = s == last ? joining : random.NextBinomial(joining, Math.Min(1, share / mass));
            _joined[s] += joined;
            if (_fromCommunity.Length > 0 && joined > 0)
            {
                _fromCommunity[(_groups.Group[s] * world.Communities.Count) + c] += joined;
            }

            joining -= joined;
            mass -= share;
        }

        return all;
    }

    /// <summary>
    /// Recruits root their group in the communities they came from: kin rises toward 1 by
    /// <c>kinRooting × recruits from the community / fighters after recruitment</c> and never falls,
    /// as pooled fighters bring their kin ties (digest 3.3 RC19; 2(a)-iii; 3.10 JG1). Runs after
    /// <see cref="FoldIntoPresence"/>, so the share is of the group's new strength.
    /// </summary>
    private void RootInCommunities(World world)
    {
        GroupTable g = world.Groups;
        int communities = world.Communities.Count;
        for (int group = 0; group < g.Count; group++)
        {
            int row = group * communities;
            for (int c = 0; c < communities; c++)
            {
                double recruits = _fromCommunity[row + c];
                if (recruits > 0)
                {
                    _fromCommunity[row + c] = 0;
                    ref double kin = ref g.KinOf(group, c);
                    kin += _spec.KinRooting * Math.Min(1, recruits / g.Fighters[group]) * (1 - kin);
                }
            }
        }
    }

    private void FoldIntoPresence(World world)
    {
        GroupTable g = world.Groups;
        int regions = world.Regions.Count;
        for (int group = 0; group < g.Count; group++)
        {
            int row = group * regions;
            double recruits = 0;
            for (int r = 0; r < regions; r++)
            {
                recruits += _added[row + r];
            }

            if (!(recruits > 0))
            {
                continue;
            }

            double before = g.Fighters[group];
            double after = before + recruits;
            for (int r = 0; r < regions; r++)
            {
                g.PresenceIn(group, r) = ((before * g.PresenceIn(group, r)) + _added[row + r]) / after;
            }

            g.NormalisePresence(group);

            g.Fighters[group] = after;
            g.PeakFighters[group] = Math.Max(g.PeakFighters[group], after);
        }
    }
}
