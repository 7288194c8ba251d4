using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Governance.ConsentAnalyzer>;

namespace BorderTechAnalyzers.Tests.Governance;

/// <summary>BT2007: at borders and in law enforcement, consent alone is not a basis for identification or enrolment.</summary>
public sealed class ConsentSufficiencyTests
{
    private static readonly TestSetup Setup = Sdk.Rekognition + Sdk.Annotations;

    private const string ConsentOnly = "its only basis is consent, which a person cannot freely give to the authority deciding on their entry; name the law that requires it (Basis = LegalBasis.SubstantialPublicInterest or LegalObligation, with a ConsentRecord)";
    private const string NoHria = "no human-rights impact assessment covers it ([assembly: BiometricImpactAssessment(..., Kind = AssessmentKind.HumanRights)])";

    [Fact]
    public async Task ConsentOnly_WithoutHumanRightsAssessment_AtTheBorder_TriggersWithBothReasons()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            [assembly: BiometricDeploymentContext(DeploymentContext.BorderControl)]
            [assembly: BiometricImpactAssessment("DPIA-3")]

            class Gate
            {
                [BiometricConsent("Travellers tick a box on the kiosk")]
                object Match(IAmazonRekognition client) => client.{|#0:SearchFaces|}(new SearchFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Setup,
            Verify.Diagnostic("BT2007").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("IAmazonRekognition.SearchFaces", "border-control", ConsentOnly + "; and " + NoHria));
    }

    [Fact]
    public async Task LawfulBasis_AndHumanRightsAssessment_DoNotTrigger()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            [assembly: BiometricDeploymentContext(DeploymentContext.LawEnforcement)]
            [assembly: BiometricImpactAssessment("HRIA-2026-02", Kind = AssessmentKind.HumanRights)]

            class Gate
            {
                [BiometricConsent("Entry/Exit System check", Basis = LegalBasis.LegalObligation, ConsentRecord = "Regulation (EU) 2017/2226")]
                object Match(IAmazonRekognition client) => client.SearchFaces(new SearchFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Setup);
    }

    [Fact]
    public async Task OptionContext_AndMissingAssessmentOnly_TriggersWithOneReason()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            class Gate
            {
                [BiometricConsent("Asylum registration", Basis = LegalBasis.SubstantialPublicInterest)]
                object Match(IAmazonRekognition client) => client.{|#0:SearchUsers|}(new SearchUsersRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Setup.WithOptions("bordertech.deployment_context = border_control"),
            Verify.Diagnostic("BT2007").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("IAmazonRekognition.SearchUsers", "border-control", NoHria));
    }

    [Theory]
    [InlineData("general")]
    [InlineData("workplace")]
    [InlineData("public_space")]
    public async Task OtherContexts_DoNotTrigger(string context)
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            class Gate
            {
                [BiometricConsent("Members opt in at the front desk")]
                object Match(IAmazonRekognition client) => client.SearchFaces(new SearchFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Setup.WithOptions("bordertech.deployment_context = " + context));
    }

    [Fact]
    public async Task AssemblyAttribute_WinsOverTheOption()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            [assembly: BiometricDeploymentContext(DeploymentContext.General)]

            class Gate
            {
                [BiometricConsent("Members opt in at the front desk")]
                object Match(IAmazonRekognition client) => client.SearchFaces(new SearchFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Setup.WithOptions("bordertech.deployment_context = border_control"));
    }
}
