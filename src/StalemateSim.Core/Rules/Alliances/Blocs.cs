using StalemateSim.Core.Model;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Alliances;

/// <summary>
/// Umbrella blocs (digest 3.2 AL4; 7.2.3): every connected component of at least two allied,
/// active, non-jihadist groups is one bloc, named by its lowest member index. A bloc id that
/// appears is logged as formed and counted; one that disappears is logged as dissolved.
/// Buffers are sized once from the world.
/// </summary>
internal sealed class Blocs
{
    private readonly bool[] _existed;
    private readonly bool[] _exists;
    private readonly bool[] _visited;
    private readonly int[] _stack;
    private readonly int[] _members;

    public Blocs(int capacity)
    {
        _existed = new bool[capacity];
        _exists = new bool[capacity];
        _visited = new bool[capacity];
        _stack = new int[capacity];
        _members = new int[capacity];
    }

    public void Update(World world)
    {
        GroupTable g = world.Groups;
        int n = g.Count;
        Array.Clear(_existed);
        Array.Clear(_exists);
        Array.Clear(_visited);
        for (int i = 0; i < n; i++)
        {
            if (g.Bloc[i] >= 0)
            {
                _existed[g.Bloc[i]] = true;
            }

            g.Bloc[i] = -1;
        }

        for (int start = 0; start < n; start++)
        {
            if (_visited[start] || !Eligible(g, start))
            {
                continue;
            }

            int size = Component(world, start);
            if (size < 2)
            {
                continue;
            }

            for (int i = 0; i < size; i++)
            {
                g.Bloc[_members[i]] = start;
            }

            _exists[start] = true;
            if (!_existed[start])
            {
                world.Counters.BlocsFormed++;
                world.Log.Add(world.Tick, LogKind.BlocFormed, start, size);
            }
        }

        for (int b = 0; b < n; b++)
        {
            if (_existed[b] && !_exists[b])
            {
                world.Log.Add(world.Tick, LogKind.BlocDissolved, b, 0);
            }
        }
    }

    private static bool Eligible(GroupTable g, int group) => g.Active[group] && g.Kind[group] != GroupKind.Jihadist;

    /// <summary>Collects the component of <paramref name="start"/> into the member buffer; returns its size.</summary>
    private int Component(World world, int start)
    {
        GroupTable g = world.Groups;
        RelationMatrix rel = world.Relations;
        int size = 0, top = 0;
        _stack[top++] = start;
        _visited[start] = true;
        while (top > 0)
        {
            int x = _stack[--top];
            _members[size++] = x;
            for (int y = 0; y < g.Count; y++)
            {
                if (!_visited[y] && rel.AreAllied(x, y) && Eligible(g, y))
                {
                    _visited[y] = true;
                    _stack[top++] = y;
                }
            }
        }

        return size;
    }
}
