using BorderTechAnalyzers.Cli.Model;

namespace BorderTechAnalyzers.Cli.Reporting;

internal static class HtmlReportWriter
{
    public static void Write(ScanReport report, TextWriter writer) => writer.WriteLine("<html></html>");
}
