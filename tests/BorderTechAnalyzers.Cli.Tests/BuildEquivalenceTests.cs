using System.Text.Json;
using BorderTechAnalyzers.Cli.Model;

namespace BorderTechAnalyzers.Cli.Tests;

/// <summary>The tool reports exactly what the compiler reports with the same analyzer in <c>dotnet build</c>.</summary>
[Collection(GeneratedSolutionCollection.Name)]
public sealed class BuildEquivalenceTests(GeneratedSolution solution)
{
    [Theory]
    [InlineData("App")]
    [InlineData("Gallery")]
    public async Task ScanFindings_EqualTheBuildsSarifErrorLog(string project)
    {
        var log = Path.Combine(solution.Root, $"{project}.build.sarif");
        var build = await TestEnvironment.RunAsync(
            TestEnvironment.Dotnet,
            ["build", Path.Combine(solution.Root, project, $"{project}.csproj"), "--no-restore", "-nologo", "-v:q", $"-p:ErrorLog={log}%2Cversion=2.1"],
            solution.Root);
        Assert.True(File.Exists(log), $"dotnet build wrote no error log (exit {build.ExitCode}):\n{build.Output}\n{build.Error}");

        var fromBuild = ReadBuildLog(log, project);
        var fromScan = solution.Scan.Projects.Single(p => p.Name == project).Findings
            .Select(f => $"{f.RuleId} {f.RelativePath}:{f.Line}:{f.Column} {f.Severity.ToSarifLevel()}")
            .Order(StringComparer.Ordinal)
            .ToList();

        Assert.NotEmpty(fromScan);
        Assert.Equal(fromBuild, fromScan);
    }

    private List<string> ReadBuildLog(string path, string project)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        Assert.Equal("2.1.0", document.RootElement.GetProperty("version").GetString());
        var results = new List<string>();
        foreach (var result in document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray())
        {
            var id = result.GetProperty("ruleId").GetString()!;
            if (!id.StartsWith("BT", StringComparison.Ordinal))
            {
                continue; // the SDK's own CA/IDE rules
            }

            if (result.TryGetProperty("suppressions", out var suppressions) && suppressions.GetArrayLength() > 0)
            {
                continue;
            }

            var physical = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var file = new Uri(physical.GetProperty("artifactLocation").GetProperty("uri").GetString()!).LocalPath;
            var region = physical.GetProperty("region");
            var relative = Path.GetRelativePath(solution.Root, file).Replace('\\', '/');
            results.Add($"{id} {relative}:{region.GetProperty("startLine").GetInt32()}:{region.GetProperty("startColumn").GetInt32()} {result.GetProperty("level").GetString()}");
        }

        return results.Order(StringComparer.Ordinal).ToList();
    }
}
