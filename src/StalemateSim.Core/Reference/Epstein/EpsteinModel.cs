using System.Numerics;
using System.Runtime.CompilerServices;
using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Reference.Epstein;

/// <summary>
/// Epstein's civil violence model I (PNAS 2002), a reference model built on the engine's
/// primitives: owned randomness with one stream per step derived from (seed, step), like
/// <see cref="Engine.Simulation"/>; state in flat arrays (citizen columns here, the torus in
/// <see cref="EpsteinGrid"/>); nothing allocated per step.
/// <para>
/// Agents 0 .. citizens−1 are citizens, the rest cops; at most one agent stands on a cell. Each
/// step: legitimacy is set from the schedule; jailed citizens whose term is over return to a random
/// empty cell (quiet); then every agent on the grid acts once, in a fresh random order, updating
/// the grid in place (later agents see earlier moves and arrests):
/// </para>
/// <list type="bullet">
/// <item>Rule M (both kinds): move to a random empty cell in vision, if any.</item>
/// <item>Rule A (citizens): grievance G = H(1 − L); estimated arrest probability
/// P = 1 − exp(−k · floor(C / (A + 1))), C the cops and A the other active citizens in vision, the
/// "+ 1" counting the citizen itself as active (see <see cref="ArrestProbability"/>); net risk
/// N = R·P; active iff G − N &gt; T, else quiet. Citizens whose decision cannot depend on their
/// neighbours (G ≤ T, or G − R &gt; T) skip the count; the result is the same. Since G and R change
/// only with legitimacy, each citizen's rule is kept as a bound on m, worked out when legitimacy
/// changes (see <c>ActivationBound</c>).</item>
/// <item>Rule C (cops): arrest a random active citizen in vision, if any, and move into its cell.
/// The citizen leaves the grid for a term J ~ U{0 .. maxJail}: it misses the next J steps and
/// returns at the start of step arrest + J + 1.</item>
/// </list>
/// </summary>
public sealed class EpsteinModel
{
    // Random cells tried before counting the empty ones; a quarter or more of the grid is empty.
    private const int MoveTries = 8;

    private readonly VonNeumannVision _vision;
    private readonly LegitimacySchedule _schedule;
    private readonly double _threshold;
    private readonly int _maxJailTerm;
    private readonly bool _movement;

    private readonly EpsteinGrid _grid;
    private readonly double[] _hardship;
    private readonly double[] _riskAversion;
    private readonly CitizenState[] _state;
    private readonly int[] _jailLeft;
    private readonly int[] _jailed;    // the jailed citizens, JailedCount of them, in no particular order
    private readonly ulong[] _releasing; // bit per citizen: released this step (all clear between steps)
    private readonly int[] _order;
    private readonly int[] _cellOrder;
    private readonly double[] _arrestProbability;
    private readonly bool _arrestRisesWithM;

    // [citizen]: the citizen is active iff m = floor(C / (A + 1)) < this bound (see ActivationBound),
    // worked out for legitimacy _boundsLegitimacy (NaN: not worked out since Reset).
    private readonly ushort[] _activeBelow;
    private double _boundsLegitimacy;

    private ulong _seed;

    /// <summary>Builds the model and places the agents (step 0) from a stream derived from (seed, 0).</summary>
    public EpsteinModel(EpsteinParameters parameters, ulong seed)
    {
        IReadOnlyList<string> problems = parameters.Problems();
        if (problems.Count > 0)
        {
            throw new ArgumentException("Invalid Epstein parameters: " + string.Join("; ", problems), nameof(parameters));
        }

        Parameters = parameters;
        Citizens = parameters.Citizens;
        Cops = parameters.Cops;
        _vision = new VonNeumannVision(parameters.Width, parameters.Height, parameters.Vision);
        _schedule = new LegitimacySchedule(parameters.Legitimacy, parameters.LegitimacyChanges);
        _threshold = parameters.Threshold;
        _maxJailTerm = parameters.MaxJailTerm;
        _movement = parameters.Movement;

        _grid = new EpsteinGrid(parameters.Width, parameters.Height, Citizens + Cops);
        _cellOrder = new int[parameters.Cells];
        _order = new int[Citizens + Cops];
        _hardship = new double[Citizens];
        _riskAversion = new double[Citizens];
        _state = new CitizenState[Citizens];
        _jailLeft = new int[Citizens];
        _jailed = new int[Citizens];
        _releasing = new ulong[(Citizens + 63) / 64];

        // P depends on C and A only through m = floor(C / (A + 1)), which never exceeds the cells in vision.
        _arrestProbability = new double[_vision.Size + 1];
        for (int m = 0; m < _arrestProbability.Length; m++)
        {
            _arrestProbability[m] = ArrestProbability.Estimate(m, 0, parameters.ArrestConstant);
        }

        // With k ≥ 0 the table rises with m; checked rather than assumed, since it comes from Math.Exp.
        _arrestRisesWithM = true;
        for (int m = 1; m < _arrestProbability.Length; m++)
        {
            _arrestRisesWithM &= _arrestProbability[m] >= _arrestProbability[m - 1];
        }

        _activeBelow = new ushort[Citizens];

        Reset(seed);
    }

    public EpsteinParameters Parameters { get; }

    /// <summary>Number of citizens (agent ids 0 .. Citizens − 1).</summary>
    public int Citizens { get; }

    /// <summary>Number of cops (agent ids Citizens .. Citizens + Cops − 1).</summary>
    public int Cops { get; }

    /// <summary>Steps done so far; 0 after construction or <see cref="Reset"/>.</summary>
    public long StepsDone { get; private set; }

    /// <summary>The legitimacy used by the last step (the base value before the first).</summary>
    public double Legitimacy { get; private set; }

    public int QuietCount { get; private set; }

    public int ActiveCount { get; private set; }

    public int JailedCount { get; private set; }

    /// <summary>Where the agents are (read it, do not change it).</summary>
    public EpsteinGrid Grid => _grid;

    public CitizenState StateOf(int citizen) => _state[citizen];

    public double HardshipOf(int citizen) => _hardship[citizen];

    public double RiskAversionOf(int citizen) => _riskAversion[citizen];

    /// <summary>
    /// Starts again from step 0 with <paramref name="seed"/>, reusing every array (allocates nothing):
    /// agents on distinct random cells, citizens quiet with H, R ~ U(0, 1).
    /// </summary>
    public void Reset(ulong seed)
    {
        _seed = seed;
        StepsDone = 0;
        Legitimacy = _schedule.At(0);
        var random = new Xoshiro256StarStar(StreamSeed.Derive(seed, 0));
        _grid.Clear();
        for (int c = 0; c < _cellOrder.Length; c++)
        {
            _cellOrder[c] = c;
        }

        for (int agent = 0; agent < _order.Length; agent++)
        {
            // Partial Fisher–Yates: the first agents take distinct uniformly random cells.
            int pick = agent + random.NextInt(_cellOrder.Length - agent);
            (_cellOrder[agent], _cellOrder[pick]) = (_cellOrder[pick], _cellOrder[agent]);
            _order[agent] = agent;
            _grid.Place(agent, _cellOrder[agent], cop: agent >= Citizens);
            if (agent < Citizens)
            {
                _hardship[agent] = random.NextDouble();
                _riskAversion[agent] = random.NextDouble();
                _state[agent] = CitizenState.Quiet;
                _jailLeft[agent] = 0;
            }
        }

        QuietCount = Citizens;
        ActiveCount = 0;
        JailedCount = 0;
        _boundsLegitimacy = double.NaN;
    }

    /// <summary>Advances one step, drawing only from the stream derived from (seed, step).</summary>
    public void Step()
    {
        StepsDone++;
        var random = new Xoshiro256StarStar(StreamSeed.Derive(_seed, (ulong)StepsDone));
        Legitimacy = _schedule.At(StepsDone);
        if (!(Legitimacy == _boundsLegitimacy))
        {
            RefreshActivationBounds();
        }

        ReleaseFinishedTerms(ref random);

        random = Shuffle(_order, random);
        int[] order = _order;

        for (int i = 0; i < order.Length; i++)
        {
            int agent = order[i];
            if (agent >= Citizens)
            {
                ActAsCop(agent, ref random);
            }
            else if (_state[agent] != CitizenState.Jailed)
            {
                ActAsCitizen(agent, ref random);
            }
        }
    }

    /// <summary>
    /// Works out every citizen's <see cref="ActivationBound"/> for the current legitimacy: a citizen's
    /// grievance and risk aversion change only with legitimacy, so rule A reduces to comparing the
    /// citizen's m with this bound, with no floating-point work per citizen and step (and, per step, no
    /// division, since m &lt; b iff C &lt; b·(A + 1)). Done after a reset and when legitimacy changes.
    /// </summary>
    private void RefreshActivationBounds()
    {
        double legitimacy = Legitimacy;
        for (int citizen = 0; citizen < _activeBelow.Length; citizen++)
        {
            _activeBelow[citizen] = ActivationBound(_hardship[citizen] * (1 - legitimacy), _riskAversion[citizen]);
        }

        _boundsLegitimacy = legitimacy;
    }

    /// <summary>
    /// The least m in 0 .. vision size at which rule A leaves the citizen quiet, that is at which
    /// G − R·P(m) &gt; T fails, evaluated exactly as rule A does; 0 when G ≤ T (never active) and
    /// vision size + 1 when G − R &gt; T (always active), the two cases rule A decides without
    /// counting. Below the bound the citizen is active by construction; at and above it, it is quiet
    /// because P(m) rises with m (checked once: then R·P(m) rises and G − R·P(m) falls, each rounding
    /// being monotone, for R ≥ 0). Were P not rising, rule A falls back to evaluating at m itself.
    /// </summary>
    private ushort ActivationBound(double grievance, double riskAversion)
    {
        if (!(grievance > _threshold))
        {
            return 0; // G − R·P ≤ G ≤ T whatever the neighbours
        }

        if (grievance - riskAversion > _threshold)
        {
            return (ushort)(_vision.Size + 1); // R·P ≤ R, so G − R·P ≥ G − R > T whatever the neighbours
        }

        int m = 0;
        while (m <= _vision.Size && grievance - (riskAversion * _arrestProbability[m]) > _threshold)
        {
            m++;
        }

        return (ushort)m;
    }

    /// <summary>
    /// Fisher–Yates over the acting order, exactly as with <see cref="Xoshiro256StarStar.NextInt"/>
    /// for each swap (the same words drawn, the same permutation and the same generator state after;
    /// a test checks it), on a copy of the generator passed and returned by value so that the JIT
    /// keeps its state in registers. Through a reference, or with NextInt or a helper taking the
    /// generator by reference inlined, it kept the state on the stack and loaded and stored all four
    /// words on every draw: the shuffle took about 6.5 µs a step that way, 2.6 µs this way. So the
    /// bounded draw is written out here (Lemire's nearly divisionless multiply-shift, like NextInt,
    /// whose bound check it does not need), and the method is not inlined into <see cref="Step"/>,
    /// whose generator is passed by reference.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    internal static Xoshiro256StarStar Shuffle(int[] order, Xoshiro256StarStar random)
    {
        for (int i = order.Length - 1; i > 0; i--)
        {
            ulong bound = (ulong)(i + 1);
            ulong high = Math.BigMul(random.NextUInt64(), bound, out ulong low);
            if (low < bound)
            {
                ulong threshold = (0UL - bound) % bound;
                while (low < threshold)
                {
                    high = Math.BigMul(random.NextUInt64(), bound, out low);
                }
            }

            int j = (int)high;
            (order[i], order[j]) = (order[j], order[i]);
        }

        return random;
    }

    /// <summary>
    /// Counts down the jail terms and puts the citizens whose term is over back on the grid, in the
    /// order of their numbers, as a scan of all citizens would: each takes a random empty cell, so the
    /// order decides the draws. Only the jailed citizens are visited (a few percent of them in most
    /// steps), rather than every citizen's state tested; the released ones are marked in a bit set and
    /// taken from it in increasing order (no sort, nothing allocated).
    /// </summary>
    private void ReleaseFinishedTerms(ref Xoshiro256StarStar random)
    {
        int[] jailed = _jailed;
        int[] jailLeft = _jailLeft;
        int inJail = JailedCount;
        int released = 0;
        for (int i = 0; i < inJail;)
        {
            int citizen = jailed[i];
            if (jailLeft[citizen] > 0)
            {
                jailLeft[citizen]--;
                i++;
            }
            else
            {
                _releasing[citizen >> 6] |= 1UL << citizen;
                released++;
                jailed[i] = jailed[--inJail];
            }
        }

        if (released == 0)
        {
            return;
        }

        ulong[] releasing = _releasing;
        for (int word = 0; word < releasing.Length; word++)
        {
            for (ulong bits = releasing[word]; bits != 0; bits &= bits - 1)
            {
                int citizen = (word << 6) + BitOperations.TrailingZeroCount(bits);

                // The released citizen's old cell was freed at its arrest, so an empty cell exists.
                _grid.Place(citizen, _grid.RandomEmptyCell(ref random), cop: false);
                _state[citizen] = CitizenState.Quiet;
            }

            releasing[word] = 0;
        }

        JailedCount = inJail;
        QuietCount += released;
    }

    private void ActAsCitizen(int citizen, ref Xoshiro256StarStar random)
    {
        if (_movement)
        {
            MoveWithinVision(citizen, ref random);
        }

        int cell = _grid.PositionOf(citizen);
        int bound = _activeBelow[citizen];
        bool active;
        if (bound == 0)
        {
            active = false;
        }
        else if (bound > _vision.Size)
        {
            active = true;
        }
        else
        {
            // With no active citizen anywhere, A = 0 and only the cops need counting.
            int cops;
            int actives = 0;
            if (ActiveCount == 0)
            {
                cops = _vision.Count(_grid.CopRows, cell);
            }
            else
            {
                _vision.Count(_grid.CopRows, _grid.ActiveRows, cell, out cops, out actives);
            }

            active = cops < bound * (actives + 1) || (!_arrestRisesWithM && IsActiveAt(citizen, cops / (actives + 1)));
        }

        if (active != (_state[citizen] == CitizenState.Active))
        {
            _state[citizen] = active ? CitizenState.Active : CitizenState.Quiet;
            _grid.SetActive(cell, active);
            ActiveCount += active ? 1 : -1;
            QuietCount -= active ? 1 : -1;
        }
    }

    /// <summary>Rule A evaluated directly at m (the fallback for an arrest probability that does not rise with m).</summary>
    private bool IsActiveAt(int citizen, int m) =>
        (_hardship[citizen] * (1 - Legitimacy)) - (_riskAversion[citizen] * _arrestProbability[m]) > _threshold;

    private void ActAsCop(int cop, ref Xoshiro256StarStar random)
    {
        if (_movement)
        {
            MoveWithinVision(cop, ref random);
        }

        // With no active citizen anywhere the pick would find none and draw nothing: skip its count.
        if (ActiveCount == 0)
        {
            return;
        }

        int cell = _grid.PositionOf(cop);
        int target = _vision.Pick(_grid.ActiveRows, clear: false, cell, ref random);
        if (target < 0)
        {
            return;
        }

        int citizen = _grid.OccupantOf(target);
        _grid.Remove(citizen);
        _state[citizen] = CitizenState.Jailed;
        _jailLeft[citizen] = random.NextInt(_maxJailTerm + 1);
        _jailed[JailedCount] = citizen;
        ActiveCount--;
        JailedCount++;
        _grid.Move(cop, cell, target);
    }

    /// <summary>Moves an agent to a uniformly random empty cell in its vision, or leaves it when there is none.</summary>
    private void MoveWithinVision(int agent, ref Xoshiro256StarStar random)
    {
        int from = _grid.PositionOf(agent);
        int to = _vision.PickClearByRejection(_grid.OccupiedRows, from, MoveTries, ref random);
        if (to >= 0)
        {
            _grid.Move(agent, from, to);
        }
    }
}
