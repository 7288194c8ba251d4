using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Configuration.OptionValueAnalyzer>;

namespace BorderTechAnalyzers.Tests.Configuration;

/// <summary>BT9002: unreadable option values are reported once, and the default is used.</summary>
public sealed class OptionValueTests
{
    [Theory]
    [InlineData("bordertech.max_retention_days = three years", "bordertech.max_retention_days", "three years", "is not a positive whole number of days; 1095 is used")]
    [InlineData("bordertech.max_retention_days = -5", "bordertech.max_retention_days", "-5", "is not a positive whole number of days; 1095 is used")]
    [InlineData("bordertech.deployment_context = airport", "bordertech.deployment_context", "airport", "is not one of general, border_control, law_enforcement, workplace, education, public_space; general is used")]
    [InlineData("bordertech.require_consent_for_detection = yes", "bordertech.require_consent_for_detection", "yes", "is not true or false; false is used")]
    [InlineData("bordertech.consent_attributes = Acme.Ok, 3rd.Party", "bordertech.consent_attributes", "3rd.Party", "is not a full type name such as 'Acme.Privacy.RequiresConsentAttribute'; it is ignored")]
    public async Task BadValue_TriggersOnce(string line, string key, string value, string problem)
    {
        const string source = """
            class A { }
            class B { }
            """;

        await Verify.AnalyzerAsync(source, TestSetup.None.WithOptions(line),
            Verify.Diagnostic("BT9002").WithArguments(key, value, problem));
    }

    [Fact]
    public async Task BadBuildDateProperty_Triggers()
    {
        await Verify.AnalyzerAsync("class A { }", TestSetup.None.WithGlobalOptions("build_property.BorderTechBuildDate = 27/11/2026"),
            Verify.Diagnostic("BT9002").WithArguments("BorderTechBuildDate", "27/11/2026", "is not a date in the form yyyy-MM-dd; review dates are not checked"));
    }

    [Fact]
    public async Task GoodValues_DoNotTrigger()
    {
        await Verify.AnalyzerAsync("class A { }", TestSetup.None
            .WithOptions("bordertech.max_retention_days = 365\nbordertech.deployment_context = border_control\nbordertech.require_consent_for_detection = true\nbordertech.consent_attributes = Acme.Privacy.RequiresConsentAttribute, Acme.Outer+Inner")
            .WithGlobalOptions("build_property.BorderTechBuildDate = 2026-11-27"));
    }
}
