namespace StalemateSim.Core.Model;

/// <summary>A group's standing toward the current accord (digest 3.8).</summary>
public enum AccordStatus : byte
{
    None,
    Signatory,
    Excluded,
    Withdrawn,
}
