using System.Text.Json;
using BorderTechAnalyzers.Cli.Inventory;
using YamlDotNet.RepresentationModel;

namespace BorderTechAnalyzers.Cli.Tests;

[Collection(GeneratedSolutionCollection.Name)]
public sealed class InventoryTests(GeneratedSolution solution)
{
    private InventoryProject Project(string name) => solution.Inventory.Projects.Single(p => p.Name == name);

    private string Render(string format)
    {
        var writer = new StringWriter();
        InventoryWriters.Write(solution.Inventory, format, writer);
        return writer.ToString();
    }

    [Fact]
    public void EverySite_IsListed_EvenWhereTheRuleIsConfiguredToNone()
    {
        var app = Project("App");
        Assert.Contains(app.Sites, s => s.File == "App/Quiet.cs" && s.RuleId == "BT1004");
        Assert.Contains(app.Sites, s => s.File == "App/Kiosk.cs" && s.RuleId == "BT1004");
        Assert.Contains(app.Sites, s => s.RuleId == "BT1005" && s.Vendor == "Acme Prints" && s.Modality == "fingerprint");
        Assert.DoesNotContain(solution.Inventory.Sites, s => s.RuleId == "BT9001");
        Assert.DoesNotContain(app.Sites.Where(s => s.File != "App/Pragma.cs"), s => s.Suppressed);
    }

    [Fact]
    public void SitesSuppressedInSource_AreListedAndMarked()
    {
        var site = Assert.Single(Project("App").Sites, s => s.File == "App/Pragma.cs");
        Assert.True(site.Suppressed);
        Assert.Contains("suppressed in source", Render("markdown"), StringComparison.Ordinal);
    }

    [Fact]
    public void ConsentEvidence_ComesFromTheMethodAttribute_MatchedByFullName()
    {
        var match = Project("Gallery").Sites.Single(s => s.Member.StartsWith("GallerySearch.Match", StringComparison.Ordinal));
        var consent = Assert.Single(match.Consent);
        Assert.Equal("Match travellers against the watch list", consent.Purpose);
        Assert.Equal("SubstantialPublicInterest", consent.LegalBasis);
        Assert.Equal("Border Code Art 8", consent.ConsentRecord);

        var verify = Project("App").Sites.Single(s => s.RuleId == "BT1005");
        Assert.Equal("Employment", Assert.Single(verify.Consent).LegalBasis);
    }

    [Fact]
    public void MissingEvidence_IsWrittenAsNoneFound_NeverInvented()
    {
        var users = Project("Gallery").Sites.Single(s => s.Member.StartsWith("GallerySearch.Users", StringComparison.Ordinal));
        Assert.Empty(users.Consent);
        Assert.StartsWith("none found", users.ConsentText(), StringComparison.Ordinal);
        Assert.Equal(["GallerySearch.AskConsent()"], users.ConsentGates);

        var find = Project("App").Sites.Single(s => s.File == "App/Kiosk.cs" && s.RuleId == "BT1004");
        Assert.Equal("none found", find.ConsentText());
        Assert.Equal("none found", find.RetentionText());
        Assert.Empty(Project("App").Assessments);
    }

    [Fact]
    public void RetentionAssessmentsAndContext_AreReadFromAttributes()
    {
        var gallery = Project("Gallery");
        var retention = Assert.Single(gallery.Sites[0].Retention);
        Assert.Equal(30, retention.MaxDays);
        Assert.Equal("AfterCaseClosed", retention.Trigger);
        Assert.Equal("nightly purge job", retention.DeletionProcedure);

        var assessment = Assert.Single(gallery.Assessments);
        Assert.Equal(("DPIA-2026-014", "HumanRights", "2027-06-30"), (assessment.Reference, assessment.Kind, assessment.ReviewBy));
        Assert.Equal("BorderControl", gallery.DeploymentContext.Context);
        Assert.Contains("BiometricDeploymentContext", gallery.DeploymentContext.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void DeploymentContext_FallsBackToTheAnalyzerOption()
    {
        var app = Project("App");
        Assert.Equal("Workplace", app.DeploymentContext.Context);
        Assert.Contains("bordertech.deployment_context", app.DeploymentContext.Source, StringComparison.Ordinal);
    }

    [Fact]
    public void Markdown_HasTotalsPerProject_AndTheFailedProject()
    {
        var markdown = Render("markdown");
        Assert.Contains(solution.Inventory.TotalsLine(), markdown, StringComparison.Ordinal);
        Assert.Contains("## Gallery", markdown, StringComparison.Ordinal);
        Assert.Contains("- Sites: 2 (by rule: BT1004 2;", markdown, StringComparison.Ordinal);
        Assert.Contains("**Not loaded**", markdown, StringComparison.Ordinal);
        Assert.Contains("| none found |", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_RoundTripsSitesAndEvidence()
    {
        using var document = JsonDocument.Parse(Render("json"));
        var root = document.RootElement;
        Assert.Equal(solution.Inventory.Sites.Count(), root.GetProperty("totals").GetProperty("sites").GetInt32());
        var gallery = root.GetProperty("projects").EnumerateArray().Single(p => p.GetProperty("name").GetString() == "Gallery");
        Assert.Equal(2, gallery.GetProperty("totals").GetProperty("byRule").GetProperty("BT1004").GetInt32());
        Assert.Equal("BorderControl", gallery.GetProperty("deploymentContext").GetProperty("context").GetString());
        var match = gallery.GetProperty("sites").EnumerateArray().Single(s => s.GetProperty("member").GetString()!.StartsWith("GallerySearch.Match", StringComparison.Ordinal));
        Assert.Equal("SubstantialPublicInterest", match.GetProperty("consent")[0].GetProperty("legalBasis").GetString());
        Assert.Equal(30, match.GetProperty("retention")[0].GetProperty("maxDays").GetInt32());
    }

    [Fact]
    public void Fides_IsAFideslangSystemDeclaration_WithBiometricCategoriesAndDeclaredExtensions()
    {
        var yaml = new YamlStream();
        yaml.Load(new StringReader(Render("fides")));
        var root = (YamlMappingNode)yaml.Documents[0].RootNode;

        var extensions = ((YamlSequenceNode)root["data_category"]).Cast<YamlMappingNode>().ToList();
        Assert.Contains(extensions, c => c["fides_key"].ToString() == "user.biometric.facial" && c["parent_key"].ToString() == "user.biometric");
        Assert.Contains(extensions, c => c["fides_key"].ToString() == "user.biometric.inferred_emotion");
        Assert.All(extensions, c => Assert.StartsWith("BorderTech extension", c["description"].ToString(), StringComparison.Ordinal));
        var uses = ((YamlSequenceNode)root["data_use"]).Cast<YamlMappingNode>().Select(u => u["fides_key"].ToString()).ToHashSet();

        var systems = ((YamlSequenceNode)root["system"]).Cast<YamlMappingNode>().ToList();
        Assert.Equal(["app", "gallery"], systems.Select(s => s["fides_key"].ToString()));
        var gallery = systems[1];
        Assert.Equal("DPIA-2026-014 (HumanRights, review by 2027-06-30)", gallery["dpa_location"].ToString());
        var declaration = (YamlMappingNode)((YamlSequenceNode)gallery["privacy_declarations"]).Single();
        Assert.Equal(["user.biometric.facial"], ((YamlSequenceNode)declaration["data_categories"]).Select(n => n.ToString()));
        Assert.Contains(declaration["data_use"].ToString(), uses);
        Assert.Equal("true", declaration["processes_special_category_data"].ToString());
        Assert.False(declaration.Children.ContainsKey("legal_basis_for_processing")); // only one of the two sites has evidence

        var app = (YamlSequenceNode)systems[0]["privacy_declarations"];
        var fingerprint = app.Cast<YamlMappingNode>().Single(d => ((YamlSequenceNode)d["data_categories"]).Any(c => c.ToString() == "user.biometric.fingerprint"));
        Assert.Equal("Employment, social security and social protection", fingerprint["special_category_legal_basis"].ToString());
    }

    [Fact]
    public void Html_ShowsTheTotalsAndChartsPerCategoryAndProject()
    {
        var html = Render("html");
        Assert.Contains(System.Net.WebUtility.HtmlEncode(solution.Inventory.TotalsLine()), html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-rules\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"chart-projects\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
    }
}
