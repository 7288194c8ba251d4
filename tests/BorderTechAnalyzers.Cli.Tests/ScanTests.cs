using BorderTechAnalyzers.Cli.Model;

namespace BorderTechAnalyzers.Cli.Tests;

[Collection(GeneratedSolutionCollection.Name)]
public sealed class ScanTests(GeneratedSolution solution)
{
    private ProjectResult Project(string name) => solution.Scan.Projects.Single(p => p.Name == name);

    [Fact]
    public void Solution_ListsEveryProject_AndReportsTheOneThatFailedToLoad()
    {
        Assert.Equal(["App", "Gallery", "Broken"], solution.Scan.Projects.Select(p => p.Name));
        var broken = Project("Broken");
        Assert.False(broken.Loaded);
        Assert.Contains("could not be loaded", broken.LoadError, StringComparison.OrdinalIgnoreCase);
        Assert.True(Project("App").Loaded);
        Assert.True(Project("Gallery").Loaded);
        Assert.Contains("Broken could not be loaded", solution.ScanLog, StringComparison.Ordinal);
    }

    [Fact]
    public void EditorConfigSeverity_IsTheReportedSeverity_AndNoneDropsTheDiagnostic()
    {
        var app = Project("App");
        var find = Assert.Single(app.Findings, f => f.RuleId == "BT1004");
        Assert.Equal("App/Kiosk.cs", find.RelativePath);
        Assert.Equal(Severity.Error, find.Severity);
        Assert.DoesNotContain(app.Findings, f => f.RuleId == "BT1004" && f.RelativePath.EndsWith("Quiet.cs", StringComparison.Ordinal));
        Assert.Contains(app.Findings, f => f.RuleId == "BT2001" && f.RelativePath.EndsWith("Quiet.cs", StringComparison.Ordinal));
    }

    [Fact]
    public void PragmaSuppressedDiagnostics_AreNotReported()
    {
        var pragma = Project("App").Findings.Where(f => f.RelativePath.EndsWith("Pragma.cs", StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(pragma, f => f.RuleId == "BT1004");
        Assert.Contains(pragma, f => f.RuleId == "BT2001"); // only BT1004 was disabled around the call
    }

    [Fact]
    public void ConfiguredSeverity_WinsOverTheContextsEscalation()
    {
        var gallery = Project("Gallery");
        Assert.Equal(2, gallery.Findings.Count(f => f.RuleId == "BT1004"));
        var gateOnly = Assert.Single(gallery.Findings, f => f.RuleId == "BT2007");
        Assert.Equal(23, gateOnly.Line); // Users(): a consent gate is consent, not a basis in law, at a border
        Assert.Equal(3, gallery.Findings.Count);
        Assert.All(gallery.Findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Fact]
    public void ProjectApiList_AddsEntries_AndItsBadLinesAreReportedAtTheirLines()
    {
        var app = Project("App");
        var verification = Assert.Single(app.Findings, f => f.RuleId == "BT1005");
        Assert.Equal("Acme Prints", verification.Property("Vendor"));
        Assert.Equal("fingerprint", verification.Property("Modality"));

        var listErrors = app.Findings.Where(f => f.RuleId == "BT9001").OrderBy(f => f.Line).ToList();
        Assert.Equal([4, 5], listErrors.Select(f => f.Line));
        Assert.All(listErrors, f => Assert.Equal("App/BiometricApis.txt", f.RelativePath));
    }

    [Fact]
    public void ProjectsOwnAnalyzerReference_DoesNotDuplicateFindings()
    {
        var keys = solution.Scan.Findings.Select(f => (f.RuleId, f.RelativePath, f.Line, f.Column)).ToList();
        Assert.Equal(keys.Count, keys.Distinct().Count());
    }

    [Fact]
    public void Findings_CarryTheDiagnosticProperties_AndHelpLinks()
    {
        var finding = Project("Gallery").Findings.First();
        Assert.Equal("Amazon Rekognition", finding.Property("Vendor"));
        Assert.Equal("face", finding.Property("Modality"));
        Assert.Equal("identification", finding.Property("Category"));
        Assert.StartsWith("M:Amazon.Rekognition.IAmazonRekognition.Search", finding.Property("Api"), StringComparison.Ordinal);
        Assert.EndsWith("/BT1004.md", finding.HelpUri, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_AreDiscoveredFromTheAnalyzerAssembly_WithTitlesAndHelpLinks()
    {
        var ids = solution.Scan.Rules.Select(r => r.Id).ToList();
        Assert.Contains("BT1004", ids);
        Assert.Contains("BT9001", ids);
        Assert.Equal(ids.OrderBy(i => i, StringComparer.Ordinal), ids);
        Assert.All(solution.Scan.Rules, r =>
        {
            Assert.False(string.IsNullOrWhiteSpace(r.Title));
            Assert.EndsWith($"/{r.Id}.md", r.HelpUri, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void TotalsLine_CountsLoadedAndFailedProjects_AndSeverities()
    {
        var scan = solution.Scan;
        var line = scan.TotalsLine();
        Assert.Contains("2 projects scanned (1 failed to load)", line, StringComparison.Ordinal);
        Assert.Contains($"{scan.Findings.Count()} findings", line, StringComparison.Ordinal);
        Assert.Contains($"{scan.Count(Severity.Error)} errors", line, StringComparison.Ordinal);
    }
}
