namespace StalemateSim.Plotting.Tests.Layout;

[TestFixture]
public sealed class TickSetTests
{
    [TestCase(0.13, 0.1)]
    [TestCase(0.17, 0.2)]
    [TestCase(2.125, 2)]
    [TestCase(3.3, 5)]
    [TestCase(8, 10)]
    [TestCase(2125, 2000)]
    [TestCase(1, 1)]
    public void Nice_steps_are_1_2_or_5_times_a_power_of_ten(double rough, double expected)
    {
        Assert.That(TickSet.NiceStep(rough), Is.EqualTo(expected).Within(1e-12));
    }

    [Test]
    public void Covering_ticks_include_the_range_and_are_evenly_spaced()
    {
        var ticks = TickSet.Covering(3.7, 96.2, 5);

        Assert.That(ticks.Min, Is.LessThanOrEqualTo(3.7));
        Assert.That(ticks.Max, Is.GreaterThanOrEqualTo(96.2));
        Assert.That(ticks.Values, Is.EqualTo(new[] { 0.0, 20, 40, 60, 80, 100 }));
        Assert.That(ticks.Labels, Is.EqualTo(new[] { "0", "20", "40", "60", "80", "100" }));
    }

    [Test]
    public void Decimal_steps_print_without_floating_point_noise()
    {
        var ticks = TickSet.Covering(0, 0.7, 7);

        Assert.That(ticks.Labels, Is.EqualTo(new[] { "0.0", "0.1", "0.2", "0.3", "0.4", "0.5", "0.6", "0.7" }));
    }

    [Test]
    public void Large_numbers_get_thousands_separators()
    {
        var ticks = TickSet.Covering(0, 2_500_000, 5);

        Assert.That(ticks.Labels, Does.Contain("1,000,000"));
    }

    [Test]
    public void Negative_ranges_have_no_negative_zero()
    {
        var ticks = TickSet.Covering(-1.2, 1.2, 4);

        Assert.That(ticks.Labels, Does.Contain("0.0").Or.Contain("0"));
        Assert.That(ticks.Labels, Has.None.EqualTo("-0").And.None.EqualTo("-0.0"));
    }

    [Test]
    public void Within_keeps_the_range_fixed()
    {
        var ticks = TickSet.Within(0, 1, 5);

        Assert.That((ticks.Min, ticks.Max), Is.EqualTo((0.0, 1.0)));
        Assert.That(ticks.Labels, Is.EqualTo(new[] { "0.0", "0.2", "0.4", "0.6", "0.8", "1.0" }));
    }

    [TestCase(0, 0, 0, 1)]
    [TestCase(10, 10, 9, 11)]
    [TestCase(-5, -5, -5.5, -4.5)]
    [TestCase(double.NaN, 1, 0, 1)]
    public void Empty_ranges_are_padded(double min, double max, double expectedMin, double expectedMax)
    {
        Assert.That(TickSet.Padded(min, max), Is.EqualTo((expectedMin, expectedMax)));
    }

    [Test]
    public void Minimum_step_keeps_counts_whole()
    {
        var ticks = TickSet.Covering(0, 3, 10, minStep: 1);

        Assert.That(ticks.Values, Is.EqualTo(new[] { 0.0, 1, 2, 3 }));
    }
}
