namespace StalemateSim.Core.Scenarios;

/// <summary>
/// A number given as a range, <c>{ "low": 0.02, "high": 0.08 }</c>, instead of a value. The base
/// scenario binds its midpoint; <see cref="CompiledScenario.ForRun"/> draws it uniformly once per run.
/// </summary>
/// <param name="KeyPath">Where the number sits, for example <c>armedGroups:mnla:cohesion</c>.</param>
/// <param name="Low">Lowest value; it satisfies the property's range.</param>
/// <param name="High">Highest value, at least <paramref name="Low"/>; it satisfies the property's range.</param>
/// <param name="Free">True when marked <c>"free": true</c>: a parameter left for calibration to fit.</param>
/// <param name="Value">
/// A fitted value (<c>"value": v</c>, written by <c>stalemate calibrate</c>): runs then use it
/// instead of drawing from the range, which stays as calibration's search space.
/// </param>
public sealed record UncertainParameter(string KeyPath, double Low, double High, bool Free = false, double? Value = null)
{
    /// <summary>The midpoint of the range.</summary>
    public double Midpoint => Low + ((High - Low) / 2);

    /// <summary>The value the base scenario binds: the fitted value if there is one, else the midpoint.</summary>
    public double BaseValue => Value ?? Midpoint;

    /// <summary>Whether runs draw this parameter (no fitted value).</summary>
    public bool Sampled => Value is null;
}
