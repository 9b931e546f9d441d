namespace StalemateSim.Cli;

/// <summary>Exit codes of the stalemate command.</summary>
public static class ExitCodes
{
    public const int Ok = 0;
    public const int Failure = 1;
    public const int BadInput = 2;
    public const int Interrupted = 130;
}
