using StalemateSim.Core.Randomness;

namespace StalemateSim.Core.Tests.Randomness;

public class XoshiroPoissonTests
{
    [Test]
    public void ZeroDrawBoundIsBelowTheExponentialForEveryMeanUpToOne()
    {
        var r = new Xoshiro256StarStar(3);
        for (int i = 0; i < 1_000_000; i++)
        {
            // Uniform means, and means spread over many orders of magnitude down to 1e-300.
            double mean = i % 2 == 0 ? 1 - r.NextDouble() : Math.Pow(10, -300 * r.NextDouble());
            Assert.That(Xoshiro256StarStar.ZeroDrawBound(mean), Is.LessThan(Math.Exp(-mean)), $"mean {mean:R}");
        }

        Assert.That(Xoshiro256StarStar.ZeroDrawBound(1), Is.LessThan(Math.Exp(-1)));
        Assert.That(Xoshiro256StarStar.ZeroDrawBound(double.Epsilon), Is.LessThan(Math.Exp(-double.Epsilon)));
    }

    [Test]
    public void PoissonDrawsAreThoseOfThePlainProductMethod()
    {
        // NextPoisson skips the exponential when the first uniform shows the draw is 0; the draws
        // and the generator's state afterwards must be those of Knuth's method as written plainly.
        var fast = new Xoshiro256StarStar(11);
        var plain = new Xoshiro256StarStar(11);
        var means = new Xoshiro256StarStar(12);
        for (int i = 0; i < 300_000; i++)
        {
            double mean = (i % 3) switch
            {
                0 => means.NextDouble(),
                1 => Math.Pow(10, -12 * means.NextDouble()),
                _ => 40 * means.NextDouble(),
            };
            Assert.That(fast.NextPoisson(mean), Is.EqualTo(PlainPoisson(ref plain, mean)), $"draw {i}, mean {mean:R}");
        }

        Assert.That(fast.NextUInt64(), Is.EqualTo(plain.NextUInt64()));
    }

    private static int PlainPoisson(ref Xoshiro256StarStar random, double mean)
    {
        if (!(mean > 0))
        {
            return 0;
        }

        if (mean > 30)
        {
            double x = mean + (Math.Sqrt(mean) * random.NextGaussian());
            return x <= 0 ? 0 : (int)Math.Round(x);
        }

        double limit = Math.Exp(-mean);
        double product = random.NextDouble();
        int k = 0;
        while (product > limit)
        {
            product *= random.NextDouble();
            k++;
        }

        return k;
    }
}
