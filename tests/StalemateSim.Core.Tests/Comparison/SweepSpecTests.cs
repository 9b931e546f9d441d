using StalemateSim.Core.Comparison;

namespace StalemateSim.Core.Tests.Comparison;

public sealed class SweepSpecTests
{
    [Test]
    public void Parses_and_spaces_values_evenly()
    {
        Assert.That(SweepSpec.TryParse("rules.upkeep.desertionRate=0.1:0.5:5", out SweepSpec? sweep, out string? problem), Is.True, problem);
        Assert.That(sweep!.Key, Is.EqualTo("rules.upkeep.desertionRate"));
        Assert.That(sweep.Values, Is.EqualTo(new[] { 0.1, 0.2, 0.3, 0.4, 0.5 }));
        Assert.That(sweep.SetFor(0.3), Is.EqualTo("rules.upkeep.desertionRate=0.3"));
        Assert.That(SweepSpec.TryParse("k=2:-2:3", out sweep, out _), Is.True);
        Assert.That(sweep!.Values, Is.EqualTo(new[] { 2.0, 0.0, -2.0 }));
    }

    [TestCase("rules.upkeep.desertionRate")]
    [TestCase("=0:1:3")]
    [TestCase("k=0:1")]
    [TestCase("k=0:x:3")]
    [TestCase("k=0:1:1")]
    [TestCase("k=0:1:1000")]
    public void Rejects_what_is_not_KEY_LOW_HIGH_STEPS(string text)
    {
        Assert.That(SweepSpec.TryParse(text, out _, out string? problem), Is.False);
        Assert.That(problem, Is.Not.Empty);
    }

    [Test]
    public void Verdicts_name_the_side_of_zero()
    {
        Assert.That(ComparisonMarkdown.Verdict(new ConfidenceInterval(0.1, 2)), Is.EqualTo(1));
        Assert.That(ComparisonMarkdown.Verdict(new ConfidenceInterval(-2, -0.1)), Is.EqualTo(-1));
        Assert.That(ComparisonMarkdown.Verdict(new ConfidenceInterval(-2, 0.1)), Is.Zero);
        Assert.That(ComparisonMarkdown.Verdict(ConfidenceInterval.None), Is.Zero);
    }
}
