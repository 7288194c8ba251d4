using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Governance.GovernanceAnnotationAnalyzer>;

namespace BorderTechAnalyzers.Tests.Governance;

/// <summary>BT2003 retention too long, BT2005 assessment overdue, BT2006 incomplete annotations.</summary>
public sealed class GovernanceAnnotationTests
{
    [Fact]
    public async Task RetentionAboveTheDefaultMaximum_Triggers()
    {
        const string source = """
            using BorderTech.Annotations;

            class Gallery
            {
                [BiometricRetention({|#0:3650|})] public byte[]? Face { get; set; }
                [BiometricRetention(1095)] public byte[]? Fingerprint { get; set; }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Annotations,
            Verify.Diagnostic("BT2003").WithLocation(0).WithArguments(3650, 1095));
    }

    [Theory]
    [InlineData("30", "{|#0:maxDays: 90|}", true)]
    [InlineData("365", "maxDays: 90", false)]
    public async Task ConfiguredMaximum_IsUsed(string maximum, string argument, bool triggers)
    {
        var source = $$"""
            using BorderTech.Annotations;

            [BiometricRetention({{argument}})]
            class Gallery { }
            """;

        var expected = triggers ? new[] { Verify.Diagnostic("BT2003").WithLocation(0).WithArguments(90, int.Parse(maximum)) } : System.Array.Empty<Microsoft.CodeAnalysis.Testing.DiagnosticResult>();
        await Verify.AnalyzerAsync(source, Sdk.Annotations.WithOptions("bordertech.max_retention_days = " + maximum), expected);
    }

    [Fact]
    public async Task ReviewDateBeforeTheBuildDate_Triggers()
    {
        const string source = """
            using BorderTech.Annotations;

            [assembly: BiometricImpactAssessment("DPIA-2024-007", {|#0:ReviewBy = "2025-06-30"|})]
            [assembly: BiometricImpactAssessment("FRIA-2026-001", Kind = AssessmentKind.FundamentalRights, ReviewBy = "2027-01-31")]
            """;

        await Verify.AnalyzerAsync(source, Sdk.Annotations.WithGlobalOptions("build_property.BorderTechBuildDate = 2026-11-27"),
            Verify.Diagnostic("BT2005").WithLocation(0).WithArguments("DPIA-2024-007", "2025-06-30", "2026-11-27"));
    }

    [Fact]
    public async Task WithoutABuildDate_ReviewDatesAreNotChecked()
    {
        const string source = """
            using BorderTech.Annotations;

            [assembly: BiometricImpactAssessment("DPIA-2024-007", ReviewBy = "2001-01-01")]
            """;

        await Verify.AnalyzerAsync(source, Sdk.Annotations);
    }

    [Fact]
    public async Task PlaceholdersEmptyTextsBadDaysAndBadDates_Trigger()
    {
        const string source = """
            using BorderTech.Annotations;

            [assembly: BiometricImpactAssessment({|#0:"TBD"|}, {|#1:ReviewBy = "next spring"|})]

            [BiometricRetention({|#2:0|}, {|#3:DeletionProcedure = "  "|})]
            class Gallery
            {
                [BiometricConsent({|#4:"TODO: state the purpose"|}, {|#5:ConsentRecord = "xxx"|})]
                void Enrol() { }

                [BiometricConsent("Visa applicants sign form VIS-7 before the photo is taken", ConsentRecord = "Form VIS-7")]
                void Complete() { }

                [AuthorizedDisclosure({|#6:"-"|}, AgreementReference = "DPA-2026-4")]
                void Send() { }

                [MedicalOrSafetyPurpose({|#7:"N/A"|})]
                void Monitor() { }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Annotations,
            Verify.Diagnostic("BT2006").WithLocation(0).WithArguments("BiometricImpactAssessment", "'reference' is a placeholder (\"TBD\"); write what an auditor can check"),
            Verify.Diagnostic("BT2006").WithLocation(1).WithArguments("BiometricImpactAssessment", "'ReviewBy' is \"next spring\", not a date in the form yyyy-MM-dd"),
            Verify.Diagnostic("BT2006").WithLocation(2).WithArguments("BiometricRetention", "'maxDays' is 0; a retention period is a positive number of days"),
            Verify.Diagnostic("BT2006").WithLocation(3).WithArguments("BiometricRetention", "'DeletionProcedure' is empty; write what an auditor can check"),
            Verify.Diagnostic("BT2006").WithLocation(4).WithArguments("BiometricConsent", "'purpose' is a placeholder (\"TODO: state the purpose\"); write what an auditor can check"),
            Verify.Diagnostic("BT2006").WithLocation(5).WithArguments("BiometricConsent", "'ConsentRecord' is a placeholder (\"xxx\"); write what an auditor can check"),
            Verify.Diagnostic("BT2006").WithLocation(6).WithArguments("AuthorizedDisclosure", "'recipient' is a placeholder (\"-\"); write what an auditor can check"),
            Verify.Diagnostic("BT2006").WithLocation(7).WithArguments("MedicalOrSafetyPurpose", "'justification' is a placeholder (\"N/A\"); write what an auditor can check"));
    }

    [Fact]
    public async Task ConstantsAndNamedConstructorArguments_AreRead()
    {
        const string source = """
            using BorderTech.Annotations;

            static class Policy
            {
                public const int Days = 5000;
                public const string Unknown = "TODO";
            }

            [BiometricRetention({|#0:maxDays: Policy.Days|})]
            class Gallery
            {
                [BiometricConsent({|#1:purpose: Policy.Unknown|})]
                void Enrol() { }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Annotations,
            Verify.Diagnostic("BT2003").WithLocation(0).WithArguments(5000, 1095),
            Verify.Diagnostic("BT2006").WithLocation(1).WithArguments("BiometricConsent", "'purpose' is a placeholder (\"TODO\"); write what an auditor can check"));
    }

    [Fact]
    public async Task SameNamedAttributesInAnotherNamespace_DoNotTrigger()
    {
        const string source = """
            namespace Acme
            {
                sealed class BiometricRetentionAttribute(int maxDays) : System.Attribute { public int MaxDays => maxDays; }
                sealed class BiometricConsentAttribute(string purpose) : System.Attribute { public string Purpose => purpose; }

                [BiometricRetention(99999)]
                class Gallery
                {
                    [BiometricConsent("TODO")]
                    void Enrol() { }
                }
            }
            """;

        await Verify.AnalyzerAsync(source);
    }
}
