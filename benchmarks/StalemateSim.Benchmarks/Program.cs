using BenchmarkDotNet.Running;

namespace StalemateSim.Benchmarks;

/// <summary>
/// The benchmark suite. Pick benchmarks with BenchmarkDotNet's own arguments, e.g.
/// <c>dotnet run -c Release --project benchmarks/StalemateSim.Benchmarks -- --filter '*Epstein*'</c>;
/// <c>benchmarks/quick.sh</c> runs a short job in about a minute. <c>--rule-split SCENARIO [RUNS]</c>
/// instead times each rule over many runs with a Stopwatch (<see cref="RuleSplit"/>).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args.Length > 1 && args[0] == "--rule-split")
        {
            RuleSplit.Run(args[1], args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 300);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
