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
        private readonly TestSetup _setup;

        public Test(TestSetup setup)
        {
            _setup = setup;
            setup.ApplyTo(TestState, this);
        }

        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            // Stubs and extra sources go after the test's own sources so "/0/Test0.cs" names the same file before and after the fix.
            _setup.ApplySourcesTo(TestState);
            if (FixedState.Sources.Count > 0)
            {
                _setup.ApplySourcesTo(FixedState);
            }

            return base.RunImplAsync(cancellationToken);
        }
    }
}
