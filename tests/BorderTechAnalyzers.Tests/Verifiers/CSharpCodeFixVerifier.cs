using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CodeFixes;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace BorderTechAnalyzers.Tests.Verifiers;

/// <summary>Short code-fix tests: <c>await Verify.CodeFixAsync(before, after, Sdk.Annotations);</c></summary>
public static class CSharpCodeFixVerifier<TAnalyzer, TCodeFix>
    where TAnalyzer : DiagnosticAnalyzer, new()
    where TCodeFix : CodeFixProvider, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpCodeFixVerifier<TAnalyzer, TCodeFix, DefaultVerifier>.Diagnostic(id);

    public static async Task CodeFixAsync(string source, string fixedSource, TestSetup setup, params DiagnosticResult[] expected)
    {
        var test = new Test(setup) { TestCode = source, FixedCode = fixedSource };
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    /// <summary>Asserts that no fix is offered: the fixed state equals the input.</summary>
    public static Task NoCodeFixAsync(string source, TestSetup setup, params DiagnosticResult[] expected)
        => CodeFixAsync(source, source, setup, expected);

    public sealed class Test : CSharpCodeFixTest<TAnalyzer, TCodeFix, DefaultVerifier>
    {
        public Test(TestSetup setup)
        {
            setup.ApplyTo(TestState, this);
            FixedState.InheritanceMode = StateInheritanceMode.AutoInheritAll;
        }
    }
}
