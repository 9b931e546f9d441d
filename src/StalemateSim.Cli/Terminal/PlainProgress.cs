using System.Diagnostics;
using System.Globalization;

namespace StalemateSim.Cli.Terminal;

/// <summary>Periodic plain lines for logs and batch jobs: runs done, rate and time left, at most every few seconds.</summary>
internal sealed class PlainProgress(TextWriter error, double intervalSeconds = 5) : IProgressReporter
{
    public T Run<T>(string title, long total, long alreadyDone, Func<Action<long>, T> work)
    {
        var clock = Stopwatch.StartNew();
        double lastReport = double.NegativeInfinity;
        error.WriteLine($"{title}: {total} runs{(alreadyDone > 0 ? $", resuming after {alreadyDone}" : "")}");
        T result = work(done =>
        {
            double now = clock.Elapsed.TotalSeconds;
            if (now - lastReport < intervalSeconds && done < total)
            {
                return;
            }

            lastReport = now;
            error.WriteLine(Line(done, total, alreadyDone, now));
        });
        return result;
    }

    internal static string Line(long done, long total, long alreadyDone, double seconds)
    {
        double rate = seconds > 0 ? (done - alreadyDone) / seconds : 0;
        double left = rate > 0 ? (total - done) / rate : double.NaN;
        return string.Create(CultureInfo.InvariantCulture,
            $"  {done}/{total} runs ({100.0 * done / Math.Max(1, total):F0}%), {rate:F1} runs/s, {(double.IsNaN(left) ? "?" : TimeSpan.FromSeconds(Math.Ceiling(left)).ToString("c", CultureInfo.InvariantCulture))} left");
    }
}
