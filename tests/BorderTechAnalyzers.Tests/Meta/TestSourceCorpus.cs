using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Text;
using BorderTechAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using Microsoft.CodeAnalysis.Testing;

namespace BorderTechAnalyzers.Tests.Meta;

/// <summary>
/// Every C# source the tests verify, harvested from the test files themselves (string literals that look like code,
/// markup removed), plus the stubs and the samples: the inputs the robustness meta-tests replay.
/// </summary>
public static class TestSourceCorpus
{
    public static ImmutableArray<(string Name, string Text)> All { get; } = Collect();

    private static ImmutableArray<(string Name, string Text)> Collect()
    {
        var result = new List<(string, string)>();
        var testsRoot = RepositoryPaths.Combine("tests", "BorderTechAnalyzers.Tests");
        foreach (var file in Directory.EnumerateFiles(testsRoot, "*.cs", SearchOption.AllDirectories).OrderBy(f => f, System.StringComparer.Ordinal))
        {
            var relative = Path.GetRelativePath(testsRoot, file);
            if (relative.StartsWith("bin") || relative.StartsWith("obj") || relative.StartsWith("Meta") || relative.StartsWith("Verifiers"))
            {
                continue;
            }

            if (relative.StartsWith("Stubs"))
            {
                result.Add((relative, File.ReadAllText(file)));
                continue;
            }

            var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(file));
            var index = 0;
            foreach (var node in tree.GetRoot().DescendantNodes())
            {
                var text = node switch
                {
                    LiteralExpressionSyntax { RawKind: (int)SyntaxKind.StringLiteralExpression } literal => literal.Token.ValueText,
                    InterpolatedStringExpressionSyntax interpolated => Flatten(interpolated),
                    _ => null,
                };
                if (text is not null && LooksLikeCode(text))
                {
                    result.Add(($"{relative}#{index++}", StripMarkup(text)));
                }
            }
        }

        var samples = RepositoryPaths.Combine("samples");
        if (Directory.Exists(samples))
        {
            foreach (var file in Directory.EnumerateFiles(samples, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}")).OrderBy(f => f, System.StringComparer.Ordinal))
            {
                result.Add((Path.GetRelativePath(samples, file), File.ReadAllText(file)));
            }
        }

        return result.ToImmutableArray();
    }

    private static string Flatten(InterpolatedStringExpressionSyntax interpolated)
    {
        var builder = new StringBuilder();
        foreach (var content in interpolated.Contents)
        {
            builder.Append(content is InterpolatedStringTextSyntax text ? text.TextToken.ValueText : "Hole");
        }

        return builder.ToString();
    }

    private static bool LooksLikeCode(string text)
        => text.Length > 40 && (text.Contains("class ") || text.Contains("using ") || text.Contains("var ")) && text.Contains(';');

    private static string StripMarkup(string text)
    {
        try
        {
            TestFileMarkupParser.GetPositionsAndSpans(text, out var output, out _, out _);
            return output;
        }
        catch (System.ArgumentException)
        {
            return text;
        }
    }
}
