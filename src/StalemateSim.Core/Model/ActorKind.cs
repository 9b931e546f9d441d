using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Model;

/// <summary>Who did something or holds something, for metrics: the state, foreign forces, or a kind of armed group.</summary>
public enum ActorKind : byte
{
    State,
    Foreign,
    Separatist,
    Jihadist,
    ProGovernment,
    SelfDefence,
}

/// <summary>Mapping between group kinds and actor kinds.</summary>
public static class ActorKinds
{
    /// <summary>How many actor kinds there are.</summary>
    public const int Count = 6;

    /// <summary>How many group kinds there are.</summary>
    public const int GroupKindCount = 4;

    /// <summary>The actor kind of an armed group of this kind.</summary>
    public static ActorKind Of(GroupKind kind) => (ActorKind)((int)kind + 2);

    /// <summary>Lower camel-case name used in metric names.</summary>
    public static string MetricName(ActorKind kind) => kind switch
    {
        ActorKind.State => "state",
        ActorKind.Foreign => "foreign",
        ActorKind.Separatist => "separatist",
        ActorKind.Jihadist => "jihadist",
        ActorKind.ProGovernment => "proGovernment",
        ActorKind.SelfDefence => "selfDefence",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    /// <summary>Lower camel-case name of a group kind.</summary>
    public static string MetricName(GroupKind kind) => MetricName(Of(kind));
}
