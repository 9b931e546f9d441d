namespace StalemateSim.Core.Model;

/// <summary>The state: army, budget, abuses and profiling, proxy funding, stance on talks (digest 2(d), 3.4).</summary>
public sealed class StateAgent
{
    public StateAgent(int regionCount, int communityCount)
    {
        Deployment = new double[regionCount];
        Force = new double[regionCount];
        Profiling = new double[communityCount];
    }

    /// <summary>Soldiers.</summary>
    public double Army;

    public double ArmyCohesion;

    /// <summary>Defence spending, million USD a month.</summary>
    public double Budget;

    public double Abuse;

    public double MilitiaFunding;

    public double TalkStance;

    public double TalksWithJihadists;

    /// <summary>Accumulated defeats (soldiers lost and towns lost, decaying); a coup becomes likely when high.</summary>
    public double Defeats;

    public int Coups;

    public int LastCoupTick = -1000;

    /// <summary>Army weights by region (normalised), and soldiers present in each region this tick.</summary>
    public readonly double[] Deployment;

    public readonly double[] Force;

    /// <summary>Ethnic profiling of each community in [0,1].</summary>
    public readonly double[] Profiling;

    /// <summary>Soldiers lost and towns lost this tick.</summary>
    public double LossesThisTick;
}
