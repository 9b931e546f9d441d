namespace StalemateSim.Core.Scenarios;

/// <summary>What <see cref="ScenarioLoader.Load"/> returns: a scenario, or every problem found.</summary>
/// <param name="Scenario">The compiled scenario; null when there are problems.</param>
/// <param name="Problems">Every problem found, in file and key order of discovery.</param>
public sealed record LoadResult(CompiledScenario? Scenario, IReadOnlyList<ScenarioProblem> Problems)
{
    /// <summary>True when the scenario loaded without problems.</summary>
    public bool Ok => Scenario is not null && Problems.Count == 0;
}
