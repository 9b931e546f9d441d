namespace StalemateSim.Core.Model;

/// <summary>Wings of armed groups: each led by an elite, the seed of a possible splinter (digest 3.1).</summary>
public sealed class WingTable
{
    public WingTable(int capacity)
    {
        Capacity = capacity;
        Active = new bool[capacity];
        Group = new int[capacity];
        Elite = new int[capacity];
        Share = new double[capacity];
        Community = new int[capacity];
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    public readonly bool[] Active;

    public readonly int[] Group;

    public readonly int[] Elite;

    /// <summary>Share of the group's fighters loyal to the wing.</summary>
    public readonly double[] Share;

    /// <summary>The community the wing recruits from, or -1.</summary>
    public readonly int[] Community;

    /// <summary>Adds a wing; returns its index, or -1 when the table is full.</summary>
    public int Add(int group, int elite, double share, int community)
    {
        if (Count >= Capacity)
        {
            return -1;
        }

        int w = Count++;
        Active[w] = true;
        Group[w] = group;
        Elite[w] = elite;
        Share[w] = share;
        Community[w] = community;
        return w;
    }
}
