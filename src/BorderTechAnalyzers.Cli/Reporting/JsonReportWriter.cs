using System.Text.Json;
using BorderTechAnalyzers.Cli.Model;

namespace BorderTechAnalyzers.Cli.Reporting;

/// <summary>The scan as plain JSON: target, projects with their findings, rules and totals.</summary>
internal static class JsonReportWriter
{
    public static void Write(ScanReport report, TextWriter writer) => WriteDocument(writer, json =>
        {
            json.WriteStartObject();
            json.WriteString("tool", "bordertech");
            json.WriteString("version", report.ToolVersion);
            WriteTarget(report.Target, json);
            json.WriteStartObject("totals");
            json.WriteNumber("projects", report.Projects.Count);
            json.WriteNumber("loaded", report.LoadedProjects.Count());
            json.WriteNumber("failed", report.FailedProjects.Count());
            json.WriteNumber("findings", report.Findings.Count());
            json.WriteNumber("errors", report.Count(Severity.Error));
            json.WriteNumber("warnings", report.Count(Severity.Warning));
            json.WriteNumber("info", report.Count(Severity.Info));
            json.WriteStartObject("byRule");
            foreach (var group in report.Findings.GroupBy(f => f.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
            {
                json.WriteNumber(group.Key, group.Count());
            }

            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteStartArray("projects");
            foreach (var project in report.Projects)
            {
                json.WriteStartObject();
                WriteProjectStatus(json, project.Name, project.RelativePath, project.Loaded, project.LoadError, project.Warnings);
                json.WriteStartArray("findings");
                foreach (var finding in project.Findings)
                {
                    WriteFinding(finding, json);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WriteStartArray("rules");
            foreach (var rule in report.Rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteString("title", rule.Title);
                json.WriteString("category", rule.Category);
                json.WriteString("defaultSeverity", rule.DefaultSeverity.ToName());
                json.WriteString("helpUri", rule.HelpUri);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        });

    /// <summary>One indented JSON document, written to <paramref name="writer"/> with a final newline.</summary>
    internal static void WriteDocument(TextWriter writer, Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true }))
        {
            body(json);
        }

        writer.Write(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
        writer.WriteLine();
    }

    /// <summary>The part every JSON output says about a project: where it is, whether it loaded, what went wrong.</summary>
    internal static void WriteProjectStatus(Utf8JsonWriter json, string name, string path, bool loaded, string? loadError, IEnumerable<string> warnings)
    {
        json.WriteString("name", name);
        json.WriteString("path", path);
        json.WriteBoolean("loaded", loaded);
        if (loadError is not null)
        {
            json.WriteString("loadError", loadError);
        }

        json.WriteStartArray("warnings");
        foreach (var warning in warnings)
        {
            json.WriteStringValue(warning);
        }

        json.WriteEndArray();
    }

    internal static void WriteTarget(ScanTarget target, Utf8JsonWriter json)
    {
        json.WriteStartObject("target");
        json.WriteString("input", target.InputPath);
        json.WriteString("kind", target.Kind);
        json.WriteString("description", target.Description);
        json.WriteEndObject();
    }

    private static void WriteFinding(Finding finding, Utf8JsonWriter json)
    {
        json.WriteStartObject();
        json.WriteString("ruleId", finding.RuleId);
        json.WriteString("title", finding.Title);
        json.WriteString("category", finding.Category);
        json.WriteString("severity", finding.Severity.ToName());
        json.WriteString("message", finding.Message);
        json.WriteString("file", finding.RelativePath);
        json.WriteNumber("line", finding.Line);
        json.WriteNumber("column", finding.Column);
        json.WriteNumber("endLine", finding.EndLine);
        json.WriteNumber("endColumn", finding.EndColumn);
        json.WriteString("helpUri", finding.HelpUri);
        json.WriteStartObject("properties");
        foreach (var (key, value) in finding.Properties)
        {
            json.WriteString(key, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
