namespace StalemateSim.Core.Model;

/// <summary>Special owner values for places; a non-negative owner is an armed group index.</summary>
public static class Owners
{
    /// <summary>The state administers the place.</summary>
    public const int State = -1;

    /// <summary>No one governs the place.</summary>
    public const int None = -2;
}
