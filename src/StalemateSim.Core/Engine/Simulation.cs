using StalemateSim.Core.Analysis;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Engine;

/// <summary>
/// The tick loop. Each tick it resets the ledger, applies the rules in order, each with its own
/// stream derived from (run seed, tick, rule name), then lets the recorder sample the world. Given
/// the same world, rules and seed it produces the same trajectory, bit for bit.
/// </summary>
public sealed class Simulation
{
    private readonly IRule[] _rules;
    private readonly ulong[] _ruleKeys;
    private readonly ulong _runSeed;

    public Simulation(World world, IReadOnlyList<IRule> rules, ulong runSeed)
    {
        World = world;
        _rules = [.. rules];
        _ruleKeys = [.. _rules.Select(r => StreamSeed.KeyOf(r.Name))];
        _runSeed = runSeed;
        Recorder = new MetricRecorder(world);
    }

    public World World { get; }

    public MetricRecorder Recorder { get; }

    /// <summary>Optional check run after every tick (tests use it for invariants).</summary>
    public Action<World>? AfterTick { get; set; }

    public bool Finished => World.Tick >= World.Months;

    /// <summary>Advances one month.</summary>
    public void Step()
    {
        World world = World;
        world.Ledger.Reset();
        Array.Clear(world.Groups.Recruits);
        Array.Clear(world.Groups.Losses);
        Array.Clear(world.Foreign.Attacks);
        world.State.LossesThisTick = 0;
        ulong tickSeed = StreamSeed.Derive(_runSeed, (ulong)world.Tick);
        for (int i = 0; i < _rules.Length; i++)
        {
            var random = new Xoshiro256StarStar(StreamSeed.Derive(tickSeed, _ruleKeys[i]));
            _rules[i].Apply(world, ref random);
        }

        Recorder.Record();
        AfterTick?.Invoke(world);
        world.Tick++;
    }

    /// <summary>Runs every remaining month.</summary>
    public void RunToEnd()
    {
        while (!Finished)
        {
            Step();
        }
    }
}
