using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace BorderTechAnalyzers.Package.Tests;

/// <summary>
/// &lt;BorderTechAnalysisMode&gt; picks the global AnalyzerConfig the package ships: Audit turns even an error into a
/// suggestion, Strict turns warnings into errors, an unknown value is reported (BT9002, from MSBuild) and Default is used.
/// The consumer sets Audit in its project file; the other modes are given on the command line, as a pipeline would.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class AnalysisModeTests
{
    private const string Screening = """
        using System.Collections.Generic;
        using Amazon.Rekognition;
        using Amazon.Rekognition.Model;

        public sealed class Screening(IAmazonRekognition rekognition)
        {
            public DetectFacesResponse Screen(Image photo)
                => rekognition.DetectFaces(new DetectFacesRequest { Image = photo, Attributes = new List<string> { "ALL" } });

            public SearchFacesByImageResponse Match(Image photo)
                => rekognition.SearchFacesByImage(new SearchFacesByImageRequest { CollectionId = "travellers", Image = photo });
        }
        """;

    private readonly PackedPackages _packages;
    private readonly Consumer _consumer;

    public AnalysisModeTests(PackedPackages packages)
    {
        _packages = packages;
        _consumer = packages.Shared("modes", () => Consumer.Create(
            packages,
            "modes",
            new Dictionary<string, string> { ["Screening.cs"] = Screening },
            "<BorderTechAnalysisMode>Audit</BorderTechAnalysisMode>").Restore());
    }

    [Fact]
    public void Audit_ReportsTheEmotionErrorAsASuggestion_AndTheBuildSucceeds()
    {
        var sarifPath = _consumer.PathOf("audit.sarif");
        var result = _packages.Shared("modes.audit", () => _consumer.Build($"-p:ErrorLog={sarifPath}%2Cversion=2.1"));

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.DoesNotContain("error BT", result.Output);
        Assert.DoesNotContain("warning BT", result.Output);
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        var levels = sarif.RootElement.GetProperty("runs")[0].GetProperty("results").EnumerateArray()
            .Where(r => r.GetProperty("ruleId").GetString()!.StartsWith("BT", System.StringComparison.Ordinal))
            .Select(r => (Id: r.GetProperty("ruleId").GetString(), Level: r.GetProperty("level").GetString()))
            .ToList();
        Assert.Contains(("BT1001", "note"), levels);
        Assert.Contains(("BT1004", "note"), levels);
        Assert.All(levels, l => Assert.Equal("note", l.Level));
    }

    [Fact]
    public void Strict_MakesTheIdentificationWarningAnError()
    {
        var result = _packages.Shared("modes.strict", () => _consumer.Build("-p:BorderTechAnalysisMode=Strict"));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Screening.cs(11,24): error BT1004", result.Output);
        Assert.Contains("Screening.cs(8,24): error BT1001", result.Output);
    }

    [Fact]
    public void UnknownMode_IsReportedAsBT9002_AndTheDefaultSeveritiesApply()
    {
        var result = _packages.Shared("modes.unknown", () => _consumer.Build("-p:BorderTechAnalysisMode=Lenient"));

        Assert.Contains("warning BT9002: BorderTechAnalysisMode 'Lenient' is not Default, Strict or Audit; Default is used.", result.Output);
        // Default: emotion recognition is an error, identification a warning.
        Assert.Contains("Screening.cs(8,24): error BT1001", result.Output);
        Assert.Contains("Screening.cs(11,24): warning BT1004", result.Output);
        Assert.DoesNotContain("AD0001", result.Output);
    }
}
