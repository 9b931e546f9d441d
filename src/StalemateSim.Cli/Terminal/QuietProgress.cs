namespace StalemateSim.Cli.Terminal;

/// <summary>Reports nothing (--quiet).</summary>
internal sealed class QuietProgress : IProgressReporter
{
    public T Run<T>(string title, long total, long alreadyDone, Func<Action<long>, T> work) => work(_ => { });
}
