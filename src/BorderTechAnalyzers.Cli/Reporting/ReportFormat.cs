namespace BorderTechAnalyzers.Cli.Reporting;

internal static class ReportFormat
{
    public static readonly string[] ScanFormats = ["text", "sarif", "json", "markdown", "html"];

    public static readonly string[] InventoryFormats = ["markdown", "json", "html", "fides"];
}
