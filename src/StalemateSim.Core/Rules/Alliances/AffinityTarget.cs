using System.Numerics;
using StalemateSim.Core.Model;

namespace StalemateSim.Core.Rules.Alliances;

/// <summary>
/// The affinity a pair of groups drifts toward (digest 3.2 AL1–AL3, AL6, AL7, AL12):
/// <c>wShared × shared enemy + wKin × shared kin + wIdeology × (1 − 2|Δislamism|) + wPatron × common patron
/// − wRivalry × leaders' rivalry − wCompetition × (1 − sharedVisionRelief × (1 − |Δislamism|)) × competition</c>,
/// clamped to [-1, 1]. The last factor departs from docs/model.md: AL2 names rival visions and
/// competition for territory together, and AL9 shows like-minded jihadists coordinating on shared
/// ground, so competition bites hardest between groups whose visions differ.
/// In each region r both groups hold, weighted by their overlap o_r = min(presence_a, presence_b), the
/// common threat T_r is the largest of: the state side's strength S relative to the stronger partner,
/// S / (S + max(s_a, s_b)), when both fight the state; and the same ratio for any third group both are
/// hostile to. Shared enemy = Σ o_r T_r; competition = Σ o_r (1 − T_r): where a common enemy presses,
/// overlapping groups need each other; where it is gone, they compete for the same ground (AL2).
/// Buffers are sized once from the world; <see cref="Prepare"/> fills them each tick.
/// </summary>
internal sealed class AffinityTarget
{
    private readonly AlliancesSpec _spec;
    private readonly int _regions;
    private readonly int _identities;
    private readonly double[] _strength;
    private readonly double[] _stateStrength;
    private readonly double[] _kinByIdentity;
    private readonly GroupBitRows _hostile;
    private readonly GroupBitRows _present;
    private readonly GroupBitRows _fundedBy;

    public AffinityTarget(AlliancesSpec spec, World world)
    {
        _spec = spec;
        _regions = world.Regions.Count;
        int identities = 0;
        for (int c = 0; c < world.Communities.Count; c++)
        {
            identities = Math.Max(identities, world.Communities.Identity[c] + 1);
        }

        _identities = identities;
        _strength = new double[world.Groups.Capacity * _regions];
        _stateStrength = new double[_regions];
        _kinByIdentity = new double[world.Groups.Capacity * Math.Max(identities, 1)];
        _hostile = new GroupBitRows(world.Groups.Capacity, world.Groups.Capacity);
        _present = new GroupBitRows(_regions, world.Groups.Capacity);
        _fundedBy = new GroupBitRows(world.Groups.Capacity, world.Groups.Capacity);
    }

    /// <summary>
    /// Computes this tick's strengths by region and kin by identity for the active groups, and, as
    /// sets of active groups, who each is hostile to, who is present in each region and who funds
    /// each. Hostility and funding must not change until the targets have been read.
    /// </summary>
    public void Prepare(World world, int[] active, int activeCount)
    {
        for (int r = 0; r < _regions; r++)
        {
            _stateStrength[r] = Strength.OfStateSide(world, r, _spec.ForeignWeight);
        }

        CommunityTable communities = world.Communities;
        for (int i = 0; i < activeCount; i++)
        {
            int g = active[i];
            for (int r = 0; r < _regions; r++)
            {
                _strength[(g * _regions) + r] = Strength.OfGroup(world, g, r);
            }

            Array.Clear(_kinByIdentity, g * _identities, _identities);
            for (int c = 0; c < communities.Count; c++)
            {
                ref double k = ref _kinByIdentity[(g * _identities) + communities.Identity[c]];
                k = Math.Max(k, world.Groups.KinOf(g, c));
            }
        }

        PrepareSets(world, active, activeCount);
    }

    /// <summary>The target affinity of active groups a and b; reads the hostility matrix as it stands.</summary>
    public double Of(World world, int a, int b)
    {
        GroupTable g = world.Groups;
        (double shared, double competition) = Threats(world, a, b);
        double distance = Math.Abs(g.Islamism[a] - g.Islamism[b]);
        double ideology = 1 - (2 * distance);
        double rivalVisions = 1 - (_spec.SharedVisionRelief * (1 - distance));
        double rivalry = Math.Clamp(world.Elites.RivalryOf(g.Leader[a], g.Leader[b]), 0, 1);
        double target = (_spec.WShared * shared)
            + (_spec.WKin * SharedKin(a, b))
            + (_spec.WIdeology * ideology)
            + (_spec.WPatron * (CommonPatron(world, a, b) ? 1 : 0))
            - (_spec.WRivalry * rivalry)
            - (_spec.WCompetition * rivalVisions * competition);
        return Math.Clamp(target, -1, 1);
    }

    /// <summary>
    /// The common threat and competition of a pair, region by region. Third groups count only where
    /// they are present: elsewhere their strength is 0 and adds no threat.
    /// </summary>
    private (double Shared, double Competition) Threats(World world, int a, int b)
    {
        GroupTable g = world.Groups;
        bool bothFightState = world.HostileToState(a) && world.HostileToState(b);
        ReadOnlySpan<ulong> enemiesOfA = _hostile.Row(a), enemiesOfB = _hostile.Row(b);
        double shared = 0, competition = 0;
        for (int r = 0; r < _regions; r++)
        {
            double overlap = Math.Min(g.PresenceIn(a, r), g.PresenceIn(b, r));
            if (overlap <= 0)
            {
                continue;
            }

            double partner = Math.Max(_strength[(a * _regions) + r], _strength[(b * _regions) + r]);
            double threat = bothFightState ? Ratio(_stateStrength[r], partner) : 0;
            ReadOnlySpan<ulong> present = _present.Row(r);
            for (int w = 0; w < present.Length; w++)
            {
                for (ulong common = enemiesOfA[w] & enemiesOfB[w] & present[w]; common != 0; common &= common - 1)
                {
                    int c = (w << 6) + BitOperations.TrailingZeroCount(common);
                    if (c != a && c != b)
                    {
                        threat = AtLeast(threat, Ratio(_strength[(c * _regions) + r], partner));
                    }
                }
            }

            shared += overlap * threat;
            competition += overlap * (1 - threat);
        }

        return (shared, competition);
    }

    private void PrepareSets(World world, int[] active, int activeCount)
    {
        RelationMatrix rel = world.Relations;
        double[] funding = world.Groups.PatronFunding;
        int cap = world.Groups.Capacity;
        for (int r = 0; r < _regions; r++)
        {
            _present.Clear(r);
        }

        for (int i = 0; i < activeCount; i++)
        {
            int a = active[i];
            _hostile.Clear(a);
            _fundedBy.Clear(a);
            for (int j = 0; j < activeCount; j++)
            {
                int c = active[j];
                if (c != a && rel.AreHostile(a, c))
                {
                    _hostile.Add(a, c);
                }

                if (funding[(c * cap) + a] > 0)
                {
                    _fundedBy.Add(a, c);
                }
            }

            for (int r = 0; r < _regions; r++)
            {
                if (_strength[(a * _regions) + r] > 0)
                {
                    _present.Add(r, a);
                }
            }
        }
    }

    /// <summary>
    /// <c>Math.Max(current, candidate)</c> as a comparison: the same result for every value this
    /// loop sees (NaN wins, as in Math.Max; neither value is ever −0, the one case where the two
    /// would differ), without Math.Max's sequence of masks and blends in the innermost loop.
    /// </summary>
    private static double AtLeast(double current, double candidate) =>
        candidate > current || double.IsNaN(candidate) ? candidate : current;

    private static double Ratio(double enemy, double partner) => enemy > 0 ? enemy / (enemy + partner) : 0;

    private double SharedKin(int a, int b)
    {
        double best = 0;
        for (int i = 0; i < _identities; i++)
        {
            best = Math.Max(best, Math.Min(_kinByIdentity[(a * _identities) + i], _kinByIdentity[(b * _identities) + i]));
        }

        return Math.Clamp(best, 0, 1);
    }

    /// <summary>One funds the other, a third group funds both, the state funds both, or one foreign force partners both.</summary>
    private bool CommonPatron(World world, int a, int b)
    {
        GroupTable g = world.Groups;
        int cap = g.Capacity;
        if (g.PatronFunding[(a * cap) + b] > 0 || g.PatronFunding[(b * cap) + a] > 0)
        {
            return true;
        }

        if (world.State.MilitiaFunding > 0 && g.StateFunding[a] > 0 && g.StateFunding[b] > 0)
        {
            return true;
        }

        if (g.ForeignPartner[a] >= 0 && g.ForeignPartner[a] == g.ForeignPartner[b])
        {
            return true;
        }

        return _fundedBy.Overlap(a, b);
    }
}
