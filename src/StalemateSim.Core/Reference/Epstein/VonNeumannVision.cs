using System.Numerics;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Reference.Epstein;

/// <summary>
/// What an agent sees on a torus: every cell with |dx| + |dy| ≤ radius except its own, 2·r·(r + 1)
/// cells (112 for r = 7). The grid is kept as bit boards, one 64-bit word per row (bit x set when
/// column x holds the thing the board tracks), so the neighbourhood is 2r + 1 row words masked by
/// precomputed column windows: counting is a few popcounts and picking a uniformly random cell is
/// one draw, with no coordinate wrapping and no allocation. Rows are at most 64 columns wide.
/// </summary>
public sealed class VonNeumannVision
{
    private readonly int _width;
    private readonly int _span;
    private readonly ulong[] _windows; // [x * span + i]: the columns seen in the i-th row of the diamond from column x
    private readonly int[] _rows;      // [y * span + i]: the grid row of the i-th row of the diamond from row y
    private readonly int[] _windowsAt; // [cell]: x * span, where the cell's windows start (no division in the hot loop)
    private readonly int[] _rowsAt;    // [cell]: y * span, where the cell's rows start
    private readonly byte[] _columnOfSeen; // [(x << indexBits) + j]: the grid column of the j-th cell seen from column x
    private readonly int[] _rowOfSeen;     // [(y << indexBits) + j]: the grid row of the j-th cell seen from row y
    private readonly int[] _columnsOfSeenAt; // [cell]: x << indexBits
    private readonly int[] _rowsOfSeenAt;    // [cell]: y << indexBits
    private readonly int _indexBits;    // bits to number the cells seen: 7 for 112

    public VonNeumannVision(int width, int height, int radius)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 64);
        ArgumentOutOfRangeException.ThrowIfLessThan(radius, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((2 * radius) + 1, Math.Min(width, height));
        _width = width;
        _span = (2 * radius) + 1;
        Size = 2 * radius * (radius + 1);
        _indexBits = 64 - BitOperations.LeadingZeroCount((ulong)(Size - 1));
        _windows = new ulong[width * _span];
        _rows = new int[height * _span];
        _columnOfSeen = new byte[width << _indexBits];
        _rowOfSeen = new int[height << _indexBits];
        _windowsAt = new int[width * height];
        _rowsAt = new int[width * height];
        _columnsOfSeenAt = new int[width * height];
        _rowsOfSeenAt = new int[width * height];
        for (int cell = 0; cell < _windowsAt.Length; cell++)
        {
            _windowsAt[cell] = (cell % width) * _span;
            _rowsAt[cell] = (cell / width) * _span;
            _columnsOfSeenAt[cell] = (cell % width) << _indexBits;
            _rowsOfSeenAt[cell] = (cell / width) << _indexBits;
        }

        for (int i = 0; i < _span; i++)
        {
            int dy = i - radius;
            int reach = radius - Math.Abs(dy);
            for (int x = 0; x < width; x++)
            {
                ulong window = 0;
                for (int dx = -reach; dx <= reach; dx++)
                {
                    if (dx != 0 || dy != 0)
                    {
                        window |= 1UL << ((x + dx + width) % width);
                    }
                }

                _windows[(x * _span) + i] = window;
            }

            for (int y = 0; y < height; y++)
            {
                _rows[(y * _span) + i] = (y + dy + height) % height;
            }
        }

        // The cells seen, numbered row by row, for drawing one at random. The numbers from Size up to
        // the next power of two are never taken but left as row 0, column 0, so that a drawn number can
        // be looked up before it is checked (see PickClearByRejection).
        int j = 0;
        for (int i = 0; i < _span; i++)
        {
            int dy = i - radius;
            int reach = radius - Math.Abs(dy);
            for (int dx = -reach; dx <= reach; dx++)
            {
                if (dx == 0 && dy == 0)
                {
                    continue;
                }

                for (int x = 0; x < width; x++)
                {
                    _columnOfSeen[(x << _indexBits) + j] = (byte)((x + dx + width) % width);
                }

                for (int y = 0; y < height; y++)
                {
                    _rowOfSeen[(y << _indexBits) + j] = (y + dy + height) % height;
                }

                j++;
            }
        }
    }

    /// <summary>Cells seen from any cell.</summary>
    public int Size { get; }

    /// <summary>How many cells seen from <paramref name="cell"/> are set in <paramref name="board"/>.</summary>
    public int Count(ReadOnlySpan<ulong> board, int cell)
    {
        ReadOnlySpan<ulong> windows = _windows.AsSpan(_windowsAt[cell], _span);
        ReadOnlySpan<int> rows = _rows.AsSpan(_rowsAt[cell], _span);
        int count = 0;
        for (int i = 0; i < windows.Length; i++)
        {
            count += BitOperations.PopCount(board[rows[i]] & windows[i]);
        }

        return count;
    }

    /// <summary>How many cells seen from <paramref name="cell"/> are set in each of two boards.</summary>
    public void Count(ReadOnlySpan<ulong> first, ReadOnlySpan<ulong> second, int cell, out int inFirst, out int inSecond)
    {
        ReadOnlySpan<ulong> windows = _windows.AsSpan(_windowsAt[cell], _span);
        ReadOnlySpan<int> rows = _rows.AsSpan(_rowsAt[cell], _span);
        int a = 0;
        int b = 0;
        for (int i = 0; i < windows.Length; i++)
        {
            int row = rows[i];
            a += BitOperations.PopCount(first[row] & windows[i]);
            b += BitOperations.PopCount(second[row] & windows[i]);
        }

        inFirst = a;
        inSecond = b;
    }

    /// <summary>
    /// A uniformly random cell seen from <paramref name="cell"/> that is clear in <paramref name="board"/>,
    /// or −1 when there is none. Tries up to <paramref name="tries"/> cells of the neighbourhood drawn
    /// at random and takes the first clear one (uniform among the clear ones), then falls back to
    /// <see cref="Pick"/> (uniform too), so the result is uniform whatever the number of tries. Fast
    /// when clear cells are common, as empty cells are in Epstein's model. Each 64-bit draw yields
    /// several candidates: chunks of just enough bits to number the cells seen, a chunk past the last
    /// cell skipped, so every candidate is exactly uniform.
    /// <para>
    /// The loop has a single data-dependent branch, taken when a candidate is both in range and clear:
    /// whether a chunk is in range only adds to the tries left, without a branch of its own, since one
    /// chunk in eight (for 112 cells numbered with 7 bits) falls past the last cell, unpredictably, and
    /// a mispredicted branch cost more than the lookup of such a chunk, which is made anyway. The grid
    /// row and column of a candidate are looked up side by side, by the agent's row and by its column,
    /// so that the test of the board waits for one lookup, not two in a row.
    /// </para>
    /// </summary>
    public int PickClearByRejection(ReadOnlySpan<ulong> board, int cell, int tries, ref Xoshiro256StarStar random)
    {
        // Slices open to the end: each index is checked anyway, and the JIT makes a slice of given
        // length a costly overflow-safe sum and compare, with spills.
        int bits = _indexBits;
        ReadOnlySpan<int> rows = _rowOfSeen.AsSpan(_rowsOfSeenAt[cell]);
        ReadOnlySpan<byte> columns = _columnOfSeen.AsSpan(_columnsOfSeenAt[cell]);
        int size = Size;
        ulong mask = (1UL << bits) - 1;
        int left = tries;
        while (left > 0)
        {
            ulong word = random.NextUInt64();
            for (int shift = 0; shift + bits <= 64 && left > 0; shift += bits)
            {
                int j = (int)((word >> shift) & mask);
                int inRange = (int)((uint)(j - size) >> 31); // 1 when j < size
                int row = rows[j];
                int column = columns[j];
                int clear = (int)(~(board[row] >> column) & 1);
                if ((clear & inRange) != 0)
                {
                    return (row * _width) + column;
                }

                left -= inRange;
            }
        }

        return Pick(board, clear: true, cell, ref random);
    }

    /// <summary>
    /// A uniformly random cell seen from <paramref name="cell"/> that is set in <paramref name="board"/>
    /// (or clear, when <paramref name="clear"/>), or −1 when there is none. Draws once when there is one.
    /// </summary>
    public int Pick(ReadOnlySpan<ulong> board, bool clear, int cell, ref Xoshiro256StarStar random)
    {
        ReadOnlySpan<ulong> windows = _windows.AsSpan(_windowsAt[cell], _span);
        ReadOnlySpan<int> rows = _rows.AsSpan(_rowsAt[cell], _span);
        ulong flip = clear ? ulong.MaxValue : 0;
        int total = 0;
        for (int i = 0; i < windows.Length; i++)
        {
            total += BitOperations.PopCount((board[rows[i]] ^ flip) & windows[i]);
        }

        if (total == 0)
        {
            return -1;
        }

        int k = random.NextInt(total);
        for (int i = 0; ; i++)
        {
            ulong bits = (board[rows[i]] ^ flip) & windows[i];
            int here = BitOperations.PopCount(bits);
            if (k < here)
            {
                for (; k > 0; k--)
                {
                    bits &= bits - 1;
                }

                return (rows[i] * _width) + BitOperations.TrailingZeroCount(bits);
            }

            k -= here;
        }
    }
}
