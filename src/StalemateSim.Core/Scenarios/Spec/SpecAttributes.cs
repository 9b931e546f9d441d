namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>The key must be present.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RequiredKeyAttribute : Attribute;

/// <summary>A number must lie in [Min, Max].</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class BetweenAttribute(double min, double max) : Attribute
{
    public double Min { get; } = min;

    public double Max { get; } = max;
}

/// <summary>A number must be zero or more.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NonNegativeAttribute : Attribute;

/// <summary>
/// A string (or each string of a list, or each key of a dictionary) must be the id of an item in
/// the named top-level collection (for example "regions"). Extra names are accepted literally.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class RefersToAttribute(string collection, params string[] alsoAllowed) : Attribute
{
    public string Collection { get; } = collection;

    public IReadOnlyList<string> AlsoAllowed { get; } = alsoAllowed;
}

/// <summary>A month, written yyyy-MM, that must fall within the run.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MonthInRunAttribute : Attribute;

/// <summary>A month written yyyy-MM (no check against the run).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class MonthAttribute : Attribute;

/// <summary>Documentation for the JSON schema and for validation messages.</summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Class)]
public sealed class DescribeAttribute(string text) : Attribute
{
    public string Text { get; } = text;
}
