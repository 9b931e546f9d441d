using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Model;

/// <summary>
/// Armed groups in fixed-capacity tables. Slots are handed out in order and never reused, so an
/// index names one group for the whole run. Region- and community-indexed values are flattened
/// as [group * RegionCount + region] and [group * CommunityCount + community].
/// </summary>
public sealed class GroupTable
{
    public GroupTable(int capacity, int regionCount, int communityCount)
    {
        Capacity = capacity;
        RegionCount = regionCount;
        CommunityCount = communityCount;
        Active = new bool[capacity];
        Kind = new GroupKind[capacity];
        Origin = new GroupOrigin[capacity];
        Fighters = new double[capacity];
        Money = new double[capacity];
        Arms = new double[capacity];
        Cohesion = new double[capacity];
        Islamism = new double[capacity];
        StateStance = new double[capacity];
        Leader = new int[capacity];
        Parent = new int[capacity];
        HomeCommunity = new int[capacity];
        FormedTick = new int[capacity];
        EndedTick = new int[capacity];
        Bloc = new int[capacity];
        Accord = new AccordStatus[capacity];
        StanceBeforeAccord = new double[capacity];
        StateFunding = new double[capacity];
        ExternalFunding = new double[capacity];
        ForeignFunding = new double[capacity];
        ForeignPartner = new int[capacity];
        UnpaidMonths = new int[capacity];
        Recruits = new double[capacity];
        Losses = new double[capacity];
        PeakFighters = new double[capacity];
        Presence = new double[capacity * regionCount];
        Kin = new double[capacity * communityCount];
        PatronFunding = new double[capacity * capacity];
        Array.Fill(Bloc, -1);
        Array.Fill(Parent, -1);
        Array.Fill(HomeCommunity, -1);
        Array.Fill(ForeignPartner, -1);
        Array.Fill(EndedTick, -1);
    }

    public int Capacity { get; }

    public int RegionCount { get; }

    public int CommunityCount { get; }

    /// <summary>Slots used so far (active or ended).</summary>
    public int Count { get; private set; }

    public readonly bool[] Active;

    public readonly GroupKind[] Kind;

    public readonly GroupOrigin[] Origin;

    public readonly double[] Fighters;

    /// <summary>Cash in thousand USD.</summary>
    public readonly double[] Money;

    public readonly double[] Arms;

    public readonly double[] Cohesion;

    public readonly double[] Islamism;

    /// <summary>-1 fighting the state, +1 allied with it.</summary>
    public readonly double[] StateStance;

    /// <summary>The leading elite.</summary>
    public readonly int[] Leader;

    public readonly int[] Parent;

    /// <summary>The community a militia was raised in (kept after it ends, for its name); -1 for other groups.</summary>
    public readonly int[] HomeCommunity;

    public readonly int[] FormedTick;

    /// <summary>Tick at which the group was destroyed, merged or dissolved; -1 while it exists.</summary>
    public readonly int[] EndedTick;

    /// <summary>Bloc id (the lowest member index of the umbrella), or -1.</summary>
    public readonly int[] Bloc;

    public readonly AccordStatus[] Accord;

    /// <summary>Stance toward the state just before the group first signed the current accord; a withdrawal moves back toward it.</summary>
    public readonly double[] StanceBeforeAccord;

    /// <summary>Monthly funding, thousand USD: from the state (before its policy multiplier), outside networks, foreign partners.</summary>
    public readonly double[] StateFunding;

    public readonly double[] ExternalFunding;

    public readonly double[] ForeignFunding;

    /// <summary>The foreign force partnering this group, or -1.</summary>
    public readonly int[] ForeignPartner;

    public readonly int[] UnpaidMonths;

    /// <summary>Recruits and losses this tick.</summary>
    public readonly double[] Recruits;

    public readonly double[] Losses;

    public readonly double[] PeakFighters;

    /// <summary>Share of the group's fighters in each region; sums to 1 over regions for an active group.</summary>
    public readonly double[] Presence;

    /// <summary>Kin ties to communities in [0,1].</summary>
    public readonly double[] Kin;

    /// <summary>Monthly funding from group a to group b at [a * Capacity + b], thousand USD.</summary>
    public readonly double[] PatronFunding;

    public ref double PresenceIn(int group, int region) => ref Presence[(group * RegionCount) + region];

    public ref double KinOf(int group, int community) => ref Kin[(group * CommunityCount) + community];

    /// <summary>
    /// Fighters of <paramref name="from"/> join <paramref name="to"/>: its presence becomes
    /// <c>keep × its own + join × from's</c>, normalised (keep and join are the two sides' shares of
    /// the joined force).
    /// </summary>
    public void MixPresence(int to, int from, double keep, double join)
    {
        for (int r = 0; r < RegionCount; r++)
        {
            ref double p = ref PresenceIn(to, r);
            p = (keep * p) + (join * PresenceIn(from, r));
        }

        NormalisePresence(to);
    }

    /// <summary>
    /// The newcomers' roots: <paramref name="to"/>'s kin to each community rises to <c>keep × its own +
    /// join × from's</c> where that is higher, and never falls (keep 0 and join 1: the stronger tie).
    /// </summary>
    public void RaiseKinToward(int to, int from, double keep, double join)
    {
        for (int c = 0; c < CommunityCount; c++)
        {
            ref double k = ref KinOf(to, c);
            k = Math.Max(k, (keep * k) + (join * KinOf(from, c)));
        }
    }

    /// <summary>
    /// Rescales a group's presence to sum to exactly 1 (or clears it when there is none), so that
    /// rounding in the rules that move fighters between regions cannot accumulate over a run.
    /// </summary>
    public void NormalisePresence(int group)
    {
        int start = group * RegionCount;
        double sum = 0;
        for (int r = 0; r < RegionCount; r++)
        {
            double p = Presence[start + r];
            if (!(p > 0))
            {
                Presence[start + r] = 0;
                continue;
            }

            sum += p;
        }

        if (sum <= 0)
        {
            return;
        }

        for (int r = 0; r < RegionCount; r++)
        {
            Presence[start + r] /= sum;
        }
    }

    /// <summary>Fighters of the group in a region.</summary>
    public double FightersIn(int group, int region) => Fighters[group] * Presence[(group * RegionCount) + region];

    /// <summary>True if another group can still be created.</summary>
    public bool HasRoom => Count < Capacity;

    /// <summary>Takes the next free slot for a new group formed at <paramref name="tick"/>; -1 when full.</summary>
    public int Add(GroupKind kind, GroupOrigin origin, int tick)
    {
        if (Count >= Capacity)
        {
            return -1;
        }

        int g = Count++;
        Active[g] = true;
        Kind[g] = kind;
        Origin[g] = origin;
        FormedTick[g] = tick;
        Cohesion[g] = 0.7;
        Arms[g] = 0.3;
        return g;
    }

    /// <summary>Ends a group (destroyed, merged or dissolved): it keeps its slot but holds nothing.</summary>
    public void End(int group, int tick)
    {
        Active[group] = false;
        EndedTick[group] = tick;
        Fighters[group] = 0;
        Bloc[group] = -1;
        ForeignPartner[group] = -1;
        Array.Clear(Presence, group * RegionCount, RegionCount);
    }
}
