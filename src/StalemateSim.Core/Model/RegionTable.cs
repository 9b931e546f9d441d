namespace StalemateSim.Core.Model;

/// <summary>Regions, indexed 0..Count-1.</summary>
public sealed class RegionTable
{
    public RegionTable(int count, int zoneCount)
    {
        Count = count;
        ZoneCount = zoneCount;
        Ids = new string[count];
        Zone = new int[count];
        Neighbours = new int[count][];
        ResourcePressure = new double[count];
        Trafficking = new double[count];
        BaseReach = new double[count];
        Reach = new double[count];
        NationalCapital = new bool[count];
        Drought = new double[count];
        DroughtUntil = new int[count];
        Autonomy = new double[count];
        Governance = new double[count];
        CapitalPlace = new int[count];
        DistrictPlace = new int[count];
        Population = new double[count];
    }

    public int Count { get; }

    public int ZoneCount { get; }

    public readonly string[] Ids;

    /// <summary>Zone index (see <see cref="World.ZoneNames"/>).</summary>
    public readonly int[] Zone;

    public readonly int[][] Neighbours;

    public readonly double[] ResourcePressure;

    public readonly double[] Trafficking;

    /// <summary>State reach the region starts with; the territory rule moves <see cref="Reach"/> around it.</summary>
    public readonly double[] BaseReach;

    /// <summary>Current state reach in [0,1]: share of the region's population the state administers.</summary>
    public readonly double[] Reach;

    public readonly bool[] NationalCapital;

    /// <summary>Current drought severity in [0,1] and the tick at which it ends.</summary>
    public readonly double[] Drought;

    public readonly int[] DroughtUntil;

    /// <summary>Policy: provisional autonomy granted to the region, in [0,1].</summary>
    public readonly double[] Autonomy;

    /// <summary>Policy: citizen-led governance reform in the region, in [0,1].</summary>
    public readonly double[] Governance;

    /// <summary>Index of the regional capital's place and of the district centres' place.</summary>
    public readonly int[] CapitalPlace;

    public readonly int[] DistrictPlace;

    /// <summary>Initial population of the region (capital, districts and villages).</summary>
    public readonly double[] Population;
}
