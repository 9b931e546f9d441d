namespace StalemateSim.Core.Model;

/// <summary>Pairwise relations between armed groups, symmetric, at [a * Capacity + b] (digest 3.2).</summary>
public sealed class RelationMatrix
{
    public RelationMatrix(int capacity)
    {
        Capacity = capacity;
        Affinity = new double[capacity * capacity];
        Allied = new bool[capacity * capacity];
        AlliedSince = new int[capacity * capacity];
        Hostile = new bool[capacity * capacity];
    }

    public int Capacity { get; }

    /// <summary>Affinity in [-1, 1]: shared enemies, kin, ideology and patrons minus rivalry and competition.</summary>
    public readonly double[] Affinity;

    public readonly bool[] Allied;

    public readonly int[] AlliedSince;

    /// <summary>Whether the pair fights when they meet.</summary>
    public readonly bool[] Hostile;

    public int Index(int a, int b) => (a * Capacity) + b;

    public bool AreAllied(int a, int b) => Allied[(a * Capacity) + b];

    public bool AreHostile(int a, int b) => Hostile[(a * Capacity) + b];

    /// <summary>Sets both directions of an alliance.</summary>
    public void SetAllied(int a, int b, bool allied, int tick)
    {
        Allied[(a * Capacity) + b] = allied;
        Allied[(b * Capacity) + a] = allied;
        AlliedSince[(a * Capacity) + b] = tick;
        AlliedSince[(b * Capacity) + a] = tick;
    }

    public void SetHostile(int a, int b, bool hostile)
    {
        Hostile[(a * Capacity) + b] = hostile;
        Hostile[(b * Capacity) + a] = hostile;
    }
}
