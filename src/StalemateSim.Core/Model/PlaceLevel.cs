namespace StalemateSim.Core.Model;

/// <summary>The three levels at which state reach and control are measured (digest 3.4 ST1, 7.2.14).</summary>
public enum PlaceLevel : byte
{
    Capital,
    District,
    Village,
}
