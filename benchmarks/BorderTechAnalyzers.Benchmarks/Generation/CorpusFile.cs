namespace BorderTechAnalyzers.Benchmarks.Generation;

/// <summary>One generated source file.</summary>
internal sealed record CorpusFile(string Path, string Text)
{
    public int LineCount { get; } = CountLines(Text);

    private static int CountLines(string text)
    {
        var lines = 1;
        foreach (var c in text)
        {
            if (c == '\n')
            {
                lines++;
            }
        }

        return lines;
    }
}
