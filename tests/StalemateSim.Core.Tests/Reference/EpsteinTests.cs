using StalemateSim.Core.Randomness;
using StalemateSim.Core.Reference.Epstein;

namespace StalemateSim.Core.Tests.Reference;

/// <summary>
/// Epstein's civil violence model I with the standard parameters: determinism, invariants, and the
/// qualitative behaviour the paper reports (punctuated equilibrium; a sudden legitimacy drop sets off
/// an outburst that a gradual drop of the same size does not).
/// </summary>
public class EpsteinTests
{
    private static readonly EpsteinParameters Standard = EpsteinParameters.Standard;

    [Test]
    public void StandardParametersGiveTheCountsOfThePaper()
    {
        var model = new EpsteinModel(Standard, 1);

        Assert.That(model.Citizens, Is.EqualTo(1120), "0.7 × 1600");
        Assert.That(model.Cops, Is.EqualTo(118), "0.074 × 1600 = 118.4");
        Assert.That(model.QuietCount, Is.EqualTo(1120), "everyone starts quiet");
        Assert.That(new VonNeumannVision(40, 40, 7).Size, Is.EqualTo(112), "|dx| + |dy| ≤ 7, own cell excluded");
    }

    [Test]
    public void SameSeedGivesIdenticalCountsAndDifferentSeedsDiffer()
    {
        double[] first = ActiveSeries(Standard, 11, 300);
        double[] again = ActiveSeries(Standard, 11, 300);
        double[] other = ActiveSeries(Standard, 12, 300);

        Assert.That(again, Is.EqualTo(first));
        Assert.That(other, Is.Not.EqualTo(first));
    }

    [Test]
    public void ResetReproducesAFreshModelWithoutReallocating()
    {
        var fresh = new EpsteinModel(Standard, 5);
        var reused = new EpsteinModel(Standard, 99);
        for (int i = 0; i < 50; i++)
        {
            reused.Step();
        }

        reused.Reset(5);
        for (int i = 0; i < 200; i++)
        {
            fresh.Step();
            reused.Step();
            Assert.That(reused.ActiveCount, Is.EqualTo(fresh.ActiveCount), $"step {i + 1}");
            Assert.That(reused.JailedCount, Is.EqualTo(fresh.JailedCount), $"step {i + 1}");
        }

        Assert.That(reused.Grid.Occupants.ToArray(), Is.EqualTo(fresh.Grid.Occupants.ToArray()));
    }

    [Test]
    public void ALegitimacyChangeAtStepSLeavesEveryEarlierStepUnchanged()
    {
        const int change = 150;
        double[] baseline = ActiveSeries(Standard, 3, 300);
        double[] dropped = ActiveSeries(Standard with { LegitimacyChanges = [new(change, 0.6)] }, 3, 300);

        Assert.That(dropped[..(change - 1)], Is.EqualTo(baseline[..(change - 1)]), "each step draws from a stream derived from (seed, step)");
        Assert.That(dropped[(change - 1)..], Is.Not.EqualTo(baseline[(change - 1)..]));
    }

    [TestCase(1000, TestName = "InvariantsHoldEveryStep(standard jail terms)")]
    [TestCase(15, TestName = "InvariantsHoldEveryStep(short jail terms, many releases)")]
    public void InvariantsHoldEveryStep(int maxJail)
    {
        var parameters = Standard with { MaxJailTerm = maxJail, LegitimacyChanges = [new(100, 0.6), new(250, 0.8)] };
        var model = new EpsteinModel(parameters, 21);
        int arrests = 0;
        int releases = 0;
        int previousJailed = 0;
        for (int step = 1; step <= 400; step++)
        {
            model.Step();
            CheckInvariants(model, step);
            arrests += Math.Max(0, model.JailedCount - previousJailed);
            releases += Math.Max(0, previousJailed - model.JailedCount);
            previousJailed = model.JailedCount;
        }

        Assert.That(arrests, Is.GreaterThan(50), "the run exercises arrests");
        if (maxJail < 100)
        {
            Assert.That(releases, Is.GreaterThan(50), "the run exercises releases");
        }
    }

    [Test]
    public void WithoutCopsAndWithNoLegitimacyEveryoneWithEnoughHardshipTurnsActive()
    {
        // L = 0 makes G = H; with no cops P = 0, so the rule reduces to "active iff H > T".
        var parameters = Standard with { CopDensity = 0, Legitimacy = 0 };
        var model = new EpsteinModel(parameters, 4);
        int expected = 0;
        for (int c = 0; c < model.Citizens; c++)
        {
            expected += model.HardshipOf(c) > parameters.Threshold ? 1 : 0;
        }

        model.Step();

        Assert.That(model.ActiveCount, Is.EqualTo(expected));
        Assert.That(model.JailedCount, Is.Zero);
    }

    [Test]
    public void FullLegitimacyMeansNoGrievanceAndNoRebellion()
    {
        var model = new EpsteinModel(Standard with { Legitimacy = 1 }, 8);
        for (int i = 0; i < 100; i++)
        {
            model.Step();
            Assert.That(model.ActiveCount + model.JailedCount, Is.Zero);
        }
    }

    [Test]
    public void ArrestProbabilityCountsTheCitizenItselfAsActiveAndFloorsTheRatio()
    {
        Assert.Multiple(() =>
        {
            Assert.That(ArrestProbability.Estimate(0, 0, 2.3), Is.Zero, "no cops, no risk");
            Assert.That(ArrestProbability.Estimate(1, 0, 2.3), Is.EqualTo(0.8997).Within(1e-4), "one cop against the lone citizen: Epstein's 0.9");
            Assert.That(ArrestProbability.Estimate(1, 1, 2.3), Is.Zero, "floor(1 / 2) = 0: safety in numbers");
            Assert.That(ArrestProbability.Estimate(5, 1, 2.3), Is.EqualTo(1 - Math.Exp(-4.6)).Within(1e-12), "floor(5 / 2) = 2");
        });
    }

    [Test]
    public void VisionCountsAndPicksExactlyTheVonNeumannCells()
    {
        const int width = 40;
        const int height = 40;
        const int radius = 7;
        var vision = new VonNeumannVision(width, height, radius);
        var random = new Xoshiro256StarStar(77);
        var board = new ulong[height];
        for (int y = 0; y < height; y++)
        {
            board[y] = random.NextUInt64() & ((1UL << width) - 1);
        }

        var none = new ulong[height];
        var full = new ulong[height];
        Array.Fill(full, (1UL << width) - 1);
        foreach (int cell in new[] { 0, 39, 40 * 39, (40 * 40) - 1, 7 * 40 + 3, 20 * 40 + 20 })
        {
            HashSet<int> seen = BruteForceVision(width, height, radius, cell);
            int expected = seen.Count(c => IsSet(board, width, c));
            vision.Count(board, none, cell, out int set, out int zero);
            Assert.That(set, Is.EqualTo(expected), $"count at cell {cell}");
            Assert.That(zero, Is.Zero);

            var picked = new HashSet<int>();
            for (int i = 0; i < 2000; i++)
            {
                int p = vision.Pick(board, clear: false, cell, ref random);
                Assert.That(seen.Contains(p) && IsSet(board, width, p), Is.True, $"pick {p} from cell {cell}");
                picked.Add(p);
            }

            Assert.That(picked, Has.Count.EqualTo(expected), "every candidate gets picked");
            Assert.That(vision.Pick(none, clear: false, cell, ref random), Is.EqualTo(-1));

            var clear = new HashSet<int>();
            for (int i = 0; i < 2000; i++)
            {
                int p = vision.PickClearByRejection(board, cell, 3, ref random);
                Assert.That(seen.Contains(p) && !IsSet(board, width, p), Is.True, $"clear pick {p} from cell {cell}");
                clear.Add(p);
            }

            Assert.That(clear, Has.Count.EqualTo(seen.Count - expected), "every clear cell gets picked");
            Assert.That(vision.PickClearByRejection(full, cell, 3, ref random), Is.EqualTo(-1), "nowhere to go");
        }
    }

    [Test]
    public void TheShuffleDrawsExactlyAsFisherYatesWithNextInt()
    {
        // The model's shuffle writes the bounded draw out (to keep the generator in registers); it must
        // give the permutation, and leave the generator, exactly as NextInt would. (Its rejection step,
        // taken with probability below n / 2^64, is not reached here; it is written as NextInt's.)
        foreach (int length in new[] { 1, 2, 3, 7, 1238, 5000, (1 << 16) + 3 })
        {
            for (ulong seed = 1; seed <= 5; seed++)
            {
                int[] expected = Enumerable.Range(0, length).ToArray();
                int[] actual = (int[])expected.Clone();
                var reference = new Xoshiro256StarStar(seed);
                for (int i = expected.Length - 1; i > 0; i--)
                {
                    int j = reference.NextInt(i + 1);
                    (expected[i], expected[j]) = (expected[j], expected[i]);
                }

                Xoshiro256StarStar after = EpsteinModel.Shuffle(actual, new Xoshiro256StarStar(seed));

                Assert.That(actual, Is.EqualTo(expected), $"length {length}, seed {seed}");
                Assert.That(after.NextUInt64(), Is.EqualTo(reference.NextUInt64()), "the same words drawn");
            }
        }
    }

    [Test]
    public void LegitimacyScheduleAppliesTheLatestChangeThatHasCome()
    {
        var schedule = new LegitimacySchedule(0.8, [new(30, 0.5), new(10, 0.7), new(30, 0.4)]);

        Assert.Multiple(() =>
        {
            Assert.That(schedule.At(1), Is.EqualTo(0.8));
            Assert.That(schedule.At(9), Is.EqualTo(0.8));
            Assert.That(schedule.At(10), Is.EqualTo(0.7));
            Assert.That(schedule.At(29), Is.EqualTo(0.7));
            Assert.That(schedule.At(30), Is.EqualTo(0.4), "at the same step, the last one given wins");
            Assert.That(schedule.At(1_000_000), Is.EqualTo(0.4));
        });
    }

    [TestCase("200:0.6", true)]
    [TestCase("1:0", true)]
    [TestCase("0:0.6", false)]
    [TestCase("200", false)]
    [TestCase("200:1.5", false)]
    [TestCase("x:0.5", false)]
    [TestCase("200:", false)]
    public void LegitimacyChangeParsesStepColonValue(string text, bool ok)
    {
        bool parsed = LegitimacyChange.TryParse(text, out LegitimacyChange change, out string? problem);

        Assert.That(parsed, Is.EqualTo(ok), problem);
        if (ok)
        {
            Assert.That(change.ToString(), Does.Contain("Step = " + text.Split(':')[0]));
        }
        else
        {
            Assert.That(problem, Is.Not.Null.And.Not.Empty);
        }
    }

    [Test]
    public void ParametersOutsideTheModelAreRejected()
    {
        Assert.Multiple(() =>
        {
            Assert.That(() => new EpsteinModel(Standard with { Width = 65, Height = 65 }, 1), Throws.ArgumentException);
            Assert.That(() => new EpsteinModel(Standard with { CitizenDensity = 0.95 }, 1), Throws.ArgumentException);
            Assert.That(() => new EpsteinModel(Standard with { Vision = 20 }, 1), Throws.ArgumentException);
            Assert.That(() => new EpsteinModel(Standard with { Legitimacy = 1.2 }, 1), Throws.ArgumentException);
            Assert.That(() => new EpsteinModel(Standard with { LegitimacyChanges = [new(0, 0.5)] }, 1), Throws.ArgumentException);
        });
    }

    internal static double[] ActiveSeries(EpsteinParameters parameters, ulong seed, int steps) =>
        EpsteinObserver.Run(new EpsteinModel(parameters, seed), steps).ActiveSeries.ToArray();

    /// <summary>
    /// Counters match the states, citizens are conserved, no two agents share a cell, and the bit
    /// boards match the agents. Plain checks with one assertion at the end: an NUnit assertion per
    /// cell and step would make the test slow.
    /// </summary>
    private static void CheckInvariants(EpsteinModel model, int step)
    {
        string? problem = FirstBrokenInvariant(model);
        if (problem is not null)
        {
            Assert.Fail($"step {step}: {problem}");
        }
    }

    private static string? FirstBrokenInvariant(EpsteinModel model)
    {
        if (model.QuietCount + model.ActiveCount + model.JailedCount != model.Citizens)
        {
            return "quiet + active + jailed is not the number of citizens";
        }

        int quiet = 0;
        int active = 0;
        int jailed = 0;
        for (int c = 0; c < model.Citizens; c++)
        {
            CitizenState state = model.StateOf(c);
            quiet += state == CitizenState.Quiet ? 1 : 0;
            active += state == CitizenState.Active ? 1 : 0;
            jailed += state == CitizenState.Jailed ? 1 : 0;
            if ((model.Grid.PositionOf(c) < 0) != (state == CitizenState.Jailed))
            {
                return $"citizen {c} is {state} at cell {model.Grid.PositionOf(c)}";
            }
        }

        if ((quiet, active, jailed) != (model.QuietCount, model.ActiveCount, model.JailedCount))
        {
            return $"states count {(quiet, active, jailed)}, counters say {(model.QuietCount, model.ActiveCount, model.JailedCount)}";
        }

        // No two agents share a cell: each agent on the grid is the occupant of its cell, and as many
        // cells are occupied as there are agents on the grid.
        ReadOnlySpan<int> occupants = model.Grid.Occupants;
        int onGrid = 0;
        for (int agent = 0; agent < model.Citizens + model.Cops; agent++)
        {
            int cell = model.Grid.PositionOf(agent);
            if (cell >= 0)
            {
                onGrid++;
                if (occupants[cell] != agent)
                {
                    return $"agent {agent} is at cell {cell}, whose occupant is {occupants[cell]}";
                }
            }
        }

        int occupied = 0;
        int width = model.Parameters.Width;
        for (int cell = 0; cell < occupants.Length; cell++)
        {
            int agent = occupants[cell];
            bool isCop = agent >= model.Citizens;
            bool isActive = agent >= 0 && !isCop && model.StateOf(agent) == CitizenState.Active;
            occupied += agent >= 0 ? 1 : 0;
            if (IsSet(model.Grid.OccupiedRows, width, cell) != (agent >= 0)
                || IsSet(model.Grid.CopRows, width, cell) != isCop
                || IsSet(model.Grid.ActiveRows, width, cell) != isActive)
            {
                return $"the bit boards disagree with occupant {agent} at cell {cell}";
            }
        }

        if (occupied != onGrid || onGrid != model.Citizens + model.Cops - model.JailedCount)
        {
            return $"{occupied} cells occupied for {onGrid} agents on the grid and {model.JailedCount} jailed";
        }

        return null;
    }

    private static bool IsSet(ReadOnlySpan<ulong> rows, int width, int cell) => (rows[cell / width] & (1UL << (cell % width))) != 0;

    private static HashSet<int> BruteForceVision(int width, int height, int radius, int cell)
    {
        int cx = cell % width;
        int cy = cell / width;
        var cells = new HashSet<int>();
        for (int y = 0; y < height; y++)
        {
            for (int x = 0; x < width; x++)
            {
                int dx = Math.Min(Math.Abs(x - cx), width - Math.Abs(x - cx));
                int dy = Math.Min(Math.Abs(y - cy), height - Math.Abs(y - cy));
                if (dx + dy <= radius && (dx, dy) != (0, 0))
                {
                    cells.Add((y * width) + x);
                }
            }
        }

        return cells;
    }
}
