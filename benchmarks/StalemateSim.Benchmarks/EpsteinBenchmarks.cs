using BenchmarkDotNet.Attributes;
using StalemateSim.Core.Reference.Epstein;

namespace StalemateSim.Benchmarks;

/// <summary>
/// Epstein's civil violence model I with the standard parameters (40×40, 1,120 citizens, 118 cops,
/// vision 7): 100 steps from a fresh start (target: under 10 ms), and one step in steady state,
/// which must allocate nothing.
/// </summary>
[MemoryDiagnoser]
public class EpsteinBenchmarks
{
    private const ulong Seed = 1;
    private const int WarmSteps = 500;

    private EpsteinModel _fresh = null!;
    private EpsteinModel _steady = null!;

    [GlobalSetup]
    public void Setup()
    {
        _fresh = new EpsteinModel(EpsteinParameters.Standard, Seed);
        _steady = new EpsteinModel(EpsteinParameters.Standard, Seed);
        for (int i = 0; i < WarmSteps; i++)
        {
            _steady.Step();
        }
    }

    /// <summary>Resets the model to step 0 (reusing its arrays, so no allocation) and runs 100 steps.</summary>
    [Benchmark]
    public int HundredSteps()
    {
        _fresh.Reset(Seed);
        for (int i = 0; i < 100; i++)
        {
            _fresh.Step();
        }

        return _fresh.ActiveCount;
    }

    /// <summary>One more step of a model already run past its start-up transient (500 steps in setup).</summary>
    [Benchmark]
    public int OneStepSteadyState()
    {
        _steady.Step();
        return _steady.ActiveCount;
    }

    /// <summary>Builds a new model (the allocation of its arrays shows here) and runs 100 steps.</summary>
    [Benchmark]
    public int NewModelAndHundredSteps()
    {
        var model = new EpsteinModel(EpsteinParameters.Standard, Seed);
        for (int i = 0; i < 100; i++)
        {
            model.Step();
        }

        return model.ActiveCount;
    }
}
