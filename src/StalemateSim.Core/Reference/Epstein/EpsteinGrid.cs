using System.Diagnostics;
using System.Runtime.CompilerServices;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Reference.Epstein;

/// <summary>
/// The torus of Epstein's model, at most one agent per cell (cell = row · width + column). Kept as
/// the agent on each cell and the cell of each agent, and as bit boards, one 64-bit word per row, of
/// occupied cells, active citizens and cops, which <see cref="VonNeumannVision"/> counts and picks
/// from. Every change goes through here so the four views always agree; nothing allocates.
/// A readonly struct of array references, so the model holds it inline: its hot loop reaches the
/// arrays without a further indirection (as a class it cost about 9% of a step). Copies share the
/// arrays; only the model changes them (the changing members are internal).
/// </summary>
public readonly struct EpsteinGrid
{
    /// <summary>No agent: an empty cell, or the position of a jailed citizen.</summary>
    public const int NoAgent = -1;

    private readonly int[] _occupant;
    private readonly int[] _position;
    // [cell]: its row, to find its word without dividing; its bit in that word is then worked out
    // (column = cell − row · width), which left the cache more room than a table of bits did.
    private readonly int[] _rowOf;
    private readonly ulong[] _occupiedRows;
    private readonly ulong[] _activeRows;
    private readonly ulong[] _copRows;

    public EpsteinGrid(int width, int height, int agents)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 64);
        int cells = width * height;
        Width = width;
        _occupant = new int[cells];
        _position = new int[agents];
        _rowOf = new int[cells];
        for (int cell = 0; cell < cells; cell++)
        {
            _rowOf[cell] = cell / width;
        }

        _occupiedRows = new ulong[height];
        _activeRows = new ulong[height];
        _copRows = new ulong[height];
        Clear();
    }

    public int Width { get; }

    public int Cells => _occupant.Length;

    /// <summary>The agent on each cell, or <see cref="NoAgent"/>.</summary>
    public ReadOnlySpan<int> Occupants => _occupant;

    /// <summary>Bit boards, one word per row, bit = column.</summary>
    public ReadOnlySpan<ulong> OccupiedRows => _occupiedRows;

    public ReadOnlySpan<ulong> ActiveRows => _activeRows;

    public ReadOnlySpan<ulong> CopRows => _copRows;

    /// <summary>The cell of an agent, or <see cref="NoAgent"/> when it is off the grid (jailed).</summary>
    public int PositionOf(int agent) => _position[agent];

    public int OccupantOf(int cell) => _occupant[cell];

    /// <summary>Empties every cell and takes every agent off the grid.</summary>
    internal void Clear()
    {
        Array.Fill(_occupant, NoAgent);
        Array.Fill(_position, NoAgent);
        Array.Clear(_occupiedRows);
        Array.Clear(_activeRows);
        Array.Clear(_copRows);
    }

    /// <summary>Puts an agent that is off the grid on an empty cell, as a cop or as a quiet citizen.</summary>
    internal void Place(int agent, int cell, bool cop)
    {
        _occupant[cell] = agent;
        _position[agent] = cell;
        Set(_occupiedRows, cell);
        if (cop)
        {
            Set(_copRows, cell);
        }
    }

    /// <summary>Takes a citizen off the grid (to jail), active or not.</summary>
    internal void Remove(int citizen)
    {
        int cell = _position[citizen];
        _occupant[cell] = NoAgent;
        _position[citizen] = NoAgent;
        Unset(_occupiedRows, cell);
        Unset(_activeRows, cell);
    }

    /// <summary>Moves an agent from its cell <paramref name="from"/> to an empty cell, carrying its cop or active bit.</summary>
    /// <remarks>
    /// The arrays are read into locals once: read through the model's field after each store, the JIT
    /// reloads them, since it cannot tell that an array store leaves the field alone.
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void Move(int agent, int from, int to)
    {
        Debug.Assert(_position[agent] == from && _occupant[to] == NoAgent, "an agent moves from its own cell to an empty one");
        int[] occupant = _occupant;
        occupant[from] = NoAgent;
        occupant[to] = agent;
        _position[agent] = to;
        int[] rowOf = _rowOf;
        int fromRow = rowOf[from];
        ulong fromBit = 1UL << (from - (fromRow * Width));
        int toRow = rowOf[to];
        ulong toBit = 1UL << (to - (toRow * Width));
        ulong[] occupied = _occupiedRows;
        occupied[fromRow] &= ~fromBit;
        occupied[toRow] |= toBit;
        ulong[] cops = _copRows;
        ulong[] actives = _activeRows;
        if (((cops[fromRow] | actives[fromRow]) & fromBit) != 0)
        {
            // Most movers are quiet citizens, with neither bit: one test for them.
            Carry(cops, fromRow, fromBit, toRow, toBit);
            Carry(actives, fromRow, fromBit, toRow, toBit);
        }
    }

    /// <summary>Marks the citizen on <paramref name="cell"/> active or quiet.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal void SetActive(int cell, bool active)
    {
        if (active)
        {
            Set(_activeRows, cell);
        }
        else
        {
            Unset(_activeRows, cell);
        }
    }

    /// <summary>A uniformly random empty cell of the whole grid, by rejection; there must be one.</summary>
    internal int RandomEmptyCell(ref Xoshiro256StarStar random)
    {
        int cell;
        do
        {
            cell = random.NextInt(_occupant.Length);
        }
        while (_occupant[cell] != NoAgent);

        return cell;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Set(ulong[] rows, int cell)
    {
        int row = _rowOf[cell];
        rows[row] |= 1UL << (cell - (row * Width));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private void Unset(ulong[] rows, int cell)
    {
        int row = _rowOf[cell];
        rows[row] &= ~(1UL << (cell - (row * Width)));
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Carry(ulong[] rows, int fromRow, ulong fromBit, int toRow, ulong toBit)
    {
        if ((rows[fromRow] & fromBit) != 0)
        {
            rows[fromRow] &= ~fromBit;
            rows[toRow] |= toBit;
        }
    }
}
