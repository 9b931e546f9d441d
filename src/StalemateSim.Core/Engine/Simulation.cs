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

    /// <summary>The enabled rules, in the order a tick applies them.</summary>
    public IReadOnlyList<IRule> Rules => _rules;

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
            ApplyRule(i, tickSeed);
        }

        Recorder.Record();
        AfterTick?.Invoke(world);
        world.Tick++;
    }

    /// <summary>
    /// Applies rule <paramref name="index"/> of <see cref="Rules"/> alone, at the current tick and with
    /// the stream a tick gives it (benchmarks time rules this way; a tick is <see cref="Step"/>).
    /// </summary>
    public void ApplyRule(int index) => ApplyRule(index, StreamSeed.Derive(_runSeed, (ulong)World.Tick));

    /// <summary>Runs every remaining month.</summary>
    public void RunToEnd()
    {
        while (!Finished)
        {
            Step();
        }
    }

    private void ApplyRule(int index, ulong tickSeed)
    {
        var random = new Xoshiro256StarStar(StreamSeed.Derive(tickSeed, _ruleKeys[index]));
        _rules[index].Apply(World, ref random);
    }
}
