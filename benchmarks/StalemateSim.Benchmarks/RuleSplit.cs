using System.Diagnostics;
using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.MonteCarlo;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Benchmarks;

/// <summary>
/// Where a run's time goes, rule by rule: a Stopwatch around each rule of every month of many runs
/// of one scenario, on one thread, outside BenchmarkDotNet (one process, a few seconds). Months are
/// stepped as <see cref="Simulation.Step"/> does it, rule by rule through
/// <see cref="Simulation.ApplyRule(int)"/>, so the runs are the same runs. Prints, per month, the
/// mean and the least mean over chunks of 20 runs (the least is the steadier figure on a shared,
/// loaded machine), and per run the setup time and the bytes allocated.
/// <c>dotnet run -c Release --project benchmarks/StalemateSim.Benchmarks -- --rule-split scenarios/mali-2012.json 300</c>
/// </summary>
internal static class RuleSplit
{
    private const int Chunk = 20;

    public static void Run(string file, int runs)
    {
        ScenarioRunFactory factory = BenchmarkScenarios.Load(file, file);
        for (int i = 0; i < 30; i++)
        {
            factory.Create(StreamSeed.ForRun(1, i), out _).RunToEnd(); // warm-up: let tiered compilation settle
        }

        var names = new List<string>();
        double[] total = new double[64], chunkStart = new double[64], least = new double[64];
        Array.Fill(least, double.MaxValue);
        double setup = 0, record = 0, months = 0, chunkMonths = 0, all = 0, chunkAll = 0, leastAll = double.MaxValue;
        long allocated = GC.GetAllocatedBytesForCurrentThread();
        for (int i = 0; i < runs; i++)
        {
            if (i % Chunk == 0 && chunkMonths > 0)
            {
                for (int k = 0; k < total.Length; k++)
                {
                    least[k] = Math.Min(least[k], (total[k] - chunkStart[k]) / chunkMonths);
                    chunkStart[k] = total[k];
                }

                leastAll = Math.Min(leastAll, (all - chunkAll) / chunkMonths);
                chunkAll = all;
                chunkMonths = 0;
            }

            long t0 = Stopwatch.GetTimestamp();
            Simulation simulation = factory.Create(StreamSeed.ForRun(1, i), out _);
            setup += Stopwatch.GetTimestamp() - t0;
            if (names.Count == 0)
            {
                names.AddRange(simulation.Rules.Select(r => r.Name));
            }

            World world = simulation.World;
            while (!simulation.Finished)
            {
                long m0 = Stopwatch.GetTimestamp();
                world.Ledger.Reset();
                Array.Clear(world.Groups.Recruits);
                Array.Clear(world.Groups.Losses);
                Array.Clear(world.Foreign.Attacks);
                world.State.LossesThisTick = 0;
                for (int k = 0; k < names.Count; k++)
                {
                    long r0 = Stopwatch.GetTimestamp();
                    simulation.ApplyRule(k);
                    total[k] += Stopwatch.GetTimestamp() - r0;
                }

                long d0 = Stopwatch.GetTimestamp();
                simulation.Recorder.Record();
                world.Tick++;
                long d1 = Stopwatch.GetTimestamp();
                record += d1 - d0;
                all += d1 - m0;
                months++;
                chunkMonths++;
            }
        }

        allocated = GC.GetAllocatedBytesForCurrentThread() - allocated;
        static double Us(double ticks) => ticks * 1e6 / Stopwatch.Frequency;
        Console.WriteLine($"{file}: {runs} runs of {months / runs:F0} months; setup {Us(setup) / runs / 1000:F3} ms and {allocated / runs:N0} B a run");
        Console.WriteLine($"a month: {Us(all) / months:F1} us (least over {Chunk}-run chunks {Us(leastAll):F1} us), metric recording {Us(record) / months:F1} us");
        for (int k = 0; k < names.Count; k++)
        {
            Console.WriteLine($"  {names[k],-14} {Us(total[k]) / months,8:F2} us   least {Us(least[k]),8:F2} us");
        }

        (long bytes, int counted) = SteadyStateBytes(factory, runs);
        Console.WriteLine($"steady state: {bytes:N0} B allocated on the running thread over months 13-{12 + counted} of one more run ({(double)bytes / Math.Max(counted, 1):F1} B a month)");
    }

    /// <summary>
    /// Bytes the running thread allocates over the months of one run after its first year (months
    /// 13 on, counting from 1; its
    /// setup, which allocates, is done and the code is compiled by then): the steady-state
    /// figure of the 0 B a tick target, without the runtime's other threads that an in-process
    /// BenchmarkDotNet row counts too.
    /// </summary>
    private static (long Bytes, int Months) SteadyStateBytes(ScenarioRunFactory factory, int index)
    {
        Simulation simulation = factory.Create(StreamSeed.ForRun(1, index), out _);
        for (int t = 0; t < 12 && !simulation.Finished; t++)
        {
            simulation.Step();
        }

        int months = 0;
        long before = GC.GetAllocatedBytesForCurrentThread();
        while (!simulation.Finished)
        {
            simulation.Step();
            months++;
        }

        return (GC.GetAllocatedBytesForCurrentThread() - before, months);
    }
}
