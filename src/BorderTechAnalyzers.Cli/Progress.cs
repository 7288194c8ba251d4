namespace BorderTechAnalyzers.Cli;

/// <summary>Progress lines on stderr, so stdout stays clean for the report.</summary>
internal sealed class Progress(TextWriter error, bool quiet)
{
    private readonly object _gate = new();

    public void Write(string line)
    {
        if (quiet)
        {
            return;
        }

        lock (_gate)
        {
            error.WriteLine(line);
        }
    }

    /// <summary>Errors are shown even with --quiet.</summary>
    public void Error(string line)
    {
        lock (_gate)
        {
            error.WriteLine("error: " + line);
        }
    }

    /// <summary>Warnings are shown even with --quiet.</summary>
    public void Warn(string line)
    {
        lock (_gate)
        {
            error.WriteLine("warning: " + line);
        }
    }
}
