using System.Globalization;
using StalemateSim.Core.Scenarios;

namespace StalemateSim.Cli.Commands;

/// <summary>One-line descriptions of a scenario.</summary>
internal static class ScenarioSummary
{
    public static string OneLine(CompiledScenario scenario)
    {
        var s = scenario.Spec;
        int villages = s.Communities.Values.Sum(c => c.Villages);
        return string.Create(CultureInfo.InvariantCulture,
            $"{s.Name}: ok — {s.Months} months from {s.Start}; {s.Regions.Count} regions, {s.Communities.Count} communities ({villages} villages), " +
            $"{s.Elites.Count} elites, {s.ArmedGroups.Count} armed groups, {s.ForeignForces.Count} foreign forces, {s.Events.Count} events, " +
            $"{scenario.Rules.Count} rules on, {scenario.Uncertain.Count} uncertain parameters.");
    }
}
