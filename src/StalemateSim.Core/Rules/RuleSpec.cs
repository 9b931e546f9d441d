using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules;

/// <summary>
/// The JSON section every rule shares: <c>enabled</c>, its place in the tick (<c>order</c>) and
/// provenance notes. Each rule derives its own sealed record with its parameters and defaults.
/// </summary>
public abstract record RuleSpec
{
    [Describe("Switch the rule off with false; a disabled rule has no effect at all.")]
    public bool Enabled { get; init; } = true;

    [Between(0, 10_000), Describe("Position in the tick; lower runs first. Defaults to the catalogue order.")]
    public int? Order { get; init; }

    [Describe("Where each parameter comes from, by parameter name (a seeds id, or 'calibrated: how').")]
    public IReadOnlyDictionary<string, string> Provenance { get; init; } = new Dictionary<string, string>();
}
