using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Microsoft.CodeAnalysis;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Governance.ConsentAnalyzer>;

namespace BorderTechAnalyzers.Tests.Governance;

/// <summary>BT2001: biometric processing needs consent or a legal basis.</summary>
public sealed class ConsentTests
{
    private static readonly TestSetup Setup = Sdk.Rekognition + Sdk.Annotations;

    [Fact]
    public async Task SearchWithoutEvidence_Triggers_AndSaysWhatIsMissing()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Gate
            {
                object Match(IAmazonRekognition client) => client.{|#0:SearchFaces|}(new SearchFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Setup,
            Verify.Diagnostic("BT2001").WithLocation(0).WithArguments("IAmazonRekognition.SearchFaces", "neither 'Match' nor 'Gate' has [BiometricConsent], and no [ConsentGate] method is called before it"));
    }

    [Fact]
    public async Task ConsentOnMethod_OnType_OrOnAnotherPartialPart_DoesNotTrigger()
    {
        const string first = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            class OnMethod
            {
                [BiometricConsent("Match travellers against the visa applicant gallery")]
                object Match(IAmazonRekognition client) => client.SearchFaces(new SearchFacesRequest());
            }

            [BiometricConsent("Gallery search for returning visitors", Basis = LegalBasis.SubstantialPublicInterest)]
            class OnType
            {
                object Match(IAmazonRekognition client) => client.SearchUsers(new SearchUsersRequest());
            }

            partial class Split
            {
                object Match(IAmazonRekognition client) => client.SearchFaces(new SearchFacesRequest());
            }
            """;
        const string second = """
            using BorderTech.Annotations;

            [BiometricConsent("Recorded in the enrolment form")]
            partial class Split
            {
            }
            """;

        var test = new Verify.Test(Setup) { TestCode = first };
        test.TestState.Sources.Add(("/0/Split.Consent.cs", second));
        await test.RunAsync();
    }

    [Fact]
    public async Task GateBeforeTheCall_OnEveryPath_DoesNotTrigger()
    {
        const string source = """
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            class Consents
            {
                [ConsentGate] public void Require(string person) { }
                [ConsentGate] public Task<bool> HasConsentedAsync(string person) => Task.FromResult(true);
            }

            class Gate(IAmazonRekognition client, Consents consents)
            {
                object Straight(string person)
                {
                    consents.Require(person);
                    return client.SearchFaces(new SearchFacesRequest());
                }

                async Task<object?> GuardClause(string person)
                {
                    if (!await consents.HasConsentedAsync(person))
                    {
                        return null;
                    }

                    return await client.SearchFacesAsync(new SearchFacesRequest());
                }

                void InALoop(string[] people)
                {
                    foreach (var person in people)
                    {
                        consents.Require(person);
                        client.SearchUsers(new SearchUsersRequest { UserId = person });
                    }
                }

                System.Func<object> Deferred(string person)
                {
                    consents.Require(person);
                    return () => client.SearchFaces(new SearchFacesRequest());
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Setup);
    }

    [Fact]
    public async Task GateInOneBranchOnly_AfterTheCall_OrLaterInTheLoop_Triggers()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            static class Consents
            {
                [ConsentGate] public static void Require(string person) { }
            }

            class Gate(IAmazonRekognition client)
            {
                object OneBranch(string person, bool returning)
                {
                    if (returning)
                    {
                        Consents.Require(person);
                    }

                    return client.{|#0:SearchFaces|}(new SearchFacesRequest());
                }

                object After(string person)
                {
                    var result = client.{|#1:SearchFaces|}(new SearchFacesRequest());
                    Consents.Require(person);
                    return result;
                }

                void LaterInTheLoop(string[] people)
                {
                    foreach (var person in people)
                    {
                        client.{|#2:SearchUsers|}(new SearchUsersRequest());
                        Consents.Require(person);
                    }
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Setup,
            Verify.Diagnostic("BT2001").WithLocation(0).WithArguments("IAmazonRekognition.SearchFaces", "the [ConsentGate] call does not precede it on every path through 'OneBranch', and neither 'OneBranch' nor 'Gate' has [BiometricConsent]"),
            Verify.Diagnostic("BT2001").WithLocation(1).WithArguments("IAmazonRekognition.SearchFaces", "the [ConsentGate] call does not precede it on every path through 'After', and neither 'After' nor 'Gate' has [BiometricConsent]"),
            Verify.Diagnostic("BT2001").WithLocation(2).WithArguments("IAmazonRekognition.SearchUsers", "the [ConsentGate] call does not precede it on every path through 'LaterInTheLoop', and neither 'LaterInTheLoop' nor 'Gate' has [BiometricConsent]"));
    }

    [Fact]
    public async Task ProjectsOwnAttributeCopies_Count()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            namespace BorderTech.Annotations
            {
                [System.AttributeUsage(System.AttributeTargets.Method)] internal sealed class ConsentGateAttribute : System.Attribute { }
                [System.AttributeUsage(System.AttributeTargets.All)] internal sealed class BiometricConsentAttribute(string purpose) : System.Attribute { public string Purpose => purpose; }
            }

            namespace Kiosk
            {
                using BorderTech.Annotations;

                class Gate(IAmazonRekognition client)
                {
                    [ConsentGate] static void Check() { }

                    [BiometricConsent("Watch-list check required by the border code")]
                    object ByAttribute() => client.SearchFaces(new SearchFacesRequest());

                    object ByGate()
                    {
                        Check();
                        return client.SearchFaces(new SearchFacesRequest());
                    }
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Theory]
    [InlineData("bordertech.consent_attributes = Acme.Privacy.RequiresConsentAttribute", false)]
    [InlineData("bordertech.consent_attributes = Other.Thing, Acme.Privacy.RequiresConsentAttribute", false)]
    [InlineData("bordertech.consent_attributes = Other.Thing", true)]
    public async Task TeamsOwnConsentAttribute_CountsWhenConfigured(string option, bool triggers)
    {
        var source = $$"""
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            namespace Acme.Privacy { public sealed class RequiresConsentAttribute : System.Attribute { } }

            class Gate
            {
                [Acme.Privacy.RequiresConsent]
                object Match(IAmazonRekognition client) => client.{{(triggers ? "{|BT2001:SearchFaces|}" : "SearchFaces")}}(new SearchFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Setup.WithOptions(option));
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Detection_NeedsConsentOnlyWhenConfigured(bool required)
    {
        var source = $$"""
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Kiosk
            {
                object Find(IAmazonRekognition client) => client.{{(required ? "{|BT2001:DetectFaces|}" : "DetectFaces")}}(new DetectFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Setup.WithOptions($"bordertech.require_consent_for_detection = {(required ? "true" : "false")}"));
    }

    [Fact]
    public async Task BorderControlContext_EscalatesToError()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;
            using BorderTech.Annotations;

            [assembly: BiometricDeploymentContext(DeploymentContext.BorderControl)]
            [assembly: BiometricImpactAssessment("HRIA-7", Kind = AssessmentKind.HumanRights)]

            class Gate
            {
                object Match(IAmazonRekognition client) => client.{|#0:SearchFaces|}(new SearchFacesRequest());
            }
            """;

        await Verify.AnalyzerAsync(source, Setup,
            Verify.Diagnostic("BT2001").WithLocation(0).WithSeverity(DiagnosticSeverity.Error).WithArguments("IAmazonRekognition.SearchFaces", "neither 'Match' nor 'Gate' has [BiometricConsent], and no [ConsentGate] method is called before it"));
    }

    [Fact]
    public async Task NoBiometricSdk_AndGeneratedCode_DoNotTrigger()
    {
        const string plain = """
            class Gate
            {
                int SearchFaces(string collection) => collection.Length;
            }
            """;
        await Verify.AnalyzerAsync(plain, Sdk.Annotations);

        const string generated = """
            // <auto-generated/>
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Proxy
            {
                object Match(IAmazonRekognition client) => client.SearchFaces(new SearchFacesRequest());
            }
            """;
        await Verify.AnalyzerAsync(generated, Setup);
    }
}
