namespace StalemateSim.Core.Reference.Epstein;

/// <summary>
/// Parameters of Epstein's civil violence model I ("Modeling civil violence: an agent-based
/// computational approach", PNAS 99 suppl. 3, 2002). The defaults are the standard run used here:
/// a 40×40 torus, citizen density 0.7, cop density 0.074, vision 7 (von Neumann), legitimacy 0.8,
/// maximum jail term 1000, threshold 0.1, k = 2.3, movement on.
/// </summary>
public sealed record EpsteinParameters
{
    /// <summary>The standard parameters.</summary>
    public static EpsteinParameters Standard { get; } = new();

    /// <summary>Columns of the torus, at most 64 (each row is kept as one 64-bit word).</summary>
    public int Width { get; init; } = 40;

    /// <summary>Rows of the torus.</summary>
    public int Height { get; init; } = 40;

    /// <summary>Citizens per cell; the count is this times the cells, rounded.</summary>
    public double CitizenDensity { get; init; } = 0.7;

    /// <summary>Cops per cell; the count is this times the cells, rounded (0.074 × 1600 = 118).</summary>
    public double CopDensity { get; init; } = 0.074;

    /// <summary>Vision radius in cells: an agent sees the cells with |dx| + |dy| ≤ vision (von Neumann), not its own.</summary>
    public int Vision { get; init; } = 7;

    /// <summary>Legitimacy L of the regime from step 1, in [0, 1]; <see cref="LegitimacyChanges"/> may change it later.</summary>
    public double Legitimacy { get; init; } = 0.8;

    /// <summary>Scheduled changes of legitimacy (a sudden drop is one change; a gradual one is many small ones).</summary>
    public IReadOnlyList<LegitimacyChange> LegitimacyChanges { get; init; } = [];

    /// <summary>Jail terms are drawn uniformly from 0 to this many steps, inclusive.</summary>
    public int MaxJailTerm { get; init; } = 1000;

    /// <summary>A citizen turns active when grievance minus net risk exceeds this threshold T.</summary>
    public double Threshold { get; init; } = 0.1;

    /// <summary>The constant k of the estimated arrest probability 1 − exp(−k · floor(C / (A + 1))).</summary>
    public double ArrestConstant { get; init; } = 2.3;

    /// <summary>Whether agents move to a random empty cell in vision before acting (Epstein's rule M).</summary>
    public bool Movement { get; init; } = true;

    /// <summary>Number of cells of the torus.</summary>
    public int Cells => Width * Height;

    /// <summary>Number of citizens: citizen density times cells, rounded half away from zero.</summary>
    public int Citizens => (int)Math.Round(CitizenDensity * Cells, MidpointRounding.AwayFromZero);

    /// <summary>Number of cops: cop density times cells, rounded half away from zero.</summary>
    public int Cops => (int)Math.Round(CopDensity * Cells, MidpointRounding.AwayFromZero);

    /// <summary>Every problem with these parameters; empty when they can be run.</summary>
    public IReadOnlyList<string> Problems()
    {
        var problems = new List<string>();
        if (Width < 1 || Height < 1 || Width > 64)
        {
            problems.Add("the torus needs at least one row and 1 to 64 columns (a row is one 64-bit word)");
        }

        if (!(CitizenDensity >= 0) || !(CopDensity >= 0) || (Width >= 1 && Height >= 1 && Citizens + Cops > Cells))
        {
            problems.Add("densities must be non-negative and leave room for one agent per cell at most");
        }

        if (Vision < 1 || (2 * Vision) + 1 > Math.Min(Width, Height))
        {
            problems.Add("vision must be at least 1 and small enough that the neighbourhood does not wrap onto itself (2·vision + 1 ≤ width and height)");
        }

        if (!(Legitimacy >= 0 && Legitimacy <= 1))
        {
            problems.Add("legitimacy must be in [0, 1]");
        }

        foreach (LegitimacyChange change in LegitimacyChanges)
        {
            if (change.Step < 1 || !(change.Legitimacy >= 0 && change.Legitimacy <= 1))
            {
                problems.Add($"legitimacy change {change.Step}:{change.Legitimacy} needs a step of at least 1 and a value in [0, 1]");
            }
        }

        if (MaxJailTerm < 0)
        {
            problems.Add("the maximum jail term must be non-negative");
        }

        if (!double.IsFinite(Threshold) || !(ArrestConstant >= 0) || !double.IsFinite(ArrestConstant))
        {
            problems.Add("the threshold must be finite and k non-negative");
        }

        return problems;
    }
}
