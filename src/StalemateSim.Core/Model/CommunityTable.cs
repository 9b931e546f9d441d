namespace StalemateSim.Core.Model;

/// <summary>Communities (an identity in a region), indexed 0..Count-1. Attitudes live here; villages hold places.</summary>
public sealed class CommunityTable
{
    public CommunityTable(int count)
    {
        Count = count;
        Ids = new string[count];
        Region = new int[count];
        Identity = new int[count];
        Population = new double[count];
        Grievance = new double[count];
        Fear = new double[count];
        Hardship = new double[count];
        Trust = new double[count];
        Islamism = new double[count];
        Separatism = new double[count];
        SelfDefenceBase = new double[count];
        Joined = new double[count];
        YouthShare = new double[count];
        Hostility = new double[count * count];
        Militia = new int[count];
        FirstVillage = new int[count];
        VillageCount = new int[count];
        Array.Fill(Militia, -1);
    }

    public int Count { get; }

    public readonly string[] Ids;

    public readonly int[] Region;

    /// <summary>Identity index: communities with the same identity are kin.</summary>
    public readonly int[] Identity;

    /// <summary>Initial rural population.</summary>
    public readonly double[] Population;

    public readonly double[] Grievance;

    public readonly double[] Fear;

    public readonly double[] Hardship;

    public readonly double[] Trust;

    public readonly double[] Islamism;

    public readonly double[] Separatism;

    public readonly double[] SelfDefenceBase;

    /// <summary>
    /// Youth of the community who have joined an armed group since the run began (cumulative: the
    /// dead, deserters and those still under arms alike); kept by the recruitment rule.
    /// </summary>
    public readonly double[] Joined;

    public readonly double[] YouthShare;

    /// <summary>Hostility of community a toward b at [a * Count + b], in [0,1].</summary>
    public readonly double[] Hostility;

    /// <summary>The self-defence militia raised by this community, or -1.</summary>
    public readonly int[] Militia;

    /// <summary>The community's villages are places FirstVillage .. FirstVillage + VillageCount - 1.</summary>
    public readonly int[] FirstVillage;

    public readonly int[] VillageCount;

    public ref double HostilityOf(int from, int to) => ref Hostility[(from * Count) + to];

    /// <summary>
    /// The communities of each region, in index order: those of region r are
    /// <c>Communities[Start[r]..Start[r + 1]]</c>.
    /// </summary>
    public (int[] Start, int[] Communities) ByRegion(int regions)
    {
        int[] start = new int[regions + 1];
        for (int c = 0; c < Count; c++)
        {
            start[Region[c] + 1]++;
        }

        for (int r = 0; r < regions; r++)
        {
            start[r + 1] += start[r];
        }

        int[] next = (int[])start.Clone();
        int[] list = new int[Count];
        for (int c = 0; c < Count; c++)
        {
            list[next[Region[c]]++] = c;
        }

        return (start, list);
    }
}
