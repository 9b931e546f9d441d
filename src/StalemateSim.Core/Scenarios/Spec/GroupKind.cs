namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>The kinds of armed group the reports distinguish (digest 2(a)).</summary>
public enum GroupKind : byte
{
    Separatist,
    Jihadist,
    ProGovernment,
    SelfDefence,
}
