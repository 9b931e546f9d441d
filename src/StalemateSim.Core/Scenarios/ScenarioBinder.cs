using Microsoft.Extensions.Configuration;
using StalemateSim.Core.Rules;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Scenarios;

/// <summary>
/// Binds a validated document to the spec records with Microsoft.Extensions.Configuration.Binder,
/// from an in-memory configuration. Each uncertain parameter's <c>low</c>/<c>high</c>/<c>free</c>
/// keys are replaced by one value first. The <c>rules</c> section is bound per rule, each to its
/// descriptor's spec type.
/// </summary>
internal static class ScenarioBinder
{
    public static (ScenarioSpec Spec, IReadOnlyList<BoundRule> Rules) Bind(
        IEnumerable<KeyValuePair<string, string?>> document,
        IReadOnlyList<UncertainParameter> uncertain,
        Func<UncertainParameter, double> valueOf,
        ScenarioShape shape)
    {
        var data = new Dictionary<string, string?>(document, StringComparer.OrdinalIgnoreCase);
        foreach (UncertainParameter parameter in uncertain)
        {
            data.Remove(parameter.KeyPath + ":low");
            data.Remove(parameter.KeyPath + ":high");
            data.Remove(parameter.KeyPath + ":free");
            data.Remove(parameter.KeyPath + ":value");
            data[parameter.KeyPath] = ScalarText.Format(valueOf(parameter));
        }

        IConfigurationRoot root = new ConfigurationBuilder().AddInMemoryCollection(data).Build();
        using var disposeRoot = root as IDisposable;
        ScenarioSpec spec = root.Get<ScenarioSpec>() ?? new ScenarioSpec();
        var rules = new List<BoundRule>();
        foreach (IConfigurationSection section in root.GetSection(ScenarioShape.RulesKey).GetChildren())
        {
            if (!shape.TryGetRule(section.Key, out RuleDescriptor descriptor, out _))
            {
                throw new InvalidOperationException($"The rule '{section.Key}' was not validated.");
            }

            var ruleSpec = (RuleSpec)(section.Get(descriptor.SpecType) ?? Activator.CreateInstance(descriptor.SpecType)!);
            rules.Add(new BoundRule(descriptor, ruleSpec, ruleSpec.Order ?? descriptor.DefaultOrder));
        }

        rules.Sort((a, b) => a.Order != b.Order ? a.Order.CompareTo(b.Order) : string.CompareOrdinal(a.Name, b.Name));
        return (spec, rules);
    }
}
