namespace StalemateSim.Core.Reference.Epstein;

/// <summary>
/// A citizen's estimate of its arrest probability if it were active:
/// P = 1 − exp(−k · floor(C / (A + 1))), with C the cops and A the other active citizens in vision.
/// The "+ 1" is the citizen itself, counted as active: Epstein's (C/A)_v includes the agent, since
/// it asks what would happen were it to join; it also keeps the ratio finite when no one else is
/// active. The floor follows the NetLogo Rebellion and Mesa implementations: with k = 2.3 one cop
/// against a lone rebel gives P ≈ 0.9, as Epstein chose, and more rebels than cops give P = 0.
/// </summary>
public static class ArrestProbability
{
    public static double Estimate(int copsInVision, int otherActivesInVision, double k) =>
        1 - Math.Exp(-k * (copsInVision / (otherActivesInVision + 1)));
}
