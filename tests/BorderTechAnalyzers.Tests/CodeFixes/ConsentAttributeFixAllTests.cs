using System.Threading;
using System.Threading.Tasks;
using BorderTechAnalyzers.CodeFixes;
using BorderTechAnalyzers.Governance;
using BorderTechAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Testing;
using Xunit;

namespace BorderTechAnalyzers.Tests.CodeFixes;

/// <summary>
/// BT2001 Fix All in a solution (what <c>dotnet format analyzers</c> runs): a project that does not reference the
/// annotations is left unchanged rather than given an attribute that does not compile.
/// </summary>
public sealed class ConsentAttributeFixAllTests
{
    private const string Kiosk = """
        using Amazon.Rekognition;
        using Amazon.Rekognition.Model;

        class Gate
        {
            object Match(IAmazonRekognition client, SearchFacesByImageRequest request) => client.{|BT2001:SearchFacesByImage|}(request);
        }
        """;

    private const string FixedKiosk = """
        using Amazon.Rekognition;
        using Amazon.Rekognition.Model;
        using BorderTech.Annotations;

        class Gate
        {
            [BiometricConsent("TODO: state the purpose and the legal basis")]
            object Match(IAmazonRekognition client, SearchFacesByImageRequest request) => client.SearchFacesByImage(request);
        }
        """;

    private const string Reporting = """
        using Amazon.Rekognition;
        using Amazon.Rekognition.Model;

        class Statistics
        {
            object Count(IAmazonRekognition client, SearchFacesByImageRequest request) => client.{|BT2001:SearchFacesByImage|}(request);
        }
        """;

    [Fact]
    public async Task AProjectWithoutTheAnnotations_IsLeftUnchanged()
    {
        var test = new CSharpCodeFixVerifier<ConsentAnalyzer, ConsentAttributeCodeFix>.Test(Sdk.Rekognition + Sdk.Annotations)
        {
            TestCode = Kiosk,
            FixedCode = FixedKiosk,
        };
        foreach (var state in new[] { test.TestState, test.FixedState })
        {
            var reporting = new ProjectState("Reporting", LanguageNames.CSharp, "/Reporting/Test", "cs");
            reporting.Sources.Add(state == test.TestState ? Reporting : Reporting.Replace("{|BT2001:", string.Empty).Replace("|}(", "("));
            reporting.Sources.Add(("/Reporting/Stubs/Rekognition.cs", TestSetup.StubText("Rekognition")));
            reporting.AdditionalReferences.AddRange(Basic.Reference.Assemblies.Net80.References.All);
            state.AdditionalProjects.Add("Reporting", reporting);
        }

        // Still reported in the project that cannot take the attribute: nothing was fixed there.
        test.FixedState.ExpectedDiagnostics.Add(new DiagnosticResult("BT2001", DiagnosticSeverity.Warning).WithSpan("/Reporting/Test0.cs", 6, 90, 6, 108));

        await test.RunAsync(CancellationToken.None);
    }
}
