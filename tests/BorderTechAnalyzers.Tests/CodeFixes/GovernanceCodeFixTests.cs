using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis.Testing;
using Xunit;
using VerifyConsent = BorderTechAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<BorderTechAnalyzers.Governance.ConsentAnalyzer, BorderTechAnalyzers.CodeFixes.ConsentAttributeCodeFix>;
using VerifyRetention = BorderTechAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<BorderTechAnalyzers.Governance.RetentionAnalyzer, BorderTechAnalyzers.CodeFixes.RetentionAttributeCodeFix>;
using VerifyPeriod = BorderTechAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<BorderTechAnalyzers.Governance.GovernanceAnnotationAnalyzer, BorderTechAnalyzers.CodeFixes.RetentionPeriodCodeFix>;
using VerifyAssessment = BorderTechAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<BorderTechAnalyzers.Governance.ImpactAssessmentAnalyzer, BorderTechAnalyzers.CodeFixes.ImpactAssessmentCodeFix>;

namespace BorderTechAnalyzers.Tests.CodeFixes;

/// <summary>Fixes that add governance evidence: BT2001, BT2002, BT2003, BT2004.</summary>
public sealed class GovernanceCodeFixTests
{
    private static readonly TestSetup Setup = Sdk.Rekognition + Sdk.Annotations;

    [Fact]
    public async Task Consent_AddsTheAttributeAndTheUsing()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Gate
            {
                /// <summary>Checks the watch list.</summary>
                public object Match(IAmazonRekognition client) => client.{|BT2001:SearchFaces|}(new SearchFacesRequest());
            }
            """;
        const string fixedSource = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            class Gate
            {
                /// <summary>Checks the watch list.</summary>
                [BiometricConsent("TODO: state the purpose and the legal basis")]
                public object Match(IAmazonRekognition client) => client.SearchFaces(new SearchFacesRequest());
            }
            """;

        await VerifyConsent.CodeFixAsync(source, fixedSource, Setup);
    }

    [Fact]
    public async Task Consent_FixAll_AddsOneAttributePerMethod()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Gate
            {
                void Both(IAmazonRekognition client)
                {
                    client.{|BT2001:SearchFaces|}(new SearchFacesRequest());
                    client.{|BT2001:SearchUsers|}(new SearchUsersRequest());
                }

                object Other(IAmazonRekognition client) => client.{|BT2001:SearchFaces|}(new SearchFacesRequest());
            }
            """;
        const string fixedSource = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            class Gate
            {
                [BiometricConsent("TODO: state the purpose and the legal basis")]
                void Both(IAmazonRekognition client)
                {
                    client.SearchFaces(new SearchFacesRequest());
                    client.SearchUsers(new SearchUsersRequest());
                }

                [BiometricConsent("TODO: state the purpose and the legal basis")]
                object Other(IAmazonRekognition client) => client.SearchFaces(new SearchFacesRequest());
            }
            """;

        var test = new VerifyConsent.Test(Setup) { TestCode = source, FixedCode = fixedSource, NumberOfFixAllIterations = 1, CodeActionValidationMode = CodeActionValidationMode.None };
        test.NumberOfIncrementalIterations = 2;
        await test.RunAsync();
    }

    [Fact]
    public async Task Consent_NoFix_WhenTheAnnotationsAreNotReferenced_OrInTopLevelStatements()
    {
        const string withoutAnnotations = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Gate
            {
                object Match(IAmazonRekognition client) => client.{|BT2001:SearchFaces|}(new SearchFacesRequest());
            }
            """;
        await VerifyConsent.NoCodeFixAsync(withoutAnnotations, Sdk.Rekognition);

        const string topLevel = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            var client = new AmazonRekognitionClient();
            client.{|BT2001:SearchFaces|}(new SearchFacesRequest());
            """;
        await VerifyConsent.NoCodeFixAsync(topLevel, Setup.AsConsoleApplication());
    }

    [Fact]
    public async Task Consent_ForAFieldInitializer_GoesOnTheClass()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Gate
            {
                private readonly object _first = new AmazonRekognitionClient().{|BT2001:SearchFaces|}(new SearchFacesRequest());
            }
            """;
        const string fixedSource = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            [BiometricConsent("TODO: state the purpose and the legal basis")]
            class Gate
            {
                private readonly object _first = new AmazonRekognitionClient().SearchFaces(new SearchFacesRequest());
            }
            """;

        await VerifyConsent.CodeFixAsync(source, fixedSource, Setup);
    }

    [Fact]
    public async Task Retention_AddsTheConfiguredMaximum()
    {
        const string source = """
            using BorderTech.Annotations;

            class Gallery
            {
                [BiometricData(BiometricModality.Face)]
                private byte[]? {|BT2002:_photo|};
            }
            """;
        const string fixedSource = """
            using BorderTech.Annotations;

            class Gallery
            {
                [BiometricRetention(180)]
                [BiometricData(BiometricModality.Face)]
                private byte[]? _photo;
            }
            """;

        await VerifyRetention.CodeFixAsync(source, fixedSource, Sdk.Annotations.WithOptions("bordertech.max_retention_days = 180"));
    }

    [Fact]
    public async Task Retention_FixAll_CoversEveryMember()
    {
        const string source = """
            using BorderTech.Annotations;

            class Gallery
            {
                [BiometricData(BiometricModality.Face)] public byte[]? {|BT2002:Face|} { get; set; }
                [BiometricData(BiometricModality.Fingerprint)] public byte[]? {|BT2002:Finger|} { get; set; }
            }
            """;
        const string fixedSource = """
            using BorderTech.Annotations;

            class Gallery
            {
                [BiometricRetention(1095)]
                [BiometricData(BiometricModality.Face)] public byte[]? Face { get; set; }
                [BiometricRetention(1095)]
                [BiometricData(BiometricModality.Fingerprint)] public byte[]? Finger { get; set; }
            }
            """;

        var test = new VerifyRetention.Test(Sdk.Annotations) { TestCode = source, FixedCode = fixedSource, CodeActionValidationMode = CodeActionValidationMode.None };
        await test.RunAsync();
    }

    [Fact]
    public async Task RetentionPeriod_IsLoweredToTheMaximum_AndFixAllWorks()
    {
        const string source = """
            using BorderTech.Annotations;

            [BiometricRetention({|BT2003:3650|})]
            class Gallery
            {
                [BiometricRetention({|BT2003:maxDays: 5000|})] public byte[]? Face { get; set; }
            }
            """;
        const string fixedSource = """
            using BorderTech.Annotations;

            [BiometricRetention(1095)]
            class Gallery
            {
                [BiometricRetention(maxDays: 1095)] public byte[]? Face { get; set; }
            }
            """;

        await VerifyPeriod.CodeFixAsync(source, fixedSource, Sdk.Annotations);
    }

    [Fact]
    public async Task Assessment_IsAddedToTheSitesFile_WhenTheProjectHasNoAssemblyAttributes()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Gate
            {
                object Match(IAmazonRekognition client) => client.{|BT2004:SearchFaces|}(new SearchFacesRequest());
            }
            """;

        const string fixedSource = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            [assembly: BiometricImpactAssessment("TODO: reference of the DPIA that covers this processing")]

            class Gate
            {
                object Match(IAmazonRekognition client) => client.SearchFaces(new SearchFacesRequest());
            }
            """;

        var test = new VerifyAssessment.Test(Setup) { TestCode = source, FixedCode = fixedSource, CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck };
        await test.RunAsync();
    }

    [Fact]
    public async Task Assessment_IsAddedNextToExistingAssemblyAttributes()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            [assembly: System.Reflection.AssemblyDescription("Border kiosk")]

            class Gate
            {
                object Match(IAmazonRekognition client) => client.{|BT2004:SearchFaces|}(new SearchFacesRequest());
            }
            """;
        const string fixedSource = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            [assembly: System.Reflection.AssemblyDescription("Border kiosk")]
            [assembly: BiometricImpactAssessment("TODO: reference of the DPIA that covers this processing")]

            class Gate
            {
                object Match(IAmazonRekognition client) => client.SearchFaces(new SearchFacesRequest());
            }
            """;

        var test = new VerifyAssessment.Test(Setup) { TestCode = source, FixedCode = fixedSource, CodeFixTestBehaviors = CodeFixTestBehaviors.SkipLocalDiagnosticCheck };
        await test.RunAsync();
    }
}
