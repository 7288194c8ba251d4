using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing;

/// <summary>How the deployment context changes BT1001–BT1006: escalation, wording, and the medical-or-safety exception.</summary>
public sealed class DeploymentContextTests
{
    private static readonly TestSetup Setup = Sdk.Rekognition + Sdk.Annotations;

    private const string Screening = """
        using System.Collections.Generic;
        using Amazon.Rekognition;
        using Amazon.Rekognition.Model;
        using BorderTech.Annotations;

        class Screening
        {
            object Mood(IAmazonRekognition client) => client.{|#0:DetectFaces|}(new DetectFacesRequest { Attributes = new List<string> { {|#1:"EMOTIONS"|} } });
        }
        """;

    [Theory]
    [InlineData("[assembly: BiometricDeploymentContext(DeploymentContext.BorderControl)]", "")]
    [InlineData("[assembly: BiometricDeploymentContext(DeploymentContext.LawEnforcement)]", "")]
    [InlineData("", "bordertech.deployment_context = border_control")]
    public async Task BorderControlOrLawEnforcement_EscalatesIdentificationAndDetection(string attribute, string option)
    {
        var source = $$"""
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            {{attribute}}

            class Gate
            {
                object Match(IAmazonRekognition client) => client.{|#0:SearchFaces|}(new SearchFacesRequest());
                object Find(IAmazonRekognition client) => client.{|#1:DetectFaces|}(new DetectFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, option.Length == 0 ? Setup : Setup.WithOptions(option),
            Verify.Diagnostic("BT1004").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("IAmazonRekognition.SearchFaces", "Amazon Rekognition", ""),
            Verify.Diagnostic("BT1006").WithLocation(1).WithSeverity(DiagnosticSeverity.Warning).WithArguments("IAmazonRekognition.DetectFaces", "Amazon Rekognition", ""));
    }

    [Theory]
    [InlineData("workplace")]
    [InlineData("education")]
    public async Task WorkplaceOrEducation_SaysEmotionRecognitionIsProhibited(string context)
    {
        await Verify.AnalyzerAsync(Screening, Setup.WithOptions("bordertech.deployment_context = " + context),
            Verify.Diagnostic("BT1001").WithLocation(0).WithLocation(1).WithSeverity(DiagnosticSeverity.Error)
                .WithArguments("IAmazonRekognition.DetectFaces", "Amazon Rekognition", " (requests \"EMOTIONS\") — prohibited in workplaces and education by EU AI Act Art 5(1)(f)"));
    }

    [Fact]
    public async Task MedicalOrSafetyPurpose_LowersEmotionRecognitionToWarning_InGeneralContexts()
    {
        var source = Screening.Replace("    object Mood", "    [MedicalOrSafetyPurpose(\"Detects driver fatigue in the shuttle bus\")]\n    object Mood");

        await Verify.AnalyzerAsync(source, Setup.WithOptions("bordertech.deployment_context = workplace"),
            Verify.Diagnostic("BT1001").WithLocation(0).WithLocation(1).WithSeverity(DiagnosticSeverity.Warning).WithArguments("IAmazonRekognition.DetectFaces", "Amazon Rekognition", " (requests \"EMOTIONS\")"));
    }

    [Fact]
    public async Task MedicalOrSafetyPurpose_DoesNotApplyAtTheBorder()
    {
        var source = Screening.Replace("class Screening", "[MedicalOrSafetyPurpose(\"Spots travellers in distress\")]\nclass Screening");

        await Verify.AnalyzerAsync(source, Setup.WithOptions("bordertech.deployment_context = border_control"),
            Verify.Diagnostic("BT1001").WithLocation(0).WithLocation(1).WithSeverity(DiagnosticSeverity.Error)
                .WithArguments("IAmazonRekognition.DetectFaces", "Amazon Rekognition", " (requests \"EMOTIONS\") — the medical or safety exception does not apply in a border-control or law-enforcement deployment"));
    }

    [Fact]
    public async Task GeneralContext_KeepsDefaultSeverities()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Gate
            {
                object Match(IAmazonRekognition client) => client.{|#0:SearchFaces|}(new SearchFacesRequest());
                object Find(IAmazonRekognition client) => client.{|#1:DetectFaces|}(new DetectFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Setup.WithOptions("bordertech.deployment_context = public_space"),
            Verify.Diagnostic("BT1004").WithLocation(0).WithSeverity(DiagnosticSeverity.Warning).WithArguments("IAmazonRekognition.SearchFaces", "Amazon Rekognition", ""),
            Verify.Diagnostic("BT1006").WithLocation(1).WithSeverity(DiagnosticSeverity.Info).WithArguments("IAmazonRekognition.DetectFaces", "Amazon Rekognition", ""));
    }
}
