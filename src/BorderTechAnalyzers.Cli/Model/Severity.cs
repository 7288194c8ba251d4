namespace BorderTechAnalyzers.Cli.Model;

/// <summary>The effective level of a finding, ordered so that a higher value is more severe.</summary>
internal enum Severity
{
    Info = 1,
    Warning = 2,
    Error = 3,
}

internal static class SeverityNames
{
    public static string ToName(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The SARIF 2.1.0 <c>level</c> for a severity.</summary>
    public static string ToSarifLevel(this Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };
}
