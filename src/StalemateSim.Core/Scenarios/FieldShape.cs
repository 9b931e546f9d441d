using System.Reflection;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// A property of a spec record as JSON sees it: its camelCase name, its shape and the attributes
/// that constrain it. Range and month attributes apply to the number or string itself, or to each
/// value of a list or dictionary; <c>[RefersTo]</c> applies to a string, each list element, or each
/// dictionary key.
/// </summary>
internal sealed class FieldShape
{
    public required string JsonName { get; init; }

    public required PropertyInfo Property { get; init; }

    public required Shape Shape { get; init; }

    /// <summary>True when JSON null is accepted (<c>double?</c>, <c>string?</c> ...).</summary>
    public bool Nullable { get; init; }

    public bool Required { get; init; }

    public double? Min { get; init; }

    public double? Max { get; init; }

    public RefersToAttribute? RefersTo { get; init; }

    /// <summary>A yyyy-MM month (<c>[Month]</c> or <c>[MonthInRun]</c>).</summary>
    public bool Month { get; init; }

    public bool MonthInRun { get; init; }

    public string? Description { get; init; }

    /// <summary>For dictionaries: what the keys must be.</summary>
    public KeyKind Keys { get; init; }

    /// <summary>The range as text for messages, e.g. "in [0, 1]" or "0 or more".</summary>
    public string RangeText => (Min, Max) switch
    {
        (double min, double max) => FormattableString.Invariant($"in [{min}, {max}]"),
        (double min, null) => FormattableString.Invariant($"{min} or more"),
        (null, double max) => FormattableString.Invariant($"{max} or less"),
        _ => "any value",
    };

    /// <summary>True when <paramref name="value"/> satisfies the range attributes.</summary>
    public bool InRange(double value) => !(value < Min) && !(value > Max);
}
