namespace StalemateSim.Core.Reference.Epstein;

/// <summary>What a citizen of Epstein's civil violence model is doing.</summary>
public enum CitizenState : byte
{
    /// <summary>On the grid, not rebelling.</summary>
    Quiet = 0,

    /// <summary>On the grid and openly rebelling: cops in vision may arrest it.</summary>
    Active = 1,

    /// <summary>Off the grid, serving a jail term.</summary>
    Jailed = 2,
}
