using System.Reflection;

namespace BorderTechAnalyzers.Cli;

internal static class CliVersion
{
    /// <summary>The informational version without the source-revision suffix.</summary>
    public static string Value { get; } = Read();

    private static string Read()
    {
        var version = typeof(CliVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
            ?? typeof(CliVersion).Assembly.GetName().Version?.ToString()
            ?? "0.0.0";
        var plus = version.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? version : version[..plus];
    }
}
