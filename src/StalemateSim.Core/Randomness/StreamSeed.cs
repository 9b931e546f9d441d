namespace StalemateSim.Core.Randomness;

/// <summary>
/// Derivation of stream seeds. Every random number in a run comes from a stream whose seed is a
/// pure function of (master seed, run index, tick, rule key), so switching a rule or an event on
/// at tick T leaves every draw before T, and every other rule's draws, unchanged.
/// </summary>
public static class StreamSeed
{
    /// <summary>Derives a child seed from a parent seed and one index.</summary>
    public static ulong Derive(ulong parent, ulong index)
    {
        ulong s = parent ^ SplitMix64.Mix(index + 0x632BE59BD9B4E019UL);
        return SplitMix64.Mix(s + 0x9E3779B97F4A7C15UL);
    }

    /// <summary>Derives a child seed from a parent seed and two indices.</summary>
    public static ulong Derive(ulong parent, ulong first, ulong second) => Derive(Derive(parent, first), second);

    /// <summary>The seed of run <paramref name="runIndex"/> of an ensemble with <paramref name="masterSeed"/>.</summary>
    public static ulong ForRun(ulong masterSeed, long runIndex) => Derive(masterSeed, 0x52554E0000000000UL ^ (ulong)runIndex);

    /// <summary>
    /// A stable 64-bit key for a name (FNV-1a over UTF-16 code units). Used to give each rule its own
    /// stream, so that adding or reordering rules does not shift the draws of the others.
    /// </summary>
    public static ulong KeyOf(string name)
    {
        ulong hash = 0xCBF29CE484222325UL;
        foreach (char c in name)
        {
            hash ^= c;
            hash *= 0x100000001B3UL;
        }

        return SplitMix64.Mix(hash);
    }
}
