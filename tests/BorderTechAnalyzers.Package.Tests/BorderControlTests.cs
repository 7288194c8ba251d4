using System.Collections.Generic;
using System.IO;
using Xunit;

namespace BorderTechAnalyzers.Package.Tests;

/// <summary>
/// What only a real build shows about severities and dates: a border-control deployment reports identification as an
/// error, a consumer's <c>dotnet_diagnostic.BT1004.severity</c> still wins over that escalation (the compiler applies
/// the configured severity after the analyzer reports), and the BorderTechBuildDate property decides BT2005.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class BorderControlTests
{
    private const string Governance = """
        using BorderTech.Annotations;

        [assembly: BiometricDeploymentContext(DeploymentContext.BorderControl)]
        [assembly: BiometricImpactAssessment("DPIA-E2E-1", ReviewBy = "2030-06-30")]
        """;

    private const string Gate = """
        using Amazon.Rekognition;
        using Amazon.Rekognition.Model;

        public sealed class Gate(IAmazonRekognition rekognition)
        {
            public SearchFacesByImageResponse Match(Image photo)
                => rekognition.SearchFacesByImage(new SearchFacesByImageRequest { CollectionId = "travellers", Image = photo });
        }
        """;

    // The same call in a folder whose .editorconfig configures BT1004.
    private const string Watchlist = """
        using Amazon.Rekognition;
        using Amazon.Rekognition.Model;

        public sealed class Watchlist(IAmazonRekognition rekognition)
        {
            public SearchFacesByImageResponse Match(Image photo)
                => rekognition.SearchFacesByImage(new SearchFacesByImageRequest { CollectionId = "watchlist", Image = photo });
        }
        """;

    private readonly PackedPackages _packages;
    private readonly Consumer _consumer;

    public BorderControlTests(PackedPackages packages)
    {
        _packages = packages;
        _consumer = packages.Shared("border", () => Consumer.Create(packages, "border", new Dictionary<string, string>
        {
            ["Governance.cs"] = Governance,
            ["Gate.cs"] = Gate,
            [Path.Combine("Configured", "Watchlist.cs")] = Watchlist,
            [Path.Combine("Configured", ".editorconfig")] = "[*.cs]\ndotnet_diagnostic.BT1004.severity = warning\n",
        }).Restore());
    }

    /// <summary>The build date is one day after the assessment's review date.</summary>
    private DotNet.Result BuildAfterReviewDate() => _packages.Shared("border.after", () => _consumer.Build("-p:BorderTechBuildDate=2030-07-01"));

    [Fact]
    public void BorderControlContext_EscalatesIdentificationToAnError()
    {
        var result = BuildAfterReviewDate();

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("Gate.cs(7,24): error BT1004", result.Output);
        Assert.DoesNotContain("Gate.cs(7,24): warning BT1004", result.Output);
        Assert.DoesNotContain("AD0001", result.Output);
    }

    [Fact]
    public void EditorConfigSeverity_WinsOverTheEscalation()
    {
        var result = BuildAfterReviewDate();

        var watchlist = Path.Combine("Configured", "Watchlist.cs");
        Assert.Contains(watchlist + "(7,24): warning BT1004", result.Output);
        Assert.DoesNotContain(watchlist + "(7,24): error BT1004", result.Output);
        // The configuration is for BT1004 only: the escalated consent finding at the same call stays an error.
        Assert.Contains(watchlist + "(7,24): error BT2001", result.Output);
    }

    [Fact]
    public void BuildDateAfterTheReviewDate_ReportsBT2005()
    {
        var result = BuildAfterReviewDate();

        Assert.Contains("Governance.cs(4,52): warning BT2005", result.Output);
        Assert.Contains("'DPIA-E2E-1' was due for review on 2030-06-30; the build date is 2030-07-01", result.Output);
    }

    [Fact]
    public void BuildDateOnTheReviewDate_DoesNotReportBT2005()
    {
        var result = _packages.Shared("border.on", () => _consumer.Build("-p:BorderTechBuildDate=2030-06-30"));

        Assert.Contains("Gate.cs(7,24): error BT1004", result.Output);
        Assert.DoesNotContain("BT2005", result.Output);
    }
}
