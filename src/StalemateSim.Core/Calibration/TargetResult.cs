namespace StalemateSim.Core.Calibration;

/// <summary>A target beside its simulated distribution: median and 10–90% band over runs.</summary>
/// <param name="Target">The recorded figure.</param>
/// <param name="Median">Median over runs of the metric window.</param>
/// <param name="P10">10th percentile over runs.</param>
/// <param name="P90">90th percentile over runs.</param>
/// <param name="InBand">The recorded value (or some of the recorded range) lies within the 10–90% band.</param>
/// <param name="MedianHits">The simulated median lies within the accepted interval (the range, or the value ± tolerance).</param>
/// <param name="Runs">Runs in which the window could be evaluated.</param>
public sealed record TargetResult(Target Target, double Median, double P10, double P90, bool InBand, bool MedianHits, int Runs);

/// <summary>A stylised-fact check: the share of runs in which it held, against the share it needs.</summary>
public sealed record CheckResult(Check Check, double Share, bool Pass, int Runs);
