namespace StalemateSim.Cli.Terminal;

/// <summary>Shows how an ensemble is going: a bar on a terminal, plain lines in a log, nothing when quiet.</summary>
internal interface IProgressReporter
{
    /// <summary>Runs <paramref name="work"/>, which reports runs done through the callback it is given.</summary>
    T Run<T>(string title, long total, long alreadyDone, Func<Action<long>, T> work);
}
