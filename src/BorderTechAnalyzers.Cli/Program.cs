using System.Runtime.CompilerServices;
using BorderTechAnalyzers.Cli.Loading;

namespace BorderTechAnalyzers.Cli;

internal static class Program
{
    public static int Main(string[] args)
    {
        // MSBuild must be located before any method that touches MSBuild or Workspaces types is compiled.
        if (MSBuildRegistration.TryRegister() is { } error)
        {
            Console.Error.WriteLine("bordertech: " + error);
            return CliApp.UsageError;
        }

        return Run(args);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static int Run(string[] args)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };

        var colour = !Console.IsOutputRedirected
            && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"))
            && Environment.GetEnvironmentVariable("TERM") != "dumb";
        var app = new CliApp(Console.Out, Console.Error, Environment.CurrentDirectory, colour);
        return app.RunAsync(args, cancellation.Token).GetAwaiter().GetResult();
    }
}
