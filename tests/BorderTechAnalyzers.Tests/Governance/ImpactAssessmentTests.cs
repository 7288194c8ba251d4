using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Governance.ImpactAssessmentAnalyzer>;

namespace BorderTechAnalyzers.Tests.Governance;

/// <summary>BT2004: an assembly with biometric processing names its impact assessment; reported once, at the first site.</summary>
public sealed class ImpactAssessmentTests
{
    private static readonly TestSetup Setup = Sdk.Rekognition + Sdk.Annotations;

    [Fact]
    public async Task ProcessingWithoutAssessment_TriggersOnce_AtTheFirstSiteInPathOrder()
    {
        const string first = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class A
            {
                object One(IAmazonRekognition c) => c.{|#0:SearchFaces|}(new SearchFacesRequest());
                object Two(IAmazonRekognition c) => c.SearchUsers(new SearchUsersRequest());
            }
            """;
        const string later = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class B
            {
                object Three(IAmazonRekognition c) => c.SearchFaces(new SearchFacesRequest());
            }
            """;

        var test = new Verify.Test(Setup) { TestCode = first };
        test.TestState.Sources.Add(("/0/Z.cs", later));
        test.ExpectedDiagnostics.Add(Verify.Diagnostic("BT2004").WithLocation(0).WithArguments("IAmazonRekognition.SearchFaces"));
        await test.RunAsync();
    }

    [Fact]
    public async Task AnyAssessment_DoesNotTrigger()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            [assembly: BiometricImpactAssessment("DPIA-2026-014", ReviewBy = "2027-06-30")]

            class A
            {
                object One(IAmazonRekognition c) => c.SearchFaces(new SearchFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Setup);
    }

    [Fact]
    public async Task DetectionOnly_AndNoSdk_DoNotTrigger()
    {
        const string detection = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class A
            {
                object Find(IAmazonRekognition c) => c.DetectFaces(new DetectFacesRequest());
            }
            """;
        await Verify.AnalyzerAsync(detection, Setup);
        await Verify.AnalyzerAsync("class Plain { void Run() { } }", Sdk.Annotations);
    }

    [Fact]
    public async Task BorderControlContext_EscalatesToError()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class A
            {
                object One(IAmazonRekognition c) => c.{|#0:SearchFaces|}(new SearchFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Setup.WithOptions("bordertech.deployment_context = border_control"),
            Verify.Diagnostic("BT2004").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("IAmazonRekognition.SearchFaces"));
    }
}
