namespace StalemateSim.Core.MonteCarlo;

/// <summary>An ensemble folder cannot be resumed or merged; the message says why, for the user.</summary>
public sealed class EnsembleStateException : Exception
{
    public EnsembleStateException()
    {
    }

    public EnsembleStateException(string message)
        : base(message)
    {
    }

    public EnsembleStateException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
