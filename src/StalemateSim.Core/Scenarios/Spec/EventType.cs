namespace StalemateSim.Core.Scenarios.Spec;

/// <summary>Scheduled exogenous history. Outcomes of actors' choices are never events.</summary>
public enum EventType : byte
{
    Coup,
    ForeignDeploy,
    ForeignStrength,
    ForeignWithdraw,
    Accord,
    Ceasefire,
    Policy,
    Drought,
}
