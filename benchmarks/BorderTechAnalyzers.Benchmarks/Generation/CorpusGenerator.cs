using System.Text;

namespace BorderTechAnalyzers.Benchmarks.Generation;

internal enum CorpusKind
{
    /// <summary>Ordinary code, with vendor SDK usage in part of the files.</summary>
    Sdk,

    /// <summary>The same ordinary code, with same-shaped code over the project's own types instead of SDK usage.</summary>
    Plain,
}

internal sealed record GeneratedCorpus(CorpusKind Kind, IReadOnlyList<CorpusFile> Files, IReadOnlyDictionary<string, int> SnippetCounts)
{
    public int LineCount => Files.Sum(f => f.LineCount);

    public string Name => Kind == CorpusKind.Sdk ? "SDK" : "plain";
}

/// <summary>
/// Generates the benchmark corpora. Everything derives from the seed and the file index, so the same arguments give
/// the same text on every machine; file <c>i</c> of both corpora has the same ordinary code.
/// </summary>
internal static class CorpusGenerator
{
    /// <summary>Share of files that carry a snippet (SDK usage in the SDK corpus).</summary>
    private const double SnippetShare = 0.4;

    /// <summary>About how many lines a snippet adds; the ordinary part of its file is shortened by as much.</summary>
    private const int SnippetLines = 35;

    public static GeneratedCorpus Generate(CorpusKind kind, int fileCount, int seed, Func<string, bool> hasStub)
    {
        var pool = (kind == CorpusKind.Sdk ? SdkSnippets.All : PlainSnippets.All)
            .Where(s => s.Stub is null || hasStub(s.Stub))
            .ToList();
        var files = new List<CorpusFile>(fileCount);
        var counts = new SortedDictionary<string, int>(StringComparer.Ordinal);

        for (var i = 0; i < fileCount; i++)
        {
            var ordinary = new Random(unchecked(seed * 7919 + i));
            var names = OrdinaryCode.NamesFor(i, ordinary);
            var targetLines = ordinary.Next(70, 120);

            // A separate stream decides the snippet, so both corpora draw the same ordinary code for file i.
            var choice = new Random(unchecked(seed * 104729 + i * 31 + 7));
            Snippet? snippet = null;
            if (choice.NextDouble() < SnippetShare && pool.Count > 0)
            {
                snippet = pool[choice.Next(pool.Count)];
                counts[snippet.Name] = counts.TryGetValue(snippet.Name, out var c) ? c + 1 : 1;
            }

            var sb = new StringBuilder(8 * 1024);
            sb.AppendLine($"// Benchmark corpus ({kind}), file {i}.");
            OrdinaryCode.AppendUsings(sb);
            if (snippet is not null)
            {
                foreach (var ns in snippet.Usings)
                {
                    sb.AppendLine($"using {ns};");
                }
            }

            sb.AppendLine();
            sb.AppendLine($"namespace {names.Namespace}");
            sb.AppendLine("{");
            OrdinaryCode.AppendTypes(sb, names, ordinary, targetLines - (snippet is null ? 0 : SnippetLines));
            if (snippet is not null)
            {
                sb.Append(snippet.Body(names.Index.ToString("D4", System.Globalization.CultureInfo.InvariantCulture), choice));
            }

            sb.AppendLine("}");
            var path = $"/corpus/{kind.ToString().ToLowerInvariant()}/{names.Namespace.Replace('.', '/')}/{names.Entity}.cs";
            files.Add(new CorpusFile(path, sb.ToString()));
        }

        return new GeneratedCorpus(kind, files, counts);
    }
}
