using StalemateSim.Core.Rules;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Tests.Scenarios;

/// <summary>A rule spec used only by the loader tests (the real catalogue may be empty).</summary>
public sealed record TestRuleSpec : RuleSpec
{
    [Between(0, 1), Describe("A probability.")]
    public double Rate { get; init; } = 0.5;

    [NonNegative]
    public int Delay { get; init; }

    [RefersTo("regions")]
    public IReadOnlyList<string> Regions { get; init; } = [];
}

/// <summary>A second test rule with no parameters of its own.</summary>
public sealed record OtherRuleSpec : RuleSpec;

/// <summary>A spec type that is not a rule spec, for catalogue checks.</summary>
public sealed record NotARuleSpec
{
    public double Rate { get; init; }
}

internal static class TestRules
{
    public static readonly RuleDescriptor Test = Descriptor("testRule", typeof(TestRuleSpec), 100);

    public static readonly RuleDescriptor Other = Descriptor("otherRule", typeof(OtherRuleSpec), 50);

    public static readonly IReadOnlyList<RuleDescriptor> Catalogue = [Test, Other];

    public static RuleDescriptor Descriptor(string name, Type specType, int order) =>
        new(name, specType, order, "A rule for tests.", (_, _) => throw new NotSupportedException("Test rules do not run."));
}
