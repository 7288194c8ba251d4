using System.Threading.Tasks;
using BorderTechAnalyzers.CodeFixes;
using BorderTechAnalyzers.Processing;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using VerifyEmotion = BorderTechAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer, BorderTechAnalyzers.CodeFixes.EmotionRequestCodeFix>;
using VerifyDemographic = BorderTechAnalyzers.Tests.Verifiers.CSharpCodeFixVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer, BorderTechAnalyzers.CodeFixes.DemographicRequestCodeFix>;

namespace BorderTechAnalyzers.Tests.CodeFixes;

/// <summary>BT1001 and BT1003 fixes: stop requesting emotion or demographic attributes.</summary>
public sealed class RequestedAttributeCodeFixTests
{
    [Fact]
    public async Task RekognitionAll_BecomesDefault_AndTheCallIsPlainDetection()
    {
        const string source = """
            using System.Collections.Generic;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Screening
            {
                object Run(IAmazonRekognition client, Image photo)
                    => client.{|BT1001:{|BT1003:DetectFaces|}|}(new DetectFacesRequest { Image = photo, Attributes = new List<string> { "ALL" } });
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Screening
            {
                object Run(IAmazonRekognition client, Image photo)
                    => client.{|BT1006:DetectFaces|}(new DetectFacesRequest { Image = photo, Attributes = new List<string> { "DEFAULT" } });
            }
            """;

        await VerifyEmotion.CodeFixAsync(source, fixedSource, Sdk.Rekognition);
    }

    [Fact]
    public async Task RekognitionEmotionsToken_LeavesTheList_ThroughALocal()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Screening
            {
                async Task Run(IAmazonRekognition client)
                {
                    var request = new DetectFacesRequest { Attributes = new List<string> { "DEFAULT", "EMOTIONS" } };
                    await client.{|BT1001:DetectFacesAsync|}(request);
                }
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Screening
            {
                async Task Run(IAmazonRekognition client)
                {
                    var request = new DetectFacesRequest { Attributes = new List<string> { "DEFAULT" } };
                    await client.{|BT1006:DetectFacesAsync|}(request);
                }
            }
            """;

        await VerifyEmotion.CodeFixAsync(source, fixedSource, Sdk.Rekognition);
    }

    [Fact]
    public async Task FixAll_FixesEveryRequestInTheDocument()
    {
        const string source = """
            using System.Collections.Generic;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Screening
            {
                object A(IAmazonRekognition c) => c.{|BT1001:{|BT1003:DetectFaces|}|}(new DetectFacesRequest { Attributes = new List<string> { "ALL" } });
                object B(IAmazonRekognition c) => c.{|BT1001:{|BT1003:DetectFaces|}|}(new DetectFacesRequest { Attributes = { "ALL" } });
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Screening
            {
                object A(IAmazonRekognition c) => c.{|BT1006:DetectFaces|}(new DetectFacesRequest { Attributes = new List<string> { "DEFAULT" } });
                object B(IAmazonRekognition c) => c.{|BT1006:DetectFaces|}(new DetectFacesRequest { Attributes = { "DEFAULT" } });
            }
            """;

        var test = new VerifyEmotion.Test(Sdk.Rekognition) { TestCode = source, FixedCode = fixedSource, NumberOfFixAllIterations = 1 };
        await test.RunAsync();
    }

    [Fact]
    public async Task EmotionReadFromAResult_OffersNoFix()
    {
        const string source = """
            using System.Collections.Generic;
            using Amazon.Rekognition.Model;

            class Report
            {
                object Mood(FaceDetail face) => face.{|BT1001:Emotions|};
            }
            """;

        var test = new VerifyEmotion.Test(Sdk.Rekognition.WithAdditionalFile("/0/BiometricApis.txt", "@vendor Amazon Rekognition\nemotion P:Amazon.Rekognition.Model.FaceDetail.Emotions\n"))
        {
            TestCode = source,
            FixedCode = source,
        };
        await test.RunAsync();
    }

    [Fact]
    public async Task ComputerVisionFacesFeature_LeavesTheFeatureList()
    {
        const string source = """
            using System.Collections.Generic;
            using Microsoft.Azure.CognitiveServices.Vision.ComputerVision.Models;

            class Photos
            {
                IList<VisualFeatureTypes?> Features() => new List<VisualFeatureTypes?> { VisualFeatureTypes.Tags, VisualFeatureTypes.{|BT1003:Faces|} };
            }
            """;
        const string fixedSource = """
            using System.Collections.Generic;
            using Microsoft.Azure.CognitiveServices.Vision.ComputerVision.Models;

            class Photos
            {
                IList<VisualFeatureTypes?> Features() => new List<VisualFeatureTypes?> { VisualFeatureTypes.Tags };
            }
            """;

        await VerifyDemographic.CodeFixAsync(source, fixedSource, Sdk.ComputerVision);
    }

    [Fact]
    public async Task OnlyElementOfAnImplicitlyTypedArray_OffersNoFix()
    {
        const string source = """
            using Microsoft.Azure.CognitiveServices.Vision.ComputerVision.Models;

            class Photos
            {
                object Features() => new[] { VisualFeatureTypes.{|BT1003:Faces|} };
            }
            """;

        await VerifyDemographic.NoCodeFixAsync(source, Sdk.ComputerVision);
    }
}
