using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Model;

/// <summary>Foreign forces (digest 2(d), 3.5). Troops by region are at [force * RegionCount + region].</summary>
public sealed class ForeignTable
{
    public ForeignTable(int count, int regionCount)
    {
        Count = count;
        RegionCount = regionCount;
        Ids = new string[count];
        Present = new bool[count];
        Troops = new double[count];
        DefaultTroops = new double[count];
        Posture = new ForeignPosture[count];
        CtEffect = new double[count];
        Attraction = new double[count];
        MilitiaSupport = new double[count];
        Abuse = new double[count];
        Deployment = new double[count * regionCount];
        Attacks = new double[count];
        DeployedTick = new int[count];
        TroopsIn = new double[regionCount];
    }

    public int Count { get; }

    public int RegionCount { get; }

    public readonly string[] Ids;

    public readonly bool[] Present;

    public readonly double[] Troops;

    public readonly double[] DefaultTroops;

    public readonly ForeignPosture[] Posture;

    public readonly double[] CtEffect;

    public readonly double[] Attraction;

    public readonly double[] MilitiaSupport;

    public readonly double[] Abuse;

    /// <summary>Deployment weights, normalised over regions for each force.</summary>
    public readonly double[] Deployment;

    /// <summary>Tick at which each force last arrived (a deployment event while it was absent; 0 until one does).</summary>
    public readonly int[] DeployedTick;

    /// <summary>Attacks suffered this tick.</summary>
    public readonly double[] Attacks;

    /// <summary>All present foreign troops in each region this tick.</summary>
    public readonly double[] TroopsIn;

    public double TroopsOf(int force, int region) =>
        Present[force] ? Troops[force] * Deployment[(force * RegionCount) + region] : 0;
}
