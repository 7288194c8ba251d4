using System.Text.Json;
using BorderTechAnalyzers.Cli.Model;

namespace BorderTechAnalyzers.Cli.Tests;

/// <summary>Every scan format, written from the shared scan and read back.</summary>
[Collection(GeneratedSolutionCollection.Name)]
public sealed class ScanFormatTests(GeneratedSolution solution)
{
    private static readonly string[] s_sarifLevels = ["none", "note", "warning", "error"];

    private string Render(string format, bool colour = false)
    {
        var writer = new StringWriter();
        CliApp.WriteScan(solution.Scan, format, writer, colour);
        return writer.ToString();
    }

    [Fact]
    public void Text_GroupsByProjectAndRule_AndEndsWithTheTotals()
    {
        var lines = Render("text").Split('\n', StringSplitOptions.TrimEntries);
        var app = Array.FindIndex(lines, l => l.StartsWith("App ", StringComparison.Ordinal));
        var gallery = Array.FindIndex(lines, l => l.StartsWith("Gallery ", StringComparison.Ordinal));
        var rule = Array.FindIndex(lines, l => l.StartsWith("BT1004  Biometric identification (1:N) (2)", StringComparison.Ordinal));
        Assert.True(app >= 0 && gallery > app && rule > gallery, string.Join('\n', lines));
        Assert.Contains(lines, l => l.Contains("Gallery/Search.cs:", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("could not be loaded", StringComparison.Ordinal));
        Assert.Equal(solution.Scan.TotalsLine(), lines.Last(l => l.Length > 0));
    }

    [Fact]
    public void Text_HasColoursOnlyWhenAskedFor()
    {
        Assert.DoesNotContain('\u001b', Render("text"));
        Assert.Contains("\u001b[31m", Render("text", colour: true), StringComparison.Ordinal);
    }

    [Fact]
    public void Json_RoundTripsTheFindingsAndTotals()
    {
        using var document = JsonDocument.Parse(Render("json"));
        var root = document.RootElement;
        Assert.Equal(solution.Scan.Findings.Count(), root.GetProperty("totals").GetProperty("findings").GetInt32());
        Assert.Equal(1, root.GetProperty("totals").GetProperty("failed").GetInt32());
        var projects = root.GetProperty("projects").EnumerateArray().ToList();
        Assert.Equal(3, projects.Count);
        var broken = projects.Single(p => p.GetProperty("name").GetString() == "Broken");
        Assert.False(broken.GetProperty("loaded").GetBoolean());
        Assert.False(string.IsNullOrEmpty(broken.GetProperty("loadError").GetString()));
        var findings = projects.SelectMany(p => p.GetProperty("findings").EnumerateArray()).ToList();
        Assert.Equal(
            solution.Scan.Findings.Select(f => $"{f.RuleId} {f.RelativePath}:{f.Line}:{f.Column} {f.Severity.ToName()}"),
            findings.Select(f => $"{f.GetProperty("ruleId").GetString()} {f.GetProperty("file").GetString()}:{f.GetProperty("line").GetInt32()}:{f.GetProperty("column").GetInt32()} {f.GetProperty("severity").GetString()}"));
    }

    [Fact]
    public void Sarif_HasTheRequiredFieldsOfTheSarif210Schema()
    {
        using var document = JsonDocument.Parse(Render("sarif"));
        var root = document.RootElement;
        Assert.Equal("2.1.0", root.GetProperty("version").GetString());
        var run = Assert.Single(root.GetProperty("runs").EnumerateArray());

        var driver = run.GetProperty("tool").GetProperty("driver");
        Assert.Equal("BorderTechAnalyzers", driver.GetProperty("name").GetString());
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        Assert.NotEmpty(rules);
        foreach (var rule in rules)
        {
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("id").GetString()));
            Assert.False(string.IsNullOrEmpty(rule.GetProperty("shortDescription").GetProperty("text").GetString()));
            Assert.True(Uri.IsWellFormedUriString(rule.GetProperty("helpUri").GetString(), UriKind.Absolute));
            Assert.Contains(rule.GetProperty("defaultConfiguration").GetProperty("level").GetString(), s_sarifLevels);
        }

        var baseIds = run.GetProperty("originalUriBaseIds");
        var root0 = baseIds.GetProperty("%SRCROOT%").GetProperty("uri").GetString()!;
        Assert.StartsWith("file:///", root0, StringComparison.Ordinal);
        Assert.EndsWith("/", root0, StringComparison.Ordinal);

        var results = run.GetProperty("results").EnumerateArray().ToList();
        Assert.Equal(solution.Scan.Findings.Count(), results.Count);
        foreach (var result in results)
        {
            Assert.False(string.IsNullOrEmpty(result.GetProperty("message").GetProperty("text").GetString()));
            var ruleId = result.GetProperty("ruleId").GetString();
            var index = result.GetProperty("ruleIndex").GetInt32();
            Assert.Equal(ruleId, rules[index].GetProperty("id").GetString());
            Assert.Contains(result.GetProperty("level").GetString(), s_sarifLevels);
            var physical = Assert.Single(result.GetProperty("locations").EnumerateArray()).GetProperty("physicalLocation");
            var artifact = physical.GetProperty("artifactLocation");
            var uri = artifact.GetProperty("uri").GetString()!;
            Assert.True(Uri.IsWellFormedUriString(uri, UriKind.Relative), uri);
            Assert.False(uri.StartsWith('/'));
            Assert.Equal("%SRCROOT%", artifact.GetProperty("uriBaseId").GetString());
            var region = physical.GetProperty("region");
            Assert.True(region.GetProperty("startLine").GetInt32() >= 1);
            Assert.True(region.GetProperty("startColumn").GetInt32() >= 1);
        }

        var notifications = run.GetProperty("invocations")[0].GetProperty("toolExecutionNotifications").EnumerateArray();
        Assert.Contains(notifications, n => n.GetProperty("level").GetString() == "error" && n.GetProperty("message").GetProperty("text").GetString()!.Contains("Broken", StringComparison.Ordinal));
        Assert.False(run.GetProperty("invocations")[0].GetProperty("executionSuccessful").GetBoolean());
    }

    [Fact]
    public void Sarif_UsesNoteForInfoAndTheEffectiveLevels()
    {
        using var document = JsonDocument.Parse(Render("sarif"));
        var results = document.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray().ToList();
        var kiosk = results.Single(r => r.GetProperty("ruleId").GetString() == "BT1004"
            && r.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString() == "App/Kiosk.cs");
        Assert.Equal("error", kiosk.GetProperty("level").GetString());
        Assert.Equal("note", Severity.Info.ToSarifLevel());
    }

    [Fact]
    public void Markdown_HasTheTotalsAProjectTableAndOneRowPerFinding()
    {
        var markdown = Render("markdown");
        Assert.Contains($"**{solution.Scan.TotalsLine()}**", markdown, StringComparison.Ordinal);
        Assert.Contains("| Broken |", markdown, StringComparison.Ordinal);
        var findingRows = markdown.Split('\n').Count(l => l.StartsWith("| error |", StringComparison.Ordinal) || l.StartsWith("| warning |", StringComparison.Ordinal) || l.StartsWith("| info |", StringComparison.Ordinal));
        Assert.Equal(solution.Scan.Findings.Count(), findingRows);
    }

    [Fact]
    public void Html_IsSelfContained_WithChartsAndAFindingsTable()
    {
        var html = Render("html");
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-categories\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-rules\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-projects\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", html, StringComparison.OrdinalIgnoreCase);
        var rows = html.Split("<tr data-rule=", StringSplitOptions.None).Length - 1;
        Assert.Equal(solution.Scan.Findings.Count(), rows);
    }
}
