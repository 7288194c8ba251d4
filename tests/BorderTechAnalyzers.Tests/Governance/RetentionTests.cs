using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Governance.RetentionAnalyzer>;

namespace BorderTechAnalyzers.Tests.Governance;

/// <summary>BT2002: stored biometric data needs a retention period.</summary>
public sealed class RetentionTests
{
    // A template type and an extraction API, as the catalog names them for real SDKs.
    private static readonly TestSetup Setup = Sdk.Rekognition + Sdk.Annotations
        .WithSource("Templates.cs", """
            namespace Vendor.Fingerprints
            {
                public sealed class FingerprintTemplate { public byte[] ToByteArray() => new byte[0]; }
                public static class Extractor { public static FingerprintTemplate Extract(byte[] image) => new FingerprintTemplate(); }
            }
            """)
        .WithAdditionalFile("/0/BiometricApis.txt", """
            @vendor Vendor Fingerprints
            @modality fingerprint
            template-type  T:Vendor.Fingerprints.FingerprintTemplate
            verification   M:Vendor.Fingerprints.Extractor.Extract
            verification   M:Amazon.Rekognition.IAmazonRekognition.IndexFaces
            """);

    [Fact]
    public async Task TemplateTypedMembers_AndMarkedMembers_Trigger()
    {
        const string source = """
            using System.Collections.Generic;
            using BorderTech.Annotations;
            using Vendor.Fingerprints;

            class Registry
            {
                private FingerprintTemplate? {|#0:_probe|};
                public List<FingerprintTemplate> {|#1:Gallery|} { get; } = new();
                [BiometricData(BiometricModality.Face)] public byte[]? {|#2:Photo|} { get; set; }
                public string Name { get; set; } = "";
            }
            """;

        await Verify.AnalyzerAsync(source, Setup,
            Verify.Diagnostic("BT2002").WithLocation(0).WithArguments("_probe", "a Vendor Fingerprints template type 'FingerprintTemplate'", " (nor has its type 'Registry')"),
            Verify.Diagnostic("BT2002").WithLocation(1).WithArguments("Gallery", "a Vendor Fingerprints template type 'FingerprintTemplate'", " (nor has its type 'Registry')"),
            Verify.Diagnostic("BT2002").WithLocation(2).WithArguments("Photo", "marked [BiometricData]", " (nor has its type 'Registry')"));
    }

    [Fact]
    public async Task MembersAssignedFromAnExtractionApi_Trigger()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using Vendor.Fingerprints;

            class Enrolment(IAmazonRekognition client)
            {
                private object? {|#0:_last|};
                private readonly Dictionary<string, byte[]> {|#1:_bytes|} = new();
                private readonly List<object> {|#2:_responses|} = new();

                void Enrol(string id, byte[] image)
                {
                    _last = Extractor.Extract(image);
                    var template = Extractor.Extract(image);
                    _bytes[id] = template.ToByteArray();
                    _responses.Add(client.IndexFaces(new IndexFacesRequest { CollectionId = "c" }));
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Setup,
            Verify.Diagnostic("BT2002").WithLocation(0).WithArguments("_last", "assigned from Extractor.Extract", " (nor has its type 'Enrolment')"),
            Verify.Diagnostic("BT2002").WithLocation(1).WithArguments("_bytes", "assigned from Extractor.Extract", " (nor has its type 'Enrolment')"),
            Verify.Diagnostic("BT2002").WithLocation(2).WithArguments("_responses", "stores results of IAmazonRekognition.IndexFaces", " (nor has its type 'Enrolment')"));
    }

    [Fact]
    public async Task RetentionOnTheMember_OnTheType_OrOnAnotherPartialPart_DoesNotTrigger()
    {
        const string first = """
            using BorderTech.Annotations;
            using Vendor.Fingerprints;

            class OnMember
            {
                [BiometricRetention(30, Trigger = RetentionTrigger.AfterPurposeFulfilled)] private FingerprintTemplate? _probe;
            }

            [BiometricRetention(365)]
            class OnType
            {
                private FingerprintTemplate? _probe;
            }

            partial class Split
            {
                private FingerprintTemplate? _probe;
            }
            """;
        const string second = """
            using BorderTech.Annotations;

            [BiometricRetention(90, DeletionProcedure = "Nightly purge job PURGE-12")]
            partial class Split
            {
            }
            """;

        var test = new Verify.Test(Setup) { TestCode = first };
        test.TestState.Sources.Add(("/0/Split.Retention.cs", second));
        await test.RunAsync();
    }

    [Fact]
    public async Task TypeMarkedBiometricData_TriggersOnTheType_AndOnMembersOfThatType()
    {
        const string source = """
            using BorderTech.Annotations;

            [BiometricData(BiometricModality.Iris)]
            public sealed class {|#0:IrisCode|} { public byte[] Bits { get; set; } = new byte[0]; }

            class Store
            {
                public IrisCode? {|#1:Latest|} { get; set; }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Annotations,
            Verify.Diagnostic("BT2002").WithLocation(0).WithArguments("IrisCode", "marked [BiometricData]", ""),
            Verify.Diagnostic("BT2002").WithLocation(1).WithArguments("Latest", "its type 'IrisCode' is marked [BiometricData]", " (nor has its type 'Store')"));
    }

    [Fact]
    public async Task MembersOfATypeThatStatesItsOwnRetention_DoNotTrigger()
    {
        const string source = """
            using System.Collections.Generic;
            using BorderTech.Annotations;

            [BiometricData(BiometricModality.Face)]
            [BiometricRetention(90, Trigger = RetentionTrigger.AfterCaseClosed)]
            public sealed class EnrolmentRecord { public byte[] Template { get; set; } = new byte[0]; }

            class Registry
            {
                private readonly Dictionary<string, EnrolmentRecord> _records = new();
                public EnrolmentRecord? Latest { get; set; }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Annotations);
    }

    [Fact]
    public async Task BorderControlContext_EscalatesToError()
    {
        const string source = """
            using BorderTech.Annotations;
            using Vendor.Fingerprints;

            class Registry
            {
                private FingerprintTemplate? {|#0:_probe|};
            }
            """;

        await Verify.AnalyzerAsync(source, Setup.WithOptions("bordertech.deployment_context = law_enforcement"),
            Verify.Diagnostic("BT2002").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("_probe", "a Vendor Fingerprints template type 'FingerprintTemplate'", " (nor has its type 'Registry')"));
    }

    [Fact]
    public async Task OrdinaryData_NoAnnotations_AndGeneratedCode_DoNotTrigger()
    {
        const string plain = """
            class Traveller
            {
                public string Name { get; set; } = "";
                public byte[] Passport { get; set; } = new byte[0];
            }
            """;
        await Verify.AnalyzerAsync(plain);

        const string generated = """
            // <auto-generated/>
            using Vendor.Fingerprints;

            class Generated
            {
                private FingerprintTemplate? _probe;
            }
            """;
        await Verify.AnalyzerAsync(generated, Setup);
    }
}
