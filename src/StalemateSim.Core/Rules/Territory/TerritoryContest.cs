using System.Numerics;
using StalemateSim.Core.Model;
using StalemateSim.Core.Rules.Alliances;

namespace StalemateSim.Core.Rules.Territory;

/// <summary>
/// Scratch tables for one region's contest, allocated once: the groups present there (slots), each
/// slot's strength at the kind of place being resolved, and, for every possible holder, its
/// strongest challenger. Each holder costs O(slots) once per kind of place (each town, each
/// community's villages), so resolving a village costs O(1) however many villages there are.
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

    // Who each slot may fight (hostile and not allied) and who it is allied with, as rows of
    // bits over slots. Relations do not change while the territory rule resolves one region, so
    // the rows are built once per region, on the first Prepare, instead of testing every pair of
    // slots in the relation matrix again at every kind of place (each town, each community's
    // villages). Set bits are visited in ascending slot order, as the pair loops visited slots,
    // so every comparison and every sum is the same.
    private readonly GroupBitRows _rivals;
    private readonly GroupBitRows _allies;
    private bool _listsReady;

    // What the last Prepare was given, for the groups assessed on demand: a slot is current when
    // its _assessedAt equals _preparation, which every Prepare advances.
    private World? _world;
    private double _coalitionWeight;
    private long _preparation;
    private readonly long[] _assessedAt;

    public TerritoryContest(int groupCapacity)
    {
        _groupOfSlot = new int[groupCapacity];
        _slotOf = new int[groupCapacity];
        Strength = new double[groupCapacity];
        _bestVsSlot = new int[groupCapacity];
        _bestVsSlotStrength = new double[groupCapacity];
        _defenceOfSlot = new double[groupCapacity];
        _assessedAt = new long[groupCapacity];
        _rivals = new GroupBitRows(groupCapacity, groupCapacity);
        _allies = new GroupBitRows(groupCapacity, groupCapacity);
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
        _listsReady = false;
    }

    /// <summary>Adds a group present in the region; returns its slot.</summary>
    public int Add(int group)
    {
        int s = Count++;
        _groupOfSlot[s] = group;
        _slotOf[group] = s;
        _listsReady = false;
        return s;
    }

    /// <summary>
    /// Finds the strongest challenger of every possible holder, given the slots' strengths and the
    /// state's at this kind of place. Allies fight together (digest 3.2 AL1: a loose coalition
    /// takes the towns): a challenger brings <paramref name="coalitionWeight"/> × the strength of
    /// its allies present who are also hostile to the holder, and a group holding a place is
    /// defended by the same share of its allies present. The state and no one are assessed here;
    /// a group only when <see cref="Against"/> first asks about it (a town has one holder, and a
    /// community's villages a few of the groups present), with the same operations in the same order.
    /// </summary>
    public void Prepare(World world, double stateStrength, double coalitionWeight = 0)
    {
        if (!_listsReady)
        {
            BuildLists(world);
        }

        _world = world;
        _coalitionWeight = coalitionWeight;
        _preparation++;
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
        }

        if (_bestVsState >= 0)
        {
            _bestVsStateStrength += coalitionWeight * Allies(world, _slotOf[_bestVsState], Owners.State);
        }
    }

    /// <summary>
    /// The strongest challenger of the group in slot <paramref name="s"/> (the state if the group
    /// fights it, then its rivals present, in ascending slot order), with its allies' weight, and
    /// the group's defence with its own allies', at the kind of place last prepared.
    /// </summary>
    private void AssessSlot(int s)
    {
        World world = _world!;
        int g = _groupOfSlot[s];
        int best = Owners.None;
        double bestStrength = 0;
        if (world.HostileToState(g) && _stateStrength > 0)
        {
            best = Owners.State;
            bestStrength = _stateStrength;
        }

        // Slots hostile to s and not allied with it, in ascending order.
        ReadOnlySpan<ulong> rivals = _rivals.Row(s);
        for (int w = 0; w < rivals.Length; w++)
        {
            for (ulong bits = rivals[w]; bits != 0; bits &= bits - 1)
            {
                int t = (w << 6) + BitOperations.TrailingZeroCount(bits);
                if (Strength[t] > bestStrength)
                {
                    best = _groupOfSlot[t];
                    bestStrength = Strength[t];
                }
            }
        }

        _bestVsSlot[s] = best;
        _bestVsSlotStrength[s] = bestStrength + (best >= 0 ? _coalitionWeight * Allies(world, _slotOf[best], g) : 0);
        _defenceOfSlot[s] = Strength[s] + (_coalitionWeight * Allies(world, s, -3));
        _assessedAt[s] = _preparation;
    }

    /// <summary>Fills the rival and ally rows of every slot from the relation matrix.</summary>
    private void BuildLists(World world)
    {
        RelationMatrix rel = world.Relations;
        for (int s = 0; s < Count; s++)
        {
            int g = _groupOfSlot[s];
            _rivals.Clear(s);
            _allies.Clear(s);
            for (int t = 0; t < Count; t++)
            {
                if (t == s)
                {
                    continue;
                }

                int h = _groupOfSlot[t];
                if (rel.AreHostile(g, h) && !rel.AreAllied(g, h))
                {
                    _rivals.Add(s, t);
                }

                if (rel.AreAllied(g, h))
                {
                    _allies.Add(s, t);
                }
            }
        }

        _listsReady = true;
    }

    /// <summary>
    /// Strength of the allies of the group in <paramref name="slot"/> present here who are hostile to
    /// <paramref name="against"/> (a group, the state, or -3 for anyone), summed in slot order.
    /// </summary>
    private double Allies(World world, int slot, int against)
    {
        RelationMatrix rel = world.Relations;
        double total = 0;
        ReadOnlySpan<ulong> allies = _allies.Row(slot);
        for (int w = 0; w < allies.Length; w++)
        {
            for (ulong bits = allies[w]; bits != 0; bits &= bits - 1)
            {
                int t = (w << 6) + BitOperations.TrailingZeroCount(bits);
                int h = _groupOfSlot[t];
                bool hostile = against == -3
                    || (against == Owners.State ? world.HostileToState(h) : (h != against && rel.AreHostile(h, against)));
                if (hostile)
                {
                    total += Strength[t];
                }
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
        if (_assessedAt[s] != _preparation)
        {
            AssessSlot(s);
        }

        return (_bestVsSlot[s], _bestVsSlotStrength[s], _defenceOfSlot[s]);
    }
}
