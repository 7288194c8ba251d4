using System.Threading;
using System.Threading.Tasks;
using Microsoft.CodeAnalysis.CSharp.Testing;
using Microsoft.CodeAnalysis.Diagnostics;
using Microsoft.CodeAnalysis.Testing;

namespace BorderTechAnalyzers.Tests.Verifiers;

/// <summary>Short analyzer tests: <c>await Verify.AnalyzerAsync(source, Sdk.Rekognition);</c></summary>
public static class CSharpAnalyzerVerifier<TAnalyzer>
    where TAnalyzer : DiagnosticAnalyzer, new()
{
    public static DiagnosticResult Diagnostic(string id) => CSharpAnalyzerVerifier<TAnalyzer, DefaultVerifier>.Diagnostic(id);

    public static Task AnalyzerAsync(string source, params DiagnosticResult[] expected)
        => AnalyzerAsync(source, TestSetup.None, expected);

    public static async Task AnalyzerAsync(string source, TestSetup setup, params DiagnosticResult[] expected)
    {
        var test = new Test(setup) { TestCode = source };
        test.ExpectedDiagnostics.AddRange(expected);
        await test.RunAsync(CancellationToken.None);
    }

    public sealed class Test : CSharpAnalyzerTest<TAnalyzer, DefaultVerifier>
    {
        private readonly TestSetup _setup;

        public Test(TestSetup setup)
        {
            _setup = setup;
            setup.ApplyTo(TestState, this);
        }

        protected override Task RunImplAsync(CancellationToken cancellationToken)
        {
            _setup.ApplySourcesTo(TestState);
            return base.RunImplAsync(cancellationToken);
        }
    }
}
