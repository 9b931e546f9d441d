using BenchmarkDotNet.Running;

namespace StalemateSim.Benchmarks;

/// <summary>
/// The benchmark suite. Pick benchmarks with BenchmarkDotNet's own arguments, e.g.
/// <c>dotnet run -c Release --project benchmarks/StalemateSim.Benchmarks -- --filter '*Epstein*'</c>;
/// <c>benchmarks/quick.sh</c> runs a short job in about a minute.
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
