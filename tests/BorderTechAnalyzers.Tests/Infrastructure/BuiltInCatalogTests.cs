using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using BorderTechAnalyzers.Infrastructure;
using Xunit;

namespace BorderTechAnalyzers.Tests.Infrastructure;

/// <summary>The catalog shipped inside the analyzer: it parses cleanly and every vendor names its source.</summary>
public sealed class BuiltInCatalogTests
{
    [Fact]
    public void BuiltInCatalog_ParsesWithoutErrors()
    {
        var catalog = BiometricCatalog.BuiltIn;

        Assert.Empty(catalog.Errors.Select(e => $"line {e.Source.Line}: {e.Message}"));
        Assert.NotEmpty(catalog.Entries);
    }

    [Fact]
    public void EveryVendorSection_HasASourceLine()
    {
        var missing = new List<string>();
        string? vendor = null;
        var hasSource = false;
        foreach (var raw in ReadCatalogLines().Append("@vendor <end>"))
        {
            var line = raw.Trim();
            if (line.StartsWith("@vendor ", StringComparison.Ordinal))
            {
                if (vendor is not null && !hasSource)
                {
                    missing.Add(vendor);
                }

                vendor = line.Substring("@vendor ".Length).Trim();
                hasSource = false;
            }
            else if (line.StartsWith("# source:", StringComparison.Ordinal) && line.Length > "# source:".Length + 5)
            {
                hasSource = true;
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void EveryVendorSection_HasEntries_AndEveryEntryAVendor()
    {
        var entries = BiometricCatalog.BuiltIn.Entries;

        Assert.DoesNotContain(entries, e => e.Vendor == CatalogParser.DefaultVendor);
        var vendorsWithEntries = entries.Select(e => e.Vendor).ToHashSet(StringComparer.Ordinal);
        var declared = ReadCatalogLines()
            .Select(l => l.Trim())
            .Where(l => l.StartsWith("@vendor ", StringComparison.Ordinal))
            .Select(l => l.Substring("@vendor ".Length).Trim());
        Assert.All(declared, v => Assert.Contains(v, vendorsWithEntries));
    }

    [Theory]
    [InlineData("Amazon Rekognition")]
    [InlineData("Azure AI Face")]
    [InlineData("Azure Face (Microsoft.Azure.CognitiveServices.Vision.Face)")]
    [InlineData("Azure Computer Vision")]
    [InlineData("Azure AI Speech speaker recognition")]
    [InlineData("Google Cloud Vision")]
    [InlineData("OpenCvSharp")]
    [InlineData("Emgu CV")]
    [InlineData("DlibDotNet")]
    [InlineData("FaceRecognitionDotNet")]
    [InlineData("ViewFaceCore")]
    [InlineData("SeetaFace6Sharp")]
    [InlineData("FaceONNX")]
    [InlineData("Baidu AI")]
    [InlineData("Tencent Cloud IAI")]
    [InlineData("Alibaba Cloud Facebody")]
    [InlineData("Hume AI")]
    [InlineData("Project Oxford (Microsoft Cognitive Services, retired)")]
    [InlineData("Affectiva Affdex")]
    [InlineData("SourceAFIS")]
    [InlineData("Neurotechnology")]
    [InlineData("DigitalPersona (HID)")]
    [InlineData("Windows.Media.FaceAnalysis")]
    [InlineData("WinBiometricDotNet")]
    [InlineData("ONNX Runtime")]
    [InlineData("ML.NET")]
    public void SpecVendor_IsCovered(string vendor)
        => Assert.Contains(BiometricCatalog.BuiltIn.Entries, e => e.Vendor == vendor && !e.IsExclusion);

    [Theory]
    [InlineData("Windows.Security.Credentials.UI")]
    [InlineData("Plugin.Fingerprint")]
    [InlineData("AndroidX.Biometric")]
    [InlineData("Android.Hardware.Biometrics")]
    public void OsMediatedConsentPrompts_AreNotListed(string ns)
        => Assert.DoesNotContain(BiometricCatalog.BuiltIn.Entries, e => e.Id.Substring(2).StartsWith(ns + ".", StringComparison.Ordinal));

    private static IEnumerable<string> ReadCatalogLines()
    {
        using var stream = typeof(BiometricCatalog).Assembly.GetManifestResourceStream("BorderTechAnalyzers.Catalog.BiometricApis.txt")
            ?? throw new InvalidOperationException("The analyzer assembly has no embedded catalog.");
        using var reader = new StreamReader(stream);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
        {
            lines.Add(line);
        }

        return lines;
    }
}
