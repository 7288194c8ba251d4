using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using Xunit;

namespace BorderTechAnalyzers.Package.Tests;

/// <summary>
/// A consumer restores the packed package from a local feed; the SDK's own compiler loads the analyzer (no CS9057),
/// warnings appear, -warnaserror fails the build, and SARIF 2.1 carries the rule with its help link.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class ConsumerBuildTests
{
    private const string Gate = """
        using Amazon.Rekognition;
        using Amazon.Rekognition.Model;

        public sealed class Gate(IAmazonRekognition rekognition)
        {
            public SearchFacesByImageResponse Match(Image photo)
                => rekognition.SearchFacesByImage(new SearchFacesByImageRequest { CollectionId = "travellers", Image = photo });
        }
        """;

    private readonly Consumer _consumer;

    // The default build writes SARIF too, so the tests that read its console output and the one that reads its SARIF
    // share one build.
    private readonly DotNet.Result _build;

    public ConsumerBuildTests(PackedPackages packages)
    {
        _consumer = packages.Shared("gate", () => Consumer.Create(packages, "gate", new Dictionary<string, string>
        {
            ["Gate.cs"] = Gate,
            ["BiometricApis.txt"] = "@vendor Acme\nidentification M:Amazon.Rekognition.IAmazonRekognition.SearchFaces\nnot-a-category M:Acme.Thing.Run\n",
        }).Restore());
        _build = packages.Shared("gate.build", () => _consumer.Build($"-p:ErrorLog={_consumer.PathOf("bordertech.sarif")}%2Cversion=2.1"));
    }

    [Fact]
    public void Build_ReportsBT1004AsAWarning_FromThePackagedAnalyzer()
    {
        var result = _build;

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Gate.cs(7,24): warning BT1004", result.Output);
        Assert.DoesNotContain("CS9057", result.Output);
        Assert.DoesNotContain("AD0001", result.Output);
    }

    [Fact]
    public void Build_PicksUpTheProjectsApiList_AndReportsItsBadLineWithFileAndLine()
    {
        var result = _build;

        Assert.Contains("BiometricApis.txt(3,1): warning BT9001", result.Output);
        Assert.Contains("unknown category 'not-a-category'", result.Output);
    }

    [Fact]
    public void BuildWithWarningsAsErrors_Fails_WithBT1004AsAnError()
    {
        var result = _consumer.Build("-warnaserror");

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("error BT1004", result.Output);
    }

    [Fact]
    public void ErrorLog_WritesSarif21_WithTheRuleAndItsHelpUri()
    {
        var sarifPath = _consumer.PathOf("bordertech.sarif");
        var result = _build;

        Assert.True(result.ExitCode == 0, result.ToString());
        using var sarif = JsonDocument.Parse(File.ReadAllText(sarifPath));
        Assert.Equal("2.1.0", sarif.RootElement.GetProperty("version").GetString());
        var run = sarif.RootElement.GetProperty("runs")[0];
        var bt1004 = run.GetProperty("results").EnumerateArray().Where(r => r.GetProperty("ruleId").GetString() == "BT1004").ToList();
        var finding = Assert.Single(bt1004);
        Assert.Equal("warning", finding.GetProperty("level").GetString());
        Assert.Contains("identifies a person by searching a biometric gallery", finding.GetProperty("message").GetProperty("text").GetString());
        var rule = run.GetProperty("tool").GetProperty("driver").GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("id").GetString() == "BT1004");
        Assert.Equal("https://github.com/bordertech-analyzers/BorderTechAnalyzers/blob/main/docs/rules/BT1004.md", rule.GetProperty("helpUri").GetString());
    }
}
