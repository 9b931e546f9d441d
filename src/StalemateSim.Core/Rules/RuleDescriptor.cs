using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;

namespace StalemateSim.Core.Rules;

/// <summary>How a rule is named in JSON, what its parameters are, where it sits by default, and how it is built.</summary>
/// <param name="Name">The key under <c>rules</c>.</param>
/// <param name="SpecType">The record its section binds to; it derives from <see cref="RuleSpec"/>.</param>
/// <param name="DefaultOrder">Its place in the tick when the scenario gives no <c>order</c>.</param>
/// <param name="Summary">One line for <c>--help</c> and the schema.</param>
/// <param name="Create">Builds the rule for a world from its bound spec.</param>
public sealed record RuleDescriptor(
    string Name,
    Type SpecType,
    int DefaultOrder,
    string Summary,
    Func<RuleSpec, World, IRule> Create);
