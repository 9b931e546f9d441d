using Spectre.Console;

namespace StalemateSim.Cli.Terminal;

/// <summary>A live progress bar with runs done, rate and time left, for interactive terminals.</summary>
internal sealed class BarProgress : IProgressReporter
{
    public T Run<T>(string title, long total, long alreadyDone, Func<Action<long>, T> work)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        return console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RunsColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .Start(ctx =>
            {
                ProgressTask task = ctx.AddTask(Markup.Escape(title), maxValue: Math.Max(1, total));
                task.Value = alreadyDone;
                return work(done => task.Value = done);
            });
    }

    private sealed class RunsColumn : ProgressColumn
    {
        public override Spectre.Console.Rendering.IRenderable Render(Spectre.Console.Rendering.RenderOptions options, ProgressTask task, TimeSpan deltaTime)
        {
            double rate = task.Speed ?? 0;
            return new Text(System.FormattableString.Invariant($"{task.Value:F0}/{task.MaxValue:F0} runs {rate,6:F1}/s"));
        }
    }
}
