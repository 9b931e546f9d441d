using StalemateSim.Core.Model;
using StalemateSim.Core.Rules;
using StalemateSim.Core.Scenarios;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Engine;

/// <summary>Builds a ready-to-run simulation from a bound scenario and its enabled rules, in order.</summary>
public static class SimulationFactory
{
    public static Simulation Create(ScenarioSpec spec, IEnumerable<(RuleDescriptor Descriptor, RuleSpec Spec)> rules, ulong runSeed)
    {
        World world = WorldBuilder.Build(spec, runSeed);
        var built = new List<IRule>();
        foreach ((RuleDescriptor descriptor, RuleSpec ruleSpec) in rules)
        {
            if (ruleSpec.Enabled)
            {
                built.Add(descriptor.Create(ruleSpec, world));
            }
        }

        return new Simulation(world, built, runSeed);
    }
}
