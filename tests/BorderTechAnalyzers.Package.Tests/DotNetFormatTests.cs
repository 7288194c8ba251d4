using System;
using System.IO;
using System.Linq;
using System.Text.RegularExpressions;
using Xunit;

namespace BorderTechAnalyzers.Package.Tests;

/// <summary>
/// The code fixes from the packed package applied by <c>dotnet format analyzers</c> to a copy of the BorderKiosk sample
/// (the kiosk and its statistics library): afterwards the targeted governance findings are gone and the code still
/// compiles. The fixes insert "TODO" placeholders, so BT2006 appears instead: that is intended.
/// </summary>
[Collection(PackedPackagesCollection.Name)]
public sealed class DotNetFormatTests(PackedPackages packages)
{
    private static readonly string[] Targeted = { "BT2001", "BT2002", "BT2003", "BT2004" };

    [Fact]
    public void FormatAnalyzers_FixesConsentRetentionAndAssessment_OnTheBorderKioskSample()
    {
        var root = CopyBorderKiosk();

        var format = DotNet.Run(root, null, ["format", "analyzers", "BorderKiosk.slnx", "--diagnostics", .. Targeted, "--severity", "info", "-v", "n"]);

        Assert.True(format.ExitCode == 0, format.ToString());
        Assert.DoesNotContain("Unable to fix", format.Output);
        Assert.DoesNotContain("Failed to apply", format.Output);

        // The fixes are in the files.
        var gallery = File.ReadAllText(Path.Combine(root, "BorderKiosk", "TravellerGallery.cs"));
        Assert.Contains("[BiometricRetention(1095)]", gallery);
        var watchlist = File.ReadAllText(Path.Combine(root, "BorderKiosk", "WatchlistMatcher.cs"));
        Assert.Contains("[BiometricRetention(1095, DeletionProcedure", watchlist);
        Assert.Contains("[BiometricConsent(\"TODO: state the purpose and the legal basis\")]", watchlist);
        // The statistics library's own file of assembly attributes gets the assessment (dotnet format saves changed
        // files only, so a fix that adds a new file would be lost), and nothing goes into the build's generated ones.
        var assemblyInfo = File.ReadAllText(Path.Combine(root, "BorderKiosk.Reporting", "Properties", "AssemblyInfo.cs"));
        Assert.Contains("[assembly: BiometricImpactAssessment(\"TODO: reference of the DPIA that covers this processing\")]", assemblyInfo);
        Assert.DoesNotContain(
            Directory.EnumerateFiles(Path.Combine(root, "BorderKiosk.Reporting", "obj"), "*.cs", SearchOption.AllDirectories),
            f => File.ReadAllText(f).Contains("BiometricImpactAssessment", StringComparison.Ordinal));

        // Rebuilt: nothing targeted is reported, nothing fails to compile; the rest of the kiosk's findings remain.
        var build = DotNet.Run(root, null, "build", "BorderKiosk.slnx", "--no-incremental", "--no-restore", "-nologo", "-clp:NoSummary");
        var reported = Regex.Matches(build.Output, @"(?<file>[\w.]+\.cs)\(\d+,\d+\): (?:error|warning) (?<id>[A-Z]+\d+)")
            .Select(m => m.Groups["id"].Value)
            .ToHashSet();
        Assert.True(!reported.Overlaps(Targeted), $"still reported: {string.Join(", ", reported.Intersect(Targeted))}{Environment.NewLine}{build}");
        Assert.DoesNotContain(reported, id => id.StartsWith("CS", StringComparison.Ordinal));
        Assert.DoesNotContain("AD0001", build.Output);
        Assert.Contains("BT1001", reported);
        Assert.Contains("BT1004", reported);
        Assert.Contains("BT2006", reported);
        Assert.Contains("TravellerStatistics.cs", build.Output);
    }

    /// <summary>
    /// Copies samples/BorderKiosk and samples/BorderKiosk.Reporting next to a solution listing both, restoring the
    /// BorderTech packages of this run from the fixture's feed into a package folder of its own.
    /// </summary>
    private string CopyBorderKiosk()
    {
        var root = Path.Combine(packages.Root, "kiosk-format");
        var samples = Path.Combine(DotNet.RepositoryRoot(), "samples");
        foreach (var project in new[] { "BorderKiosk", "BorderKiosk.Reporting" })
        {
            PackedPackages.CopyDirectory(Path.Combine(samples, project), Path.Combine(root, project));
        }

        File.WriteAllText(Path.Combine(root, "Directory.Build.props"), $"""
            <Project>
              <PropertyGroup>
                <BorderTechVersion>{packages.Version}</BorderTechVersion>
                <RestorePackagesPath>$(MSBuildThisFileDirectory)packages/</RestorePackagesPath>
              </PropertyGroup>
            </Project>
            """);
        File.WriteAllText(Path.Combine(root, "nuget.config"), $"""
            <?xml version="1.0" encoding="utf-8"?>
            <configuration>
              <packageSources>
                <add key="bordertech-local" value="{packages.Feed}" />
              </packageSources>
            </configuration>
            """);
        File.WriteAllText(Path.Combine(root, "BorderKiosk.slnx"), """
            <Solution>
              <Project Path="BorderKiosk/BorderKiosk.csproj" />
              <Project Path="BorderKiosk.Reporting/BorderKiosk.Reporting.csproj" />
            </Solution>
            """);
        return root;
    }
}
