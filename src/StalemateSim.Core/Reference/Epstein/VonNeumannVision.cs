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

    public VonNeumannVision(int width, int height, int radius)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(width, 64);
        ArgumentOutOfRangeException.ThrowIfLessThan(radius, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan((2 * radius) + 1, Math.Min(width, height));
        _width = width;
        _span = (2 * radius) + 1;
        Size = 2 * radius * (radius + 1);
        _windows = new ulong[width * _span];
        _rows = new int[height * _span];
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
    }

    /// <summary>Cells seen from any cell.</summary>
    public int Size { get; }

    /// <summary>How many cells seen from <paramref name="cell"/> are set in each of two boards.</summary>
    public void Count(ReadOnlySpan<ulong> first, ReadOnlySpan<ulong> second, int cell, out int inFirst, out int inSecond)
    {
        int y = Math.DivRem(cell, _width, out int x);
        ReadOnlySpan<ulong> windows = _windows.AsSpan(x * _span, _span);
        ReadOnlySpan<int> rows = _rows.AsSpan(y * _span, _span);
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
    /// A uniformly random cell seen from <paramref name="cell"/> that is set in <paramref name="board"/>
    /// (or clear, when <paramref name="clear"/>), or −1 when there is none. Draws once when there is one.
    /// </summary>
    public int Pick(ReadOnlySpan<ulong> board, bool clear, int cell, ref Xoshiro256StarStar random)
    {
        int y = Math.DivRem(cell, _width, out int x);
        ReadOnlySpan<ulong> windows = _windows.AsSpan(x * _span, _span);
        ReadOnlySpan<int> rows = _rows.AsSpan(y * _span, _span);
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
