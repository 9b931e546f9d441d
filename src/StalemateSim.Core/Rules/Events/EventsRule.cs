using StalemateSim.Core.Engine;
using StalemateSim.Core.Model;
using StalemateSim.Core.Randomness;
using StalemateSim.Core.Scenarios.Spec;

namespace StalemateSim.Core.Rules.Events;

/// <summary>
/// Applies the scenario's scheduled exogenous history at its month: coups, foreign deployments,
/// drawdowns and withdrawals, accords and ceasefires opened, policy changes, droughts. It decides
/// nothing: who signs an accord, who splits, who holds a town are left to the other rules.
/// Digest: 5 (timeline), 3.4 ST16–ST17 (coup effects), 3.5 (foreign forces), 3.8 (accords), 3.9 HU1–HU2 (drought).
/// Updates the world in place.
/// </summary>
public sealed class EventsRule(EventsSpec spec) : IRule
{
    public const string RuleName = "events";

    public string Name => RuleName;

    public void Apply(World world, ref Xoshiro256StarStar random)
    {
        int tick = world.Tick;
        RegionTable regions = world.Regions;
        for (int r = 0; r < regions.Count; r++)
        {
            if (regions.Drought[r] > 0 && tick >= regions.DroughtUntil[r])
            {
                regions.Drought[r] = 0;
            }
        }

        IReadOnlyList<ScheduledEvent> events = world.Events;
        for (int i = 0; i < events.Count; i++)
        {
            ScheduledEvent e = events[i];
            if (e.Tick == tick)
            {
                ApplyEvent(world, e, i);
            }
        }
    }

    /// <summary>A coup (scheduled, or triggered by the state rule): army cohesion and the command where the state is at war collapse.</summary>
    public static void Coup(World world, double severity, double commandCollapse)
    {
        StateAgent s = world.State;
        s.ArmyCohesion *= 1 - (0.5 * severity);
        for (int r = 0; r < world.Regions.Count; r++)
        {
            if (Strength.HostileFightersIn(world, r) > 0)
            {
                double lost = s.Force[r] * commandCollapse * severity;
                s.Force[r] -= lost;
                s.Army = Math.Max(0, s.Army - lost);
            }
        }

        s.Coups++;
        s.LastCoupTick = world.Tick;
        s.Defeats = 0;
        world.Log.Add(world.Tick, LogKind.Coup);
    }

    private void ApplyEvent(World world, ScheduledEvent e, int index)
    {
        world.Log.Add(world.Tick, LogKind.ScheduledEvent, index);
        ForeignTable foreign = world.Foreign;
        switch (e.Type)
        {
            case EventType.Coup:
                Coup(world, e.Severity, spec.CoupCommandCollapse);
                break;
            case EventType.ForeignDeploy:
                if (!foreign.Present[e.Force])
                {
                    // A force already present keeps its date: moving it to other regions does not make it new.
                    foreign.DeployedTick[e.Force] = world.Tick;
                }

                foreign.Present[e.Force] = true;
                foreign.Troops[e.Force] = e.Troops ?? foreign.DefaultTroops[e.Force];
                if (e.Regions.Length > 0)
                {
                    int rc = foreign.RegionCount;
                    Array.Clear(foreign.Deployment, e.Force * rc, rc);
                    foreach (int r in e.Regions)
                    {
                        foreign.Deployment[(e.Force * rc) + r] = 1.0 / e.Regions.Length;
                    }
                }

                break;
            case EventType.ForeignStrength:
                foreign.Troops[e.Force] = e.Troops ?? foreign.Troops[e.Force];
                break;
            case EventType.ForeignWithdraw:
                foreign.Present[e.Force] = false;
                foreign.Troops[e.Force] = 0;
                break;
            case EventType.Accord:
                AccordState accord = world.Accord;
                accord.Active = true;
                accord.Accords++;
                accord.OpenedTick = world.Tick;
                accord.Inclusive = e.Inclusive ?? accord.Inclusive;
                accord.SeatValue = e.SeatValue ?? accord.SeatValue;
                accord.CeasefireUntil = Math.Max(accord.CeasefireUntil, world.Tick + e.Months);
                break;
            case EventType.Ceasefire:
                world.Accord.CeasefireUntil = Math.Max(world.Accord.CeasefireUntil, world.Tick + e.Months);
                break;
            case EventType.Policy:
                foreach (PolicySetting setting in e.Settings)
                {
                    ApplyPolicy(world, setting);
                }

                break;
            case EventType.Drought:
                foreach (int r in e.Regions)
                {
                    world.Regions.Drought[r] = e.Severity;
                    world.Regions.DroughtUntil[r] = world.Tick + e.Months;
                }

                break;
            default:
                throw new InvalidOperationException($"Unhandled event type {e.Type}.");
        }
    }

    private static void ApplyPolicy(World world, PolicySetting setting)
    {
        StateAgent s = world.State;
        ForeignTable f = world.Foreign;
        switch (setting.Target)
        {
            case PolicyTarget.StateMilitiaFunding:
                s.MilitiaFunding = setting.Value;
                break;
            case PolicyTarget.StateAbuse:
                s.Abuse = setting.Value;
                break;
            case PolicyTarget.StateProfiling:
                for (int c = 0; c < s.Profiling.Length; c++)
                {
                    s.Profiling[c] *= setting.Value;
                }

                break;
            case PolicyTarget.StateTalkStance:
                s.TalkStance = setting.Value;
                break;
            case PolicyTarget.StateTalksWithJihadists:
                s.TalksWithJihadists = setting.Value;
                break;
            case PolicyTarget.ForeignMilitiaSupport:
                f.MilitiaSupport.AsSpan(Forces(f, setting.Index)).Fill(setting.Value);
                break;
            case PolicyTarget.ForeignAbuse:
                f.Abuse.AsSpan(Forces(f, setting.Index)).Fill(setting.Value);
                break;
            case PolicyTarget.AccordInclusive:
                world.Accord.Inclusive = setting.Value >= 0.5;
                break;
            case PolicyTarget.AccordSeatValue:
                world.Accord.SeatValue = setting.Value;
                break;
            case PolicyTarget.RegionAutonomy:
                world.Regions.Autonomy[setting.Index] = setting.Value;
                break;
            case PolicyTarget.RegionGovernance:
                world.Regions.Governance[setting.Index] = setting.Value;
                break;
            default:
                throw new InvalidOperationException($"Unhandled policy {setting.Target}.");
        }
    }

    /// <summary>The force a setting names, or all of them (index -1); a range, not a closure, so a policy month allocates nothing.</summary>
    private static Range Forces(ForeignTable f, int index) => index >= 0 ? index..(index + 1) : 0..f.Count;
}
