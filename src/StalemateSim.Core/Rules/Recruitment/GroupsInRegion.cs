using StalemateSim.Core.Model;

namespace StalemateSim.Core.Rules.Recruitment;

/// <summary>
/// Scratch list, rebuilt for each region each tick, of the groups present there with what the
/// youth of the region weigh about each: its strength, the protection it offers, the risk of
/// joining it (Epstein's N = R × P against the strongest enemy present, digest 3.3 RC26) and its
/// ability to pay. Slots 0..Count-1; buffers are sized to the group table's capacity once.
/// </summary>
internal sealed class GroupsInRegion
{
    public GroupsInRegion(int capacity)
    {
        Group = new int[capacity];
        Strengths = new double[capacity];
        Protection = new double[capacity];
        Risk = new double[capacity];
        Pay = new double[capacity];
        _slotOf = new int[capacity];
        Array.Fill(_slotOf, -1);
    }

    private readonly int[] _slotOf;

    public int Count { get; private set; }

    public readonly int[] Group;

    public readonly double[] Strengths;

    /// <summary>The group's share of all armed strength in the region, the state side included.</summary>
    public readonly double[] Protection;

    public readonly double[] Risk;

    /// <summary>Ability to pay, in [0,1].</summary>
    public readonly double[] Pay;

    /// <summary>The slot of a group present in the region, or -1 (also for the state and for no one).</summary>
    public int SlotOf(int group) => group >= 0 ? _slotOf[group] : -1;

    /// <summary>Collects the active groups with fighters in <paramref name="region"/> and assesses each; returns how many.</summary>
    public int Gather(World world, int region, RecruitmentSpec spec)
    {
        GroupTable g = world.Groups;
        for (int s = 0; s < Count; s++)
        {
            _slotOf[Group[s]] = -1;
        }

        int n = 0;
        double total = Strength.OfStateSide(world, region, spec.ForeignWeight);
        double stateAtVillages = total * world.Reach.Village;
        for (int group = 0; group < g.Count; group++)
        {
            if (g.Active[group] && g.FightersIn(group, region) > 0)
            {
                Group[n] = group;
                _slotOf[group] = n;
                Strengths[n] = Strength.OfGroup(world, group, region);
                total += Strengths[n];
                n++;
            }
        }

        Count = n;
        for (int s = 0; s < n; s++)
        {
            int group = Group[s];
            Protection[s] = total > 0 ? Strengths[s] / total : 0;
            double opposing = world.HostileToState(group) ? stateAtVillages : 0;
            for (int t = 0; t < n; t++)
            {
                if (t != s && Strengths[t] > opposing && AreEnemies(world, group, Group[t]))
                {
                    opposing = Strengths[t];
                }
            }

            Risk[s] = spec.RiskAversion * (1 - Math.Exp(-spec.RiskSteepness * opposing / (Strengths[s] + 1)));
            double bill = g.Fighters[group] * spec.Wage * spec.PayMonths;
            Pay[s] = bill > 0 ? Math.Min(1, g.Money[group] / bill) : 1;
        }

        return n;
    }

    /// <summary>Groups on opposite sides of the state divide, or hostile to each other, punish those who join the other.</summary>
    private static bool AreEnemies(World world, int a, int b) =>
        world.HostileToState(a) != world.HostileToState(b) || world.Relations.AreHostile(a, b);
}
