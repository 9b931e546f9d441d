using StalemateSim.Core.Analysis;

namespace StalemateSim.Core.Tests.Analysis;

public class WilsonIntervalTests
{
    [Test]
    public void MatchesTheTextbookValue()
    {
        // 81 of 263 at 95%: Wilson interval (0.2553, 0.3662), a standard worked example.
        (double low, double high) = WilsonInterval.Of(81, 263);
        Assert.That(low, Is.EqualTo(0.2553).Within(0.0005));
        Assert.That(high, Is.EqualTo(0.3662).Within(0.0005));
    }

    [Test]
    public void StaysInsideZeroOneAndShrinksWithRuns()
    {
        Assert.That(WilsonInterval.Of(0, 10).Low, Is.Zero);
        Assert.That(WilsonInterval.Of(10, 10).High, Is.EqualTo(1));
        Assert.That(WilsonInterval.HalfWidth(500, 1000), Is.LessThan(WilsonInterval.HalfWidth(50, 100) / 3));
    }
}
