using StalemateSim.Core.Randomness;

// Not "...Tests.Randomness": that namespace would shadow Core's "Randomness." as other tests write it.
namespace StalemateSim.Core.Tests.RandomnessChecks;

public class XoshiroNextIntTests
{
    [Test]
    public void NearlyDivisionlessNextIntGivesTheSameSequenceAsTheAlwaysDividingForm()
    {
        // The reference: Lemire's method computing the threshold 2^64 mod n on every draw, as the
        // generator first did. Sequences must not change, or every seeded result would.
        int[] bounds = [1, 2, 3, 7, 10, 112, 1000, 1238, 1600, 65_537, 1 << 30, int.MaxValue, (int.MaxValue / 3) * 2];
        foreach (int bound in bounds)
        {
            var fast = new Xoshiro256StarStar(42 + (ulong)bound);
            var reference = new Xoshiro256StarStar(42 + (ulong)bound);
            for (int i = 0; i < 20_000; i++)
            {
                int expected = ReferenceNextInt(ref reference, bound);
                int actual = fast.NextInt(bound);
                if (actual != expected)
                {
                    Assert.Fail($"bound {bound}, draw {i}: {actual} instead of {expected}");
                }
            }

            Assert.That(fast.NextUInt64(), Is.EqualTo(reference.NextUInt64()), $"bound {bound}: same number of raw draws used");
        }
    }

    private static int ReferenceNextInt(ref Xoshiro256StarStar random, int n)
    {
        ulong bound = (ulong)n;
        ulong threshold = (0UL - bound) % bound;
        while (true)
        {
            UInt128 m = (UInt128)random.NextUInt64() * bound;
            if ((ulong)m >= threshold)
            {
                return (int)(m >> 64);
            }
        }
    }
}
