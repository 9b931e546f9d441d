using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Rules.Clashes;

/// <summary>
/// Spreads a clash's civilian victims over a region's places in proportion to residents, without
/// visiting every village: places are kept grouped by region (fixed for the run), and a cumulative
/// table of residents is built for a region the first time it is needed in a tick; each side's
/// victims are then split equally among a few places drawn from that table. Drawing places with
/// probability proportional to residents makes each place's expected share proportional to its
/// residents. The table is not refreshed by this tick's own deaths (a small, bounded staleness;
/// <see cref="Casualties.KillCivilians"/> never kills more than a place holds).
/// </summary>
internal sealed class CivilianVictims
{
    private readonly int[] _order;
    private readonly int[] _regionStart;
    private readonly double[] _cumulative;
    private readonly int[] _builtStamp;
    private int _stamp;

    public CivilianVictims(World world)
    {
        PlaceTable p = world.Places;
        int regions = world.Regions.Count;
        _order = new int[p.Count];
        _regionStart = new int[regions + 1];
        _cumulative = new double[p.Count];
        _builtStamp = new int[regions];
        for (int i = 0; i < p.Count; i++)
        {
            _regionStart[p.Region[i] + 1]++;
        }

        for (int r = 0; r < regions; r++)
        {
            _regionStart[r + 1] += _regionStart[r];
        }

        var next = new int[regions];
        Array.Copy(_regionStart, next, regions);
        for (int i = 0; i < p.Count; i++)
        {
            _order[next[p.Region[i]]++] = i;
        }
    }

    /// <summary>Marks the start of a tick: every region's table is rebuilt when next needed.</summary>
    public void NewTick() => _stamp++;

    /// <summary>Kills <paramref name="deaths"/> civilians in a region, charged to a group (or -1 for the state side).</summary>
    public void Kill(World world, int region, double deaths, int perpetratorGroup, ActorKind perpetrator, int samples, ref Xoshiro256StarStar random)
    {
        if (!(deaths > 0))
        {
            return;
        }

        int start = _regionStart[region], end = _regionStart[region + 1];
        if (end <= start)
        {
            return;
        }

        if (_builtStamp[region] != _stamp)
        {
            Build(world, start, end);
            _builtStamp[region] = _stamp;
        }

        double total = _cumulative[end - 1];
        if (!(total > 0))
        {
            return;
        }

        double each = deaths / samples;
        for (int s = 0; s < samples; s++)
        {
            int place = _order[Find(start, end, random.NextDouble() * total)];
            Casualties.KillCivilians(world, place, each, perpetratorGroup, perpetrator);
        }
    }

    private void Build(World world, int start, int end)
    {
        double running = 0;
        for (int i = start; i < end; i++)
        {
            running += Math.Max(world.Places.Residents[_order[i]], 0);
            _cumulative[i] = running;
        }
    }

    /// <summary>The first position in [start, end) whose cumulative residents exceed <paramref name="u"/>.</summary>
    private int Find(int start, int end, double u)
    {
        int lo = start, hi = end - 1;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (_cumulative[mid] > u)
            {
                hi = mid;
            }
            else
            {
                lo = mid + 1;
            }
        }

        return lo;
    }
}
