namespace StalemateSim.Plotting.Tests.Layout;

[TestFixture]
public sealed class TimeAxisTests
{
    [Test]
    public void Month_index_counts_months_and_fractions_of_months()
    {
        Assert.That(TimeAxis.MonthIndex(new DateOnly(2013, 1, 1)), Is.EqualTo((2013 * 12) + 0));
        Assert.That(TimeAxis.MonthIndex(new DateOnly(2013, 2, 15)) - TimeAxis.MonthIndex(new DateOnly(2013, 2, 1)), Is.EqualTo(0.5));
    }

    [Test]
    public void A_single_date_is_widened_by_a_month_each_side()
    {
        var domain = TimeAxis.Domain([new DateOnly(2015, 6, 1)]);

        Assert.That(domain!.Value.Max - domain.Value.Min, Is.EqualTo(2));
        Assert.That(TimeAxis.Domain([]), Is.Null);
    }

    [Test]
    public void Twelve_years_on_a_wide_axis_label_every_year()
    {
        var ticks = Ticks(new DateOnly(2012, 1, 1), new DateOnly(2023, 12, 1), 900);

        Assert.That(ticks.Where(t => t.Label is not null).Select(t => t.Label), Is.EqualTo(Enumerable.Range(2012, 12).Select(y => y.ToString(System.Globalization.CultureInfo.InvariantCulture))));
    }

    [Test]
    public void Narrow_axes_thin_the_year_labels_and_keep_minor_ticks()
    {
        var ticks = Ticks(new DateOnly(1950, 1, 1), new DateOnly(2020, 1, 1), 300);
        var labelled = ticks.Where(t => t.Label is not null).ToArray();

        Assert.That(labelled, Has.Length.InRange(2, 8));
        Assert.That(labelled.Select(t => int.Parse(t.Label!, System.Globalization.CultureInfo.InvariantCulture) % 10), Is.All.EqualTo(0));
        Assert.That(ticks.Count(t => t.Label is null), Is.GreaterThan(labelled.Length));
    }

    [Test]
    public void Short_spans_label_months()
    {
        var ticks = Ticks(new DateOnly(2013, 1, 1), new DateOnly(2013, 6, 1), 900);

        Assert.That(ticks.Select(t => t.Label), Is.EqualTo(new[] { "Jan 2013", "Feb 2013", "Mar 2013", "Apr 2013", "May 2013", "Jun 2013" }));
    }

    [Test]
    public void Labelled_ticks_are_far_enough_apart_for_their_labels()
    {
        foreach (var width in new[] { 200.0, 400, 800, 1600 })
        {
            var min = TimeAxis.MonthIndex(new DateOnly(2001, 3, 1));
            var max = TimeAxis.MonthIndex(new DateOnly(2024, 9, 1));
            var labelled = TimeAxis.Ticks(min, max, width).Where(t => t.Label is not null).ToArray();
            var pixelsPerMonth = width / (max - min);
            for (var i = 1; i < labelled.Length; i++)
            {
                var gap = (labelled[i].MonthIndex - labelled[i - 1].MonthIndex) * pixelsPerMonth;
                var needed = (TextMeasure.Width(labelled[i].Label!, 12) + TextMeasure.Width(labelled[i - 1].Label!, 12)) / 2;
                Assert.That(gap, Is.GreaterThan(needed), $"width {width}, labels {labelled[i - 1].Label} and {labelled[i].Label}");
            }
        }
    }

    private static IReadOnlyList<TimeTick> Ticks(DateOnly first, DateOnly last, double width) =>
        TimeAxis.Ticks(TimeAxis.MonthIndex(first), TimeAxis.MonthIndex(last), width);
}
