using StalemateSim.Core.Model;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Alliances;

/// <summary>
/// Fighters drift between allied jihadist groups toward the largest (digest 3.2 AL9: loose
/// jihadist coalitions coordinate and individuals move between the groups before formal mergers;
/// 3.1 SP14; 7.2.4). Each month a jihadist group allied with a larger jihadist group loses
/// <c>poolRate</c> of its fighters to the largest such ally. Receivers and amounts are fixed from the
/// sizes before anything moves; the moves are then made in index order (which matters only to the
/// presence mix and the kin of a group that both receives and sends in the same month). A receiving group's
/// presence becomes the fighter-weighted mix of its own and the newcomers'; the newcomers join its
/// leader's core, so its wings' shares shrink in proportion, and bring their roots: its kin to each
/// community rises toward the sender's by their share and never falls (a merger keeps the stronger
/// tie; jihadists with local roots embed more deeply, 7.2.24). The sender keeps its wing shares (all
/// its parts lose alike) and its presence. A group drained below the upkeep rule's minimum
/// dissolves there: small jihadist splinters fold back into the main brand without a formal merger.
/// </summary>
internal sealed class Pooling(int groupCapacity)
{
    private readonly int[] _receiver = new int[groupCapacity];
    private readonly double[] _outflow = new double[groupCapacity];

    public void Apply(World world, int[] active, int n, double rate)
    {
        if (!(rate > 0))
        {
            return;
        }

        GroupTable g = world.Groups;
        RelationMatrix rel = world.Relations;
        for (int i = 0; i < n; i++)
        {
            int a = active[i];
            _receiver[a] = -1;
            if (g.Kind[a] != GroupKind.Jihadist)
            {
                continue;
            }

            double largest = g.Fighters[a];
            for (int j = 0; j < n; j++)
            {
                int b = active[j];
                if (b != a && g.Kind[b] == GroupKind.Jihadist && g.Fighters[b] > largest && rel.AreAllied(a, b))
                {
                    largest = g.Fighters[b];
                    _receiver[a] = b;
                }
            }

            _outflow[a] = rate * g.Fighters[a];
        }

        for (int i = 0; i < n; i++)
        {
            int a = active[i];
            int b = _receiver[a];
            if (b >= 0 && _outflow[a] > 0)
            {
                Move(world, a, b, _outflow[a]);
            }
        }
    }

    private static void Move(World world, int from, int to, double fighters)
    {
        GroupTable g = world.Groups;
        double before = g.Fighters[to];
        double after = before + fighters;
        double keep = before / after, join = fighters / after;
        g.MixPresence(to, from, keep, join);
        g.RaiseKinToward(to, from, keep, join); // a merger keeps the stronger tie; pooling moves toward it

        g.Fighters[from] -= fighters;
        g.Fighters[to] = after;
        g.PeakFighters[to] = Math.Max(g.PeakFighters[to], after);

        WingTable w = world.Wings;
        for (int i = 0; i < w.Count; i++)
        {
            if (w.Active[i] && w.Group[i] == to)
            {
                w.Share[i] *= keep;
            }
        }
    }
}
