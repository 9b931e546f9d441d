using StalemateSim.Core.Model;

namespace StalemateSim.Core.Rules.Territory;

/// <summary>
/// Scratch tables for one region's contest, allocated once: the groups present there (slots), each
/// slot's strength at the kind of place being resolved, and, for every possible holder, its
/// strongest challenger. <see cref="Prepare"/> costs O(slots²) once per kind of place (each town,
/// each community's villages), so resolving a village costs O(1) however many villages there are.
/// Challengers of a holder: for the state, groups at war with it; for a group, the state if the
/// group is at war with it and groups hostile to it and not allied with it; for an ungoverned
/// place, anyone present.
/// </summary>
internal sealed class TerritoryContest
{
    private readonly int[] _groupOfSlot;
    private readonly int[] _slotOf;
    private readonly double[] _bestVsSlotStrength;
    private readonly int[] _bestVsSlot;
    private readonly double[] _defenceOfSlot;
    private double _stateStrength;
    private int _bestVsState;
    private double _bestVsStateStrength;
    private int _bestVsNone;
    private double _bestVsNoneStrength;

    public TerritoryContest(int groupCapacity)
    {
        _groupOfSlot = new int[groupCapacity];
        _slotOf = new int[groupCapacity];
        Strength = new double[groupCapacity];
        _bestVsSlot = new int[groupCapacity];
        _bestVsSlotStrength = new double[groupCapacity];
        _defenceOfSlot = new double[groupCapacity];
        Array.Fill(_slotOf, -1);
    }

    /// <summary>Groups present in the region.</summary>
    public int Count { get; private set; }

    /// <summary>Each slot's strength at the kind of place about to be prepared; set by the caller.</summary>
    public double[] Strength { get; }

    public int GroupOf(int slot) => _groupOfSlot[slot];

    /// <summary>The slot of a group present in the region, or -1.</summary>
    public int SlotOf(int group) => _slotOf[group];

    /// <summary>Empties the table for the next region.</summary>
    public void Clear()
    {
        for (int s = 0; s < Count; s++)
        {
            _slotOf[_groupOfSlot[s]] = -1;
        }

        Count = 0;
    }

    /// <summary>Adds a group present in the region; returns its slot.</summary>
    public int Add(int group)
    {
        int s = Count++;
        _groupOfSlot[s] = group;
        _slotOf[group] = s;
        return s;
    }

    /// <summary>
    /// Finds the strongest challenger of every possible holder, given the slots' strengths and the
    /// state's at this kind of place. Allies fight together (digest 3.2 AL1: a loose coalition
    /// takes the towns): a challenger brings <paramref name="coalitionWeight"/> × the strength of
    /// its allies present who are also hostile to the holder, and a group holding a place is
    /// defended by the same share of its allies present.
    /// </summary>
    public void Prepare(World world, double stateStrength, double coalitionWeight = 0)
    {
        RelationMatrix rel = world.Relations;
        _stateStrength = stateStrength;
        _bestVsState = Owners.None;
        _bestVsStateStrength = 0;
        _bestVsNone = stateStrength > 0 ? Owners.State : Owners.None;
        _bestVsNoneStrength = stateStrength;
        for (int s = 0; s < Count; s++)
        {
            int g = _groupOfSlot[s];
            double strength = Strength[s];
            if (strength > _bestVsNoneStrength)
            {
                _bestVsNone = g;
                _bestVsNoneStrength = strength;
            }

            if (world.HostileToState(g) && strength > _bestVsStateStrength)
            {
                _bestVsState = g;
                _bestVsStateStrength = strength;
            }

            int best = Owners.None;
            double bestStrength = 0;
            if (world.HostileToState(g) && stateStrength > 0)
            {
                best = Owners.State;
                bestStrength = stateStrength;
            }

            for (int t = 0; t < Count; t++)
            {
                int h = _groupOfSlot[t];
                if (t != s && Strength[t] > bestStrength && rel.AreHostile(g, h) && !rel.AreAllied(g, h))
                {
                    best = h;
                    bestStrength = Strength[t];
                }
            }

            _bestVsSlot[s] = best;
            _bestVsSlotStrength[s] = bestStrength + (best >= 0 ? coalitionWeight * Allies(world, best, g) : 0);
            _defenceOfSlot[s] = strength + (coalitionWeight * Allies(world, g, -3));
        }

        if (_bestVsState >= 0)
        {
            _bestVsStateStrength += coalitionWeight * Allies(world, _bestVsState, Owners.State);
        }
    }

    /// <summary>
    /// Strength of the allies of <paramref name="group"/> present here who are hostile to
    /// <paramref name="against"/> (a group, the state, or -3 for anyone).
    /// </summary>
    private double Allies(World world, int group, int against)
    {
        RelationMatrix rel = world.Relations;
        double total = 0;
        for (int t = 0; t < Count; t++)
        {
            int h = _groupOfSlot[t];
            if (h == group || !rel.AreAllied(group, h))
            {
                continue;
            }

            bool hostile = against == -3
                || (against == Owners.State ? world.HostileToState(h) : (h != against && rel.AreHostile(h, against)));
            if (hostile)
            {
                total += Strength[t];
            }
        }

        return total;
    }

    /// <summary>
    /// The strongest challenger of <paramref name="owner"/> (a group present here, the state, or
    /// none), its strength and the holder's own (0 for an ungoverned place). Challenger is
    /// <see cref="Owners.None"/> when no one contests.
    /// </summary>
    public (int Challenger, double Challenge, double Defence) Against(int owner)
    {
        if (owner == Owners.State)
        {
            return (_bestVsState, _bestVsStateStrength, _stateStrength);
        }

        if (owner == Owners.None)
        {
            return (_bestVsNone, _bestVsNoneStrength, 0);
        }

        int s = _slotOf[owner];
        return (_bestVsSlot[s], _bestVsSlotStrength[s], _defenceOfSlot[s]);
    }
}
