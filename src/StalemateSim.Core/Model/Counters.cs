namespace StalemateSim.Core.Model;

/// <summary>Cumulative counts since the start of the run.</summary>
public sealed class Counters
{
    public int Splinters;

    public int Mergers;

    public int NewMilitias;

    public int Assassinations;

    public int BlocsFormed;

    /// <summary>Signatories that withdrew from an accord.</summary>
    public int AccordWithdrawals;

    /// <summary>Village heads killed by jihadists.</summary>
    public int VillageHeadsKilled;

    /// <summary>Splits or militias that could not happen because a table was full.</summary>
    public int CapacityRefusals;
}
