using System.Diagnostics;
using System.Text;

namespace BorderTechAnalyzers.Cli.Loading;

/// <summary>
/// Runs <c>dotnet restore</c> before loading, because MSBuildWorkspace does not restore and an unrestored project
/// loads without its package references.
/// </summary>
internal static class Restorer
{
    public sealed record Result(bool Succeeded, IReadOnlyList<string> Errors);

    public static async Task<Result> RestoreAsync(string file, IReadOnlyDictionary<string, string> properties, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(MSBuildRegistration.DotnetExecutable())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = Path.GetDirectoryName(file)!,
        };
        start.ArgumentList.Add("restore");
        start.ArgumentList.Add(file);
        start.ArgumentList.Add("--verbosity");
        start.ArgumentList.Add("quiet");
        start.ArgumentList.Add("-nologo");
        foreach (var (name, value) in properties)
        {
            start.ArgumentList.Add($"-p:{name}={value}");
        }

        // Keep the child's output in English-free of terminal codes, and never let it wait for input.
        start.Environment["DOTNET_CLI_UI_LANGUAGE"] = "en";
        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["TERM"] = "dumb";

        var output = new StringBuilder();
        try
        {
            using var process = new Process { StartInfo = start };
            process.OutputDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.ErrorDataReceived += (_, e) => { if (e.Data is not null) { lock (output) { output.AppendLine(e.Data); } } };
            process.Start();
            process.StandardInput.Close();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            try
            {
                await process.WaitForExitAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                throw;
            }

            if (process.ExitCode == 0)
            {
                return new Result(true, []);
            }
        }
        catch (Exception e) when (e is System.ComponentModel.Win32Exception or InvalidOperationException)
        {
            return new Result(false, [$"'dotnet restore' could not be started: {e.Message}"]);
        }

        var errors = output.ToString()
            .Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains("error", StringComparison.OrdinalIgnoreCase))
            .Distinct(StringComparer.Ordinal)
            .Take(10)
            .ToList();
        if (errors.Count == 0)
        {
            errors.Add("'dotnet restore' failed without an error message.");
        }

        return new Result(false, errors);
    }
}
