using StalemateSim.Core.Analysis;
using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Rules.Events;
using StalemateSim.Core.Tests.Support;

namespace StalemateSim.Core.Tests.Analysis;

public class MetricRecorderTests
{
    [Test]
    public void FightersOfEachStartingGroupAreRecordedByIdAndAreZeroOnceItHasEnded()
    {
        var tiny = new TinyWorld { Months = 3 }.WithSeparatists(1_200).WithJihadists(700);
        Simulation sim = tiny.Simulate(1, new EventsSpec());
        World w = sim.World;
        int jihadists = 0, rebels = 1;

        sim.Step();
        w.Groups.Fighters[rebels] = 950;
        sim.Step();
        w.Groups.End(jihadists, w.Tick);
        sim.Step();

        ReadOnlySpan<double> rebelSeries = sim.Recorder.Trajectory.Series("fighters.group.rebels");
        ReadOnlySpan<double> jihadistSeries = sim.Recorder.Trajectory.Series("fighters.group.jihadists");
        Assert.That(rebelSeries.ToArray(), Is.EqualTo(new double[] { 1_200, 950, 950 }));
        Assert.That(jihadistSeries.ToArray(), Is.EqualTo(new double[] { 700, 700, 0 }));
    }

    [Test]
    public void SignatoriesAreCountedOnlyWhileAnAccordIsOpenAndCountersAreCarriedThrough()
    {
        var tiny = new TinyWorld { Months = 2 }.WithSeparatists().WithJihadists();
        Simulation sim = tiny.Simulate(1, new EventsSpec());
        World w = sim.World;
        w.Groups.Accord[1] = AccordStatus.Signatory;
        w.Counters.AccordWithdrawals = 2;
        w.Counters.VillageHeadsKilled = 7;

        sim.Step();
        w.Accord.Active = true;
        sim.Step();

        Trajectory tr = sim.Recorder.Trajectory;
        Assert.That(tr.Series(MetricNames.AccordSignatories).ToArray(), Is.EqualTo(new double[] { 0, 1 }), "no accord open in month 0");
        Assert.That(tr[tr.IndexOf(MetricNames.AccordWithdrawals), 1], Is.EqualTo(2));
        Assert.That(tr[tr.IndexOf(MetricNames.VillageHeadsKilled), 1], Is.EqualTo(7));
    }

    [Test]
    public void GroupsWithBlocsCountsEachBlocOnceBesideItsMembers()
    {
        var tiny = new TinyWorld { Months = 2 }.WithSeparatists().WithJihadists();
        Simulation sim = tiny.Simulate(1, new EventsSpec());
        World w = sim.World;

        sim.Step();
        w.Groups.Bloc[0] = 0;
        w.Groups.Bloc[1] = 0; // one bloc of both groups
        sim.Step();

        Trajectory tr = sim.Recorder.Trajectory;
        Assert.That(tr.Series(MetricNames.GroupsActive).ToArray(), Is.EqualTo(new double[] { 2, 2 }));
        Assert.That(tr.Series(MetricNames.Blocs).ToArray(), Is.EqualTo(new double[] { 0, 1 }));
        Assert.That(tr.Series(MetricNames.GroupsWithBlocs).ToArray(), Is.EqualTo(new double[] { 2, 3 }), "two groups and their one umbrella");
    }
}
