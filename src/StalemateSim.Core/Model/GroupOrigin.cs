namespace StalemateSim.Core.Model;

/// <summary>How an armed group came to exist.</summary>
public enum GroupOrigin : byte
{
    Initial,
    Splinter,
    Militia,
}
