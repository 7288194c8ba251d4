using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>Azure Computer Vision (real ComputerVision 7.0.1): Faces and Celebrities requested through nullable-enum lists.</summary>
public sealed class ComputerVisionTests
{
    [Fact]
    public async Task AnalyzeImage_WithFacesFeature_ReportsDemographic_CelebritiesReportIdentification()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Microsoft.Azure.CognitiveServices.Vision.ComputerVision;
            using Microsoft.Azure.CognitiveServices.Vision.ComputerVision.Models;

            class Analysis
            {
                async Task Run(IComputerVisionClient client, string url)
                {
                    var features = new List<VisualFeatureTypes?> { VisualFeatureTypes.Tags, VisualFeatureTypes.Faces };
                    var analysis = await client.{|BT1003:AnalyzeImageAsync|}(url, features);
                    var celebrities = await ComputerVisionClientExtensions.{|BT1004:AnalyzeImageAsync|}(client, url,
                        new List<VisualFeatureTypes?> { VisualFeatureTypes.Categories }, new List<Details?> { Details.Celebrities });
                    var domain = await client.{|BT1004:AnalyzeImageByDomainAsync|}("celebrities", url);
                    var tags = await client.AnalyzeImageAsync(url, new List<VisualFeatureTypes?> { VisualFeatureTypes.Tags, VisualFeatureTypes.Description });
                    var landmarks = await client.AnalyzeImageByDomainAsync("landmarks", url);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.ComputerVision);
    }

    [Fact]
    public async Task AnalyzeImageInStream_FeatureArrayConvertedWithToList_ReportsDemographic()
    {
        const string source = """
            using System.IO;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.Azure.CognitiveServices.Vision.ComputerVision;
            using Microsoft.Azure.CognitiveServices.Vision.ComputerVision.Models;

            class Analysis
            {
                Task<ImageAnalysis> Run(ComputerVisionClient client, Stream image)
                {
                    VisualFeatureTypes?[] features = { VisualFeatureTypes.Color, VisualFeatureTypes.Faces };
                    return client.{|BT1003:AnalyzeImageInStreamAsync|}(image, features.ToList());
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.ComputerVision);
    }

    [Fact]
    public async Task ReadingAgeAndGender_ReportsDemographic()
    {
        const string source = """
            using System.Linq;
            using Microsoft.Azure.CognitiveServices.Vision.ComputerVision.Models;

            class Report
            {
                string Describe(ImageAnalysis analysis)
                    => string.Join(",", analysis.Faces.Select(f => $"{f.{|BT1003:Age|}} {f.{|BT1003:Gender|}} {f.FaceRectangle.Left}"));
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.ComputerVision);
    }
}
