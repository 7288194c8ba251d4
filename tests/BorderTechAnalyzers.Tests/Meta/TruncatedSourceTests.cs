using System;
using System.Collections.Concurrent;
using System.Collections.Generic;
using System.Linq;
using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;

namespace BorderTechAnalyzers.Tests.Meta;

/// <summary>
/// Replays every test source, cut off at many points as code looks while it is typed, through every analyzer with
/// concurrent execution on: no analyzer may throw (AD0001).
/// </summary>
public sealed class TruncatedSourceTests
{
    private const int CutsPerSource = 24;

    [Fact]
    public void TheCorpusHasTheTestSources()
    {
        Assert.True(TestSourceCorpus.All.Length >= 20, $"only {TestSourceCorpus.All.Length} sources harvested");
        Assert.Contains(TestSourceCorpus.All, s => s.Name.StartsWith("Stubs", StringComparison.Ordinal));
    }

    [Fact]
    public async Task NoAnalyzerThrows_OnAnyTruncatedTestSource()
    {
        var analyzers = CompilationRunner.AllAnalyzers();
        var setup = Everything();
        var failures = new ConcurrentQueue<string>();
        var runs = 0;

        await Parallel.ForEachAsync(TestSourceCorpus.All, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, async (source, _) =>
        {
            foreach (var cut in CutPoints(source.Text))
            {
                var text = source.Text.Substring(0, cut);
                var compilation = CompilationRunner.Compile(new[] { ("/0/Typed.cs", text) }, setup);
                var tree = compilation.SyntaxTrees.Last();
                var result = await CompilationRunner.RunAsync(compilation, analyzers, setup, tree);
                System.Threading.Interlocked.Increment(ref runs);
                foreach (var exception in result.Exceptions)
                {
                    failures.Enqueue($"{source.Name} cut at {cut}: {exception}");
                }
            }
        });

        Assert.True(runs >= TestSourceCorpus.All.Length, "nothing ran");
        Assert.True(failures.IsEmpty, string.Join(Environment.NewLine, failures.Take(5)));
    }

    /// <summary>Evenly spaced cuts plus cuts just after every opening bracket, parenthesis and quote, deterministic.</summary>
    private static IEnumerable<int> CutPoints(string text)
    {
        var cuts = new SortedSet<int> { text.Length };
        for (var i = 1; i < CutsPerSource; i++)
        {
            cuts.Add(text.Length * i / CutsPerSource);
        }

        var interesting = 0;
        for (var i = 0; i < text.Length && interesting < CutsPerSource; i++)
        {
            if (text[i] is '(' or '{' or '"' or '=' or '.')
            {
                if ((i * 7919) % 5 == 0)
                {
                    cuts.Add(i + 1);
                    interesting++;
                }
            }
        }

        return cuts;
    }

    internal static TestSetup Everything()
    {
        var setup = Sdk.OpenCvSharp + Sdk.Baidu + Sdk.ComputerVision + Sdk.OnnxRuntime + Sdk.MLNet + Sdk.Annotations;
        foreach (var stub in TestSetup.AllStubNames())
        {
            setup += TestSetup.Stub(stub);
        }

        return setup.WithAdditionalFile("/0/BiometricApis.txt", "identification M:Amazon.Rekognition.IAmazonRekognition.DetectLabels\n!N:Amazon.Rekognition.Model\n");
    }
}
