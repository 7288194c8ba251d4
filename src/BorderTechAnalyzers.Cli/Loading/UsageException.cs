namespace BorderTechAnalyzers.Cli.Loading;

/// <summary>A problem with what the user typed or pointed at; reported as one line, exit code 2.</summary>
internal sealed class UsageException(string message) : Exception(message);
