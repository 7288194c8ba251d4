using System.Globalization;

namespace BorderTechAnalyzers.Benchmarks;

internal sealed record BenchmarkOptions
{
    public int Files { get; init; } = 1000;

    public int Seed { get; init; } = 20261127;

    public int Warmup { get; init; } = 1;

    public int Iterations { get; init; } = 3;

    public bool Concurrent { get; init; }

    public bool WriteCorpus { get; init; }

    public bool DryRun { get; init; }

    public string? ResultsPath { get; init; }

    public string? CatalogPath { get; init; }

    public const string Usage = """
        Usage: dotnet run -c Release --project benchmarks/BorderTechAnalyzers.Benchmarks -- [options]
          --iterations N   measured repetitions per corpus (default 3)
          --warmup N       unmeasured repetitions first, on a fifth of each corpus (default 1)
          --files N        files per corpus (default 1000)
          --seed N         corpus seed (default 20261127)
          --concurrent     concurrent build and analysis, for information: targets are checked single-threaded
          --write-corpus   also write the corpora and BannedSymbols.txt to benchmarks/BorderTechAnalyzers.Benchmarks/corpus/
          --dry-run        generate, check that both corpora compile, and stop
          --catalog FILE   an extra BiometricApis*.txt list: BorderTech reads it, and its symbols join BannedSymbols.txt
          --results PATH   where to write the Markdown results (default artifacts/benchmarks/results.md)
        """;

    public static BenchmarkOptions? Parse(string[] args)
    {
        var options = new BenchmarkOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--iterations":
                    options = options with { Iterations = Int(args, ++i, 1) };
                    break;
                case "--warmup":
                    options = options with { Warmup = Int(args, ++i, 0) };
                    break;
                case "--files":
                    options = options with { Files = Int(args, ++i, 1) };
                    break;
                case "--seed":
                    options = options with { Seed = Int(args, ++i, int.MinValue) };
                    break;
                case "--concurrent":
                    options = options with { Concurrent = true };
                    break;
                case "--dry-run":
                    options = options with { DryRun = true };
                    break;
                case "--write-corpus":
                    options = options with { WriteCorpus = true };
                    break;
                case "--catalog":
                    options = options with { CatalogPath = i + 1 < args.Length ? args[++i] : throw new ArgumentException("--catalog needs a file") };
                    break;
                case "--results":
                    options = options with { ResultsPath = i + 1 < args.Length ? args[++i] : throw new ArgumentException("--results needs a path") };
                    break;
                case "-h" or "--help":
                    return null;
                default:
                    throw new ArgumentException($"Unknown option '{args[i]}'.");
            }
        }

        return options;
    }

    private static int Int(string[] args, int index, int minimum)
    {
        if (index >= args.Length || !int.TryParse(args[index], NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) || value < minimum)
        {
            throw new ArgumentException($"'{args[index - 1]}' needs an integer of at least {minimum}.");
        }

        return value;
    }
}
