using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Engine;

/// <summary>
/// One mechanism. A rule is stateless between ticks: everything it reads or writes lives in the
/// <see cref="World"/>. It draws only from the stream it is handed, which the engine derives from
/// (run seed, tick, rule name). It must not allocate.
/// </summary>
public interface IRule
{
    /// <summary>The rule's name, as in the scenario's <c>rules</c> section.</summary>
    string Name { get; }

    /// <summary>Applies the mechanism for the current tick (<see cref="World.Tick"/>).</summary>
    void Apply(World world, ref Xoshiro256StarStar random);
}
