namespace StalemateSim.Core.Model;

/// <summary>Elites: leaders and families, and commanders who rise during the run (digest 2(b), 3.6).</summary>
public sealed class EliteTable
{
    public EliteTable(int capacity)
    {
        Capacity = capacity;
        Ids = new string?[capacity];
        Alive = new bool[capacity];
        Community = new int[capacity];
        Ambition = new double[capacity];
        Prestige = new double[capacity];
        Islamism = new double[capacity];
        StateStance = new double[capacity];
        Rents = new double[capacity];
        RisenFrom = new int[capacity];
        Rivalry = new double[capacity * capacity];
        Array.Fill(RisenFrom, -1);
    }

    public int Capacity { get; }

    public int Count { get; private set; }

    /// <summary>Ids from the scenario; null for commanders who rose during the run.</summary>
    public readonly string?[] Ids;

    public readonly bool[] Alive;

    public readonly int[] Community;

    public readonly double[] Ambition;

    public readonly double[] Prestige;

    public readonly double[] Islamism;

    public readonly double[] StateStance;

    /// <summary>Rents collected this tick, thousand USD.</summary>
    public readonly double[] Rents;

    /// <summary>For a commander who rose during the run, the group he rose in; else -1.</summary>
    public readonly int[] RisenFrom;

    /// <summary>Rivalry of a toward b at [a * Capacity + b], in [0,1].</summary>
    public readonly double[] Rivalry;

    public ref double RivalryOf(int a, int b) => ref Rivalry[(a * Capacity) + b];

    public bool HasRoom => Count < Capacity;

    /// <summary>Adds an elite; returns its index, or -1 when the table is full.</summary>
    public int Add(string? id, int community)
    {
        if (Count >= Capacity)
        {
            return -1;
        }

        int e = Count++;
        Ids[e] = id;
        Alive[e] = true;
        Community[e] = community;
        return e;
    }
}
