using StalemateSim.Core.Rules;

namespace StalemateSim.Core.Scenarios;

/// <summary>A rule named in the scenario's <c>rules</c> section, bound to its own spec record.</summary>
/// <param name="Descriptor">The catalogue entry.</param>
/// <param name="Spec">The bound section, of type <see cref="RuleDescriptor.SpecType"/>.</param>
/// <param name="Order">Its place in the tick: the spec's <c>order</c>, or the catalogue's default.</param>
public sealed record BoundRule(RuleDescriptor Descriptor, RuleSpec Spec, int Order)
{
    /// <summary>The rule's JSON name.</summary>
    public string Name => Descriptor.Name;
}
