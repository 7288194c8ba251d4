using System.Text.Json;
using BorderTechAnalyzers.Cli.Model;

namespace BorderTechAnalyzers.Cli.Reporting;

/// <summary>
/// SARIF 2.1.0 as GitHub code scanning accepts it: one run, the rules with help links in <c>tool.driver</c>, results
/// with artifact URIs relative to <c>%SRCROOT%</c>, and projects that failed to load as tool execution notifications.
/// </summary>
internal static class SarifReportWriter
{
    public const string SourceRoot = "%SRCROOT%";

    public static void Write(ScanReport report, TextWriter writer)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(report, json);
            WriteInvocation(report, json);
            json.WriteStartObject("originalUriBaseIds");
            json.WriteStartObject(SourceRoot);
            json.WriteString("uri", new Uri(Path.TrimEndingDirectorySeparator(report.Target.BaseDirectory) + Path.DirectorySeparatorChar).AbsoluteUri);
            json.WriteEndObject();
            json.WriteEndObject();
            WriteResults(report, json);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.WriteLine();
    }

    private static void WriteTool(ScanReport report, Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "BorderTechAnalyzers");
        json.WriteString("fullName", "BorderTechAnalyzers (bordertech " + report.ToolVersion + ")");
        json.WriteString("version", report.ToolVersion);
        json.WriteString("semanticVersion", report.ToolVersion);
        json.WriteString("informationUri", "https://github.com/bordertech-analyzers/BorderTechAnalyzers");
        json.WriteStartArray("rules");
        foreach (var rule in report.Rules)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Id);
            json.WriteString("name", Pascal(rule.Title));
            json.WriteStartObject("shortDescription");
            json.WriteString("text", rule.Title);
            json.WriteEndObject();
            json.WriteStartObject("fullDescription");
            json.WriteString("text", string.IsNullOrEmpty(rule.Description) ? rule.Title : rule.Description);
            json.WriteEndObject();
            if (rule.HelpUri is not null)
            {
                json.WriteString("helpUri", rule.HelpUri);
                json.WriteStartObject("help");
                json.WriteString("text", $"{rule.Title}. See {rule.HelpUri}");
                json.WriteString("markdown", $"**{rule.Title}**. {rule.Description} See [{rule.Id}]({rule.HelpUri}).");
                json.WriteEndObject();
            }

            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", rule.DefaultSeverity.ToSarifLevel());
            json.WriteBoolean("enabled", rule.EnabledByDefault);
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("category", rule.Category);
            json.WriteStartArray("tags");
            json.WriteStringValue(rule.Category);
            json.WriteStringValue("privacy");
            json.WriteEndArray();
            json.WriteString("problem.severity", rule.DefaultSeverity switch { Severity.Error => "error", Severity.Warning => "warning", _ => "recommendation" });
            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteInvocation(ScanReport report, Utf8JsonWriter json)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !report.FailedProjects.Any());
        json.WriteStartArray("toolExecutionNotifications");
        foreach (var project in report.Projects)
        {
            if (!project.Loaded)
            {
                WriteNotification(json, "error", $"{project.Name} ({project.RelativePath}) could not be loaded: {project.LoadError}");
            }

            foreach (var warning in project.Warnings)
            {
                WriteNotification(json, "warning", $"{project.Name}: {warning}");
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteNotification(Utf8JsonWriter json, string level, string text)
    {
        json.WriteStartObject();
        json.WriteString("level", level);
        json.WriteStartObject("message");
        json.WriteString("text", text);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteResults(ScanReport report, Utf8JsonWriter json)
    {
        var ruleIndex = report.Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        json.WriteStartArray("results");
        foreach (var finding in report.Findings)
        {
            json.WriteStartObject();
            json.WriteString("ruleId", finding.RuleId);
            if (ruleIndex.TryGetValue(finding.RuleId, out var index))
            {
                json.WriteNumber("ruleIndex", index);
            }

            json.WriteString("level", finding.Severity.ToSarifLevel());
            json.WriteStartObject("message");
            json.WriteString("text", finding.Message);
            json.WriteEndObject();
            json.WriteStartArray("locations");
            json.WriteStartObject();
            json.WriteStartObject("physicalLocation");
            json.WriteStartObject("artifactLocation");
            if (Path.IsPathRooted(finding.RelativePath))
            {
                json.WriteString("uri", new Uri(finding.FilePath).AbsoluteUri);
            }
            else
            {
                json.WriteString("uri", EscapeRelative(finding.RelativePath));
                json.WriteString("uriBaseId", SourceRoot);
            }

            json.WriteEndObject();
            json.WriteStartObject("region");
            json.WriteNumber("startLine", finding.Line);
            json.WriteNumber("startColumn", finding.Column);
            json.WriteNumber("endLine", finding.EndLine);
            json.WriteNumber("endColumn", finding.EndColumn);
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteStartObject("partialFingerprints");
            json.WriteString("bordertech/v1", Fingerprint(finding));
            json.WriteEndObject();
            json.WriteStartObject("properties");
            json.WriteString("project", finding.Project);
            foreach (var (key, value) in finding.Properties)
            {
                json.WriteString(char.ToLowerInvariant(key[0]) + key[1..], value);
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// <summary>Stable across runs and line moves: rule, file and message (which names the API and vendor).</summary>
    private static string Fingerprint(Finding finding)
    {
        var bytes = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes($"{finding.RuleId}|{finding.RelativePath}|{finding.Message}"));
        return Convert.ToHexString(bytes, 0, 16).ToLowerInvariant();
    }

    private static string EscapeRelative(string relative)
        => string.Join('/', relative.Split('/').Select(Uri.EscapeDataString));

    private static string Pascal(string title)
        => string.Concat(title.Split([' ', '-', '(', ')', ':', ',', '/'], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
}
