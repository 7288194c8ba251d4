namespace BorderTechAnalyzers.Cli.Tests;

/// <summary>The command line in-process: exit codes, usage errors, output files.</summary>
[Collection(GeneratedSolutionCollection.Name)]
public sealed class CliTests(GeneratedSolution solution)
{
    private sealed record Run(int ExitCode, string Output, string Error);

    private async Task<Run> RunAsync(string workingDirectory, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await new CliApp(output, error, workingDirectory, colour: false).RunAsync(args);
        return new Run(code, output.ToString(), error.ToString());
    }

    private static string[] ErrorLines(Run run) => run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Fact]
    public async Task Scan_FindingAtFailOnLevel_ExitsOne_AndNoneExitsZero()
    {
        var failing = await RunAsync(solution.Root, "scan", "--no-restore", "--quiet");
        Assert.Equal(1, failing.ExitCode);
        Assert.Contains(solution.Scan.TotalsLine(), failing.Output, StringComparison.Ordinal);
        Assert.Contains("Broken could not be loaded", failing.Error, StringComparison.Ordinal);

        var never = await RunAsync(solution.Root, "scan", "--no-restore", "--quiet", "--fail-on", "none");
        Assert.Equal(0, never.ExitCode);
    }

    [Fact]
    public async Task Scan_WarningsOnly_PassesOnErrorAndFailsOnWarning()
    {
        var project = Path.Combine("Gallery", "Gallery.csproj");
        var onError = await RunAsync(solution.Root, "scan", project, "--no-restore");
        Assert.Equal(0, onError.ExitCode);
        Assert.Contains("Loading projects", onError.Error, StringComparison.Ordinal); // progress goes to stderr
        Assert.DoesNotContain("Loading projects", onError.Output, StringComparison.Ordinal);

        var onWarning = await RunAsync(solution.Root, "scan", project, "--no-restore", "-q", "--fail-on", "warning");
        Assert.Equal(1, onWarning.ExitCode);
    }

    [Fact]
    public async Task Scan_WithOutput_WritesOnlyThatFile()
    {
        var output = Path.Combine(solution.Root, "reports", "scan.sarif");
        Directory.CreateDirectory(Path.GetDirectoryName(output)!);
        var before = Snapshot(solution.Root);

        var run = await RunAsync(solution.Root, "scan", "Gallery", "--no-restore", "-q", "--format", "sarif", "--output", output);

        Assert.Equal(0, run.ExitCode);
        var added = Snapshot(solution.Root).Except(before).ToList();
        Assert.Equal([Path.GetRelativePath(solution.Root, output)], added);
        Assert.Contains("\"version\": \"2.1.0\"", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Contains("sarif report written to", run.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Scan_Slnx_OpensTheProjectsItNames()
    {
        TestEnvironment.Write(solution.Root, "slnx/Gallery.slnx", """<Solution><Project Path="../Gallery/Gallery.csproj" /></Solution>""");
        var run = await RunAsync(solution.Root, "scan", Path.Combine("slnx", "Gallery.slnx"), "--no-restore", "-q", "--format", "json");
        Assert.Equal(0, run.ExitCode);
        using var json = System.Text.Json.JsonDocument.Parse(run.Output);
        var project = Assert.Single(json.RootElement.GetProperty("projects").EnumerateArray());
        Assert.Equal("Gallery", project.GetProperty("name").GetString());
        Assert.Equal(3, project.GetProperty("findings").GetArrayLength());
    }

    [Fact]
    public async Task Scan_OnlyAFailedProject_ExitsTwo()
    {
        var run = await RunAsync(solution.Root, "scan", Path.Combine("Broken", "Broken.csproj"), "--no-restore", "-q");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("nothing could be loaded", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Inventory_WritesEachFormatToItsFile()
    {
        var output = Path.Combine(solution.Root, "inventory.yaml");
        var run = await RunAsync(solution.Root, "inventory", Path.Combine("Gallery", "Gallery.csproj"), "--no-restore", "-q", "--format", "fides", "-o", output);
        Assert.Equal(0, run.ExitCode);
        Assert.Contains("fides_key: gallery", File.ReadAllText(output), StringComparison.Ordinal);
        Assert.Contains("2 biometric processing sites in 1 project", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("missing-folder", "does not exist")]
    [InlineData("notes.txt", "is not a solution or C# project")]
    [InlineData("empty", "No .sln, .slnx or .csproj")]
    [InlineData("two-solutions", "holds 2 solutions")]
    public async Task Scan_BadPath_IsOneLineAndExitsTwo(string path, string expected)
    {
        var root = TestEnvironment.NewTempDirectory("paths");
        Directory.CreateDirectory(Path.Combine(root, "empty", "docs"));
        TestEnvironment.Write(root, "notes.txt", "not a project");
        TestEnvironment.Write(root, "two-solutions/A.sln", GeneratedSolution.Solution());
        TestEnvironment.Write(root, "two-solutions/B.slnx", "<Solution />");

        var run = await RunAsync(root, "scan", path);

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(ErrorLines(run));
        Assert.Contains(expected, line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, run.Output);
    }

    [Theory]
    [InlineData("scna", "did you mean 'scan'")]
    [InlineData("scan --format xml", "Must be one of: 'text' 'sarif' 'json' 'markdown' 'html'")]
    [InlineData("scan --fail-on warn", "'error' 'warning' 'info' 'none'")]
    [InlineData("inventory --format sarif", "'markdown' 'json' 'html' 'fides'")]
    [InlineData("scan --frmat json", "did you mean '--format'")]
    [InlineData("", "no command given")]
    public async Task UsageErrors_SayWhatToTypeInstead_AndExitTwo(string args, string expected)
    {
        var run = await RunAsync(solution.Root, args.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains(expected, run.Error, StringComparison.Ordinal);
        Assert.Contains("--help", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_InAMissingFolder_IsRejectedBeforeScanning()
    {
        var run = await RunAsync(solution.Root, "scan", "--output", Path.Combine("no", "such", "dir", "x.sarif"));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("does not exist", Assert.Single(ErrorLines(run)), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Property_WithoutAnEqualsSign_IsAUsageError()
    {
        var run = await RunAsync(solution.Root, "scan", "-p", "Configuration");
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("name=value", run.Error, StringComparison.Ordinal);
    }

    private static HashSet<string> Snapshot(string root)
        => Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(root, f))
            .Where(f => !f.Split(Path.DirectorySeparatorChar).Any(part => part is "obj" or "bin"))
            .ToHashSet();
}
