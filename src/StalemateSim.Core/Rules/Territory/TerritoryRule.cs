using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Rules.State;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Territory;

/// <summary>
/// Who holds what (digest 3.4 ST1, ST8; 3.5 FF1, FF2; 3.10 JG7; 7.2.14). Each place is contested
/// by the strongest actor hostile to its holder present in the region. The state's strength at a
/// place is its side's regional strength (army plus weighted foreign troops) × the level factor
/// of the scenario's reach (capital, district, village): its authority fades with distance (ST1),
/// so at equal strength it holds capitals and loses villages. A group brings its regional strength,
/// × (1 + kin) in its kin's villages; under foreign pressure jihadists give up towns for villages
/// (FF2, JG7), pressure counting troops elsewhere in the country at <c>nationalPressureWeight</c>.
/// The residents' resentment of a predatory group holder (the predation rule) multiplies a
/// challenger's ratio by <c>1 + resentmentWeight × resentment</c> (JG5). At villages a group's
/// strength is also × its span of control, <c>min(1, fighters there × residentsPerFighter /
/// residents of the villages it already holds there)</c>: an overextended group holds its
/// villages less firmly and takes new ones less easily (JG2, JG3). Against a group that is not
/// jihadist, only <c>foreignShareAgainstRebels</c> of the foreign troops count for the state, in
/// attack and defence (AL6: France worked with the MNLA in 2013). A challenger whose strength
/// exceeds the holder's (at least the local resistance) by more than 1 + hysteresis takes the
/// place with probability flipRate × (ratio − 1 − hysteresis).
/// A group with no fighters (fewer than minPresence) in the region loses its places to the state if present, else they
/// become ungoverned. Capital and district changes are logged; the state's loss of one adds
/// <c>townDefeat</c> to its defeats (<see cref="StateDefeats"/>), and when an armed group takes it,
/// <c>garrisonLoss</c> of the state's soldiers in the region die with it (overrun garrisons and
/// captured soldiers executed, digest 2(a) MNLA, 5 Jan 2012; ST16). Reach by region follows.
/// <para>
/// Strengths are computed once per region from the world as it stands when the rule runs (after
/// clashes), so the order in which places are resolved does not change the odds; holders are
/// updated in place, region by region, towns then villages community by community.
/// </para>
/// </summary>
public sealed class TerritoryRule : IRule
{
    public const string RuleName = "territory";

    private readonly TerritorySpec _spec;
    private readonly TerritoryContest _contest;
    private readonly double[] _regional;
    private readonly double[] _townPreference;
    private readonly double[] _span;
    private double _rebelFactor = 1;
    private readonly int[] _communityStart;
    private readonly int[] _communities;

    public TerritoryRule(TerritorySpec spec, World world)
    {
        _spec = spec;
        int capacity = world.Groups.Capacity;
        _contest = new TerritoryContest(capacity);
        _regional = new double[capacity];
        _townPreference = new double[capacity];
        _span = new double[capacity];

        // Communities by region (CSR), so each region visits only its own villages.
        (_communityStart, _communities) = world.Communities.ByRegion(world.Regions.Count);
    }

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        RegionTable regions = world.Regions;
        PlaceTable places = world.Places;
        CommunityTable communities = world.Communities;
        ReachFactors level = world.Reach;
        for (int r = 0; r < regions.Count; r++)
        {
            double state = StateSide(world, r, 1);
            _rebelFactor = state > 0 ? StateSide(world, r, _spec.ForeignShareAgainstRebels) / state : 1;
            GatherGroups(world, r);
            double statePopulation = 0;

            // Towns: groups at their town preference, no kin.
            for (int s = 0; s < _contest.Count; s++)
            {
                _contest.Strength[s] = _regional[s] * _townPreference[s];
            }

            int capital = regions.CapitalPlace[r];
            int district = regions.DistrictPlace[r];
            _contest.Prepare(world, state * level.Capital, _spec.CoalitionWeight);
            statePopulation += Resolve(world, capital, state, ref random);
            _contest.Prepare(world, state * level.District, _spec.CoalitionWeight);
            statePopulation += Resolve(world, district, state, ref random);

            // Villages: groups × (1 + kin) × their span of control, once per community.
            SpanOfControl(world, r);
            for (int k = _communityStart[r]; k < _communityStart[r + 1]; k++)
            {
                int c = _communities[k];
                for (int s = 0; s < _contest.Count; s++)
                {
                    _contest.Strength[s] = _regional[s] * _spec.GroupVillageReach * (1 + world.Groups.KinOf(_contest.GroupOf(s), c)) * _span[s];
                }

                _contest.Prepare(world, state * level.Village, _spec.CoalitionWeight);
                int first = communities.FirstVillage[c];
                int end = first + communities.VillageCount[c];
                for (int v = first; v < end; v++)
                {
                    statePopulation += Resolve(world, v, state, ref random);
                }
            }

            if (regions.Population[r] > 0)
            {
                regions.Reach[r] = Math.Clamp(statePopulation / regions.Population[r], 0, 1);
            }

            _contest.Clear();
        }
    }

    /// <summary>
    /// Fills <c>_span</c> with each slot's span-of-control factor in region r:
    /// <c>min(1, fighters there × residentsPerFighter / residents of the villages it holds there)</c>,
    /// or 1 when the limit is off.
    /// </summary>
    private void SpanOfControl(World world, int r)
    {
        if (_spec.ResidentsPerFighter <= 0)
        {
            _span.AsSpan(0, _contest.Count).Fill(1);
            return;
        }

        _span.AsSpan(0, _contest.Count).Clear();

        PlaceTable p = world.Places;
        CommunityTable communities = world.Communities;
        for (int k = _communityStart[r]; k < _communityStart[r + 1]; k++)
        {
            int c = _communities[k];
            int end = communities.FirstVillage[c] + communities.VillageCount[c];
            int v = communities.FirstVillage[c];
            while (v < end)
            {
                // A run of villages with one holder: residents added in a register, one by one in
                // village order as a plain loop adds them, and stored when the run ends.
                int owner = p.Owner[v];
                int slot = owner >= 0 ? _contest.SlotOf(owner) : -1;
                if (slot < 0)
                {
                    v++;
                    continue;
                }

                double held = _span[slot];
                do
                {
                    held += p.Residents[v];
                    v++;
                }
                while (v < end && p.Owner[v] == owner);

                _span[slot] = held;
            }
        }

        for (int s = 0; s < _contest.Count; s++)
        {
            double capacity = world.Groups.FightersIn(_contest.GroupOf(s), r) * _spec.ResidentsPerFighter;
            _span[s] = _span[s] > capacity ? capacity / _span[s] : 1;
        }
    }

    /// <summary>Strength of the state side in a region: army plus foreign troops weighted by posture, × <paramref name="foreignShare"/>.</summary>
    private double StateSide(World world, int r, double foreignShare)
    {
        ForeignTable f = world.Foreign;
        double strength = Strength.OfArmy(world, r);
        for (int i = 0; i < f.Count; i++)
        {
            double weight = f.Posture[i] == ForeignPosture.Peacekeeping ? _spec.PeacekeeperWeight : _spec.ForeignWeight;
            strength += foreignShare * weight * f.TroopsOf(i, r);
        }

        return strength;
    }

    /// <summary>Fills the contest with the groups that have at least <see cref="TerritorySpec.MinPresence"/> fighters in the region, their regional strength and town preference.</summary>
    private void GatherGroups(World world, int r)
    {
        GroupTable g = world.Groups;
        double pressure = ForeignPressure(world, r);
        for (int i = 0; i < g.Count; i++)
        {
            double fighters = g.FightersIn(i, r);
            if (!g.Active[i] || !(fighters > 0) || fighters < _spec.MinPresence)
            {
                continue;
            }

            int s = _contest.Add(i);
            _regional[s] = Strength.OfGroup(world, i, r);
            _townPreference[s] = g.Kind[i] == GroupKind.Jihadist ? 1 - (_spec.JihadistTownAversion * pressure) : 1;
        }
    }

    /// <summary>
    /// Foreign pressure on jihadist rule in a region: <c>T / (T + foreignPressureScale)</c>, with T
    /// the foreign troops there plus <c>nationalPressureWeight</c> × those elsewhere (JG7).
    /// </summary>
    private double ForeignPressure(World world, int r)
    {
        double troops = 0;
        for (int i = 0; i < world.Foreign.Count; i++)
        {
            double here = world.Foreign.TroopsOf(i, r);
            troops += here;
            if (_spec.NationalPressureWeight > 0 && world.Foreign.Present[i])
            {
                troops += _spec.NationalPressureWeight * (world.Foreign.Troops[i] - here);
            }
        }

        return troops > 0 ? troops / (troops + _spec.ForeignPressureScale) : 0;
    }

    /// <summary>Contests one place; returns its population if the state holds it afterwards.</summary>
    private double Resolve(World world, int place, double stateSide, ref Xoshiro256StarStar random)
    {
        PlaceTable p = world.Places;
        int owner = p.Owner[place];
        if (owner >= 0 && _contest.SlotOf(owner) < 0)
        {
            // The holder has no fighters left here.
            Transfer(world, place, owner, stateSide > 0 ? Owners.State : Owners.None);
        }
        else
        {
            (int challenger, double challenge, double defence) = _contest.Against(owner);
            if (challenger == Owners.State && owner >= 0 && world.Groups.Kind[owner] != GroupKind.Jihadist)
            {
                challenge *= _rebelFactor;
            }
            else if (owner == Owners.State && challenger >= 0 && world.Groups.Kind[challenger] != GroupKind.Jihadist)
            {
                defence *= _rebelFactor;
            }

            if (challenger != Owners.None && !CannotTake(p, place, challenge, defence))
            {
                double ratio = challenge / Math.Max(defence, Resistance(world, place, challenger));
                ratio *= 1 + (_spec.ResentmentWeight * p.HolderResentment(place));
                double excess = ratio - 1 - _spec.Hysteresis;
                if (excess > 0 && random.Chance(Math.Min(1, _spec.FlipRate * excess)))
                {
                    Transfer(world, place, owner, challenger);
                }
            }
        }

        return p.Owner[place] == Owners.State ? p.Initial[place] : 0;
    }

    /// <summary>
    /// True when the challenge cannot take the place, so the strength ratio need not be worked
    /// out: the holder's defence is positive and the challenger no stronger (so no stronger than
    /// the larger of the defence and the residents' resistance either: the ratio is at most 1),
    /// the residents bear the holder no resentment (the ratio is × exactly 1) and the hysteresis is
    /// not negative, so the excess is at most 0 (or NaN) and the place neither changes hands nor
    /// costs a draw, exactly as when the ratio is computed. So are most contested villages of a
    /// Mali month (about 410 of 650).
    /// </summary>
    private bool CannotTake(PlaceTable places, int place, double challenge, double defence) =>
        defence > 0 && challenge <= defence && _spec.Hysteresis >= 0 && places.HolderResentment(place) == 0;

    /// <summary>
    /// The least defence a place puts up against a challenger: <c>localResistance</c>, or, in a
    /// village, its residents' own resistance (<c>resistancePerThousand</c> per thousand residents), which a
    /// group's kin in the village do not put up (communities resist outsiders, digest 3.3 RC20, 3.11 IC1).
    /// </summary>
    private double Resistance(World world, int place, int challenger)
    {
        if (_spec.ResistancePerThousand <= 0 || world.Places.Level[place] != PlaceLevel.Village)
        {
            return _spec.LocalResistance;
        }

        int community = world.Places.Community[place];
        double kin = challenger >= 0 && community >= 0 ? world.Groups.KinOf(challenger, community) : 0;
        double residents = _spec.ResistancePerThousand * world.Places.Residents[place] / 1000 * (1 - Math.Clamp(kin, 0, 1));
        return Math.Max(_spec.LocalResistance, residents);
    }

    private void Transfer(World world, int place, int from, int to)
    {
        PlaceTable p = world.Places;
        p.Owner[place] = to;
        p.OwnerSince[place] = world.Tick;
        if (p.Level[place] == PlaceLevel.Village)
        {
            return;
        }

        if (world.Log.LogTownControl)
        {
            world.Log.Add(world.Tick, LogKind.ControlChanged, place, from, to);
        }

        if (from == Owners.State)
        {
            StateDefeats.AddTownLost(world, _spec.TownDefeat);
            if (to >= 0 && _spec.GarrisonLoss > 0)
            {
                int region = p.Region[place];
                Casualties.KillSoldiers(world, region, _spec.GarrisonLoss * world.State.Force[region], Casualties.KindOf(world, to));
            }
        }
    }
}
