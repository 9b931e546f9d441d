using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Rules.Intercommunal;

namespace StalemateSim.Core.Rules.EliteRents;

/// <summary>
/// How elites profit from the stalemate, and the violence aimed at leaders (digest 3.6 EB1–EB14;
/// 3.7 AS1–AS5; 3.4 ST6; 3.1 SP8; 7.2.6).
/// <list type="number">
/// <item>Rents (<see cref="BrokerRents"/>): each living leader keeps brokerShare of the flows he
/// brokers; the total goes to the ledger, where the accords rule reads it as resistance to
/// implementation (EB1, EB3, EB5).</item>
/// <item>Assassinations (<see cref="LeaderAssassinations"/>): rare, more likely between soured blocs
/// (AS3) and for jihadist leaders facing foreign counter-terrorism (AS5).</item>
/// <item>Village heads (<see cref="VillageHeadKillings"/>): common where jihadists operate (AS4);
/// the state loses villages whose heads are killed.</item>
/// </list>
/// Updates the world in place, reading group and place state as left by the earlier rules this tick.
/// </summary>
public sealed class EliteRentsRule : IRule
{
    public const string RuleName = "eliteRents";

    private readonly EliteRentsSpec _spec;
    private readonly CommunityVillages _villages;
    private readonly double[] _ctTroops;
    private readonly double[] _jihadistFighters;
    private readonly int[] _strongestJihadist;

    public EliteRentsRule(EliteRentsSpec spec, World world)
    {
        _spec = spec;
        _villages = new CommunityVillages(world);
        _ctTroops = new double[world.Regions.Count];
        _jihadistFighters = new double[world.Regions.Count];
        _strongestJihadist = new int[world.Regions.Count];
    }

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        BrokerRents.Collect(world, _spec);
        LeaderAssassinations.CountCounterTerrorTroops(world, _ctTroops);
        LeaderAssassinations.Run(world, _spec, _ctTroops, ref random);
        VillageHeadKillings.Run(world, _spec, _villages, _jihadistFighters, _strongestJihadist, ref random);
    }
}
