namespace BorderTechAnalyzers.Cli.Tests;

/// <summary>The real executable, as a user or CI runs it.</summary>
[Collection(GeneratedSolutionCollection.Name)]
public sealed class ProcessTests(GeneratedSolution solution)
{
    private Task<TestEnvironment.ProcessResult> RunAsync(params string[] args)
        => TestEnvironment.RunAsync(TestEnvironment.Dotnet, [TestEnvironment.CliPath, .. args], solution.Root);

    [Fact]
    public async Task Version_PrintsTheToolVersion()
    {
        var run = await RunAsync("--version");
        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^\d+\.\d+\.\d+", run.Output.Trim());
    }

    [Fact]
    public async Task Help_ListsTheCommands()
    {
        var run = await RunAsync("--help");
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("scan", run.Output, StringComparison.Ordinal);
        Assert.Contains("inventory", run.Output, StringComparison.Ordinal);

        var scanHelp = await RunAsync("scan", "--help");
        Assert.Contains("--fail-on", scanHelp.Output, StringComparison.Ordinal);
        Assert.Contains("--no-restore", scanHelp.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_PrintsTheTableOnStdout_AndExitsOneOnAnError()
    {
        var run = await RunAsync("scan", "App", "--no-restore");
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("BT1004  Biometric identification (1:N) (1)", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', run.Output); // redirected: no colours
        Assert.Contains("Analysing App", run.Error, StringComparison.Ordinal);
    }
}
