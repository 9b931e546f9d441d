namespace StalemateSim.Core.Model;

/// <summary>The peace framework in force, if any (digest 3.8).</summary>
public sealed class AccordState
{
    /// <summary>Whether an accord framework is open.</summary>
    public bool Active;

    /// <summary>Whether groups formed after signing also gain seats (the inclusion dilemma, SP2).</summary>
    public bool Inclusive;

    /// <summary>Value of a seat to a signatory, thousand USD a month.</summary>
    public double SeatValue;

    public int OpenedTick = -1;

    /// <summary>How far the accord has been carried out, in [0,1].</summary>
    public double Implementation;

    /// <summary>Ceasefire between the state and signatories lasts until this tick.</summary>
    public int CeasefireUntil = -1;

    public int Accords;
}
