namespace StalemateSim.Core.Rules.Alliances;

/// <summary>
/// Sets of groups as rows of bits (bit g of a row stands for group g), so that what two or three
/// sets have in common is found 64 groups at a time. Sized once; rows are rebuilt each tick.
/// </summary>
internal sealed class GroupBitRows
{
    private readonly ulong[] _bits;

    public GroupBitRows(int rows, int groupCapacity)
    {
        Words = (groupCapacity + 63) / 64;
        _bits = new ulong[rows * Words];
    }

    /// <summary>64-bit words per row.</summary>
    public int Words { get; }

    public ReadOnlySpan<ulong> Row(int row) => _bits.AsSpan(row * Words, Words);

    public void Clear(int row) => _bits.AsSpan(row * Words, Words).Clear();

    public void Add(int row, int group) => _bits[(row * Words) + (group >> 6)] |= 1UL << (group & 63);

    /// <summary>Whether the two rows share a group.</summary>
    public bool Overlap(int rowA, int rowB)
    {
        ReadOnlySpan<ulong> a = Row(rowA), b = Row(rowB);
        for (int w = 0; w < a.Length; w++)
        {
            if ((a[w] & b[w]) != 0)
            {
                return true;
            }
        }

        return false;
    }
}
