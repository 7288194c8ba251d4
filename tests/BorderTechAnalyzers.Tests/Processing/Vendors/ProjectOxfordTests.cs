using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>Retired Project Oxford SDKs (stubbed): Face attributes as an enum array, the Emotion client, Vision's Faces feature.</summary>
public sealed class ProjectOxfordTests
{
    [Fact]
    public async Task Detect_WithGenderAgeEmotionArray_OnInterfaceField_ReportsEmotionAndDemographic()
    {
        const string source = """
            using System.IO;
            using System.Threading.Tasks;
            using Microsoft.ProjectOxford.Face;

            class Form1
            {
                private readonly IFaceServiceClient faceServiceClient = new FaceServiceClient("key", "https://westus.api.cognitive.microsoft.com/face/v1.0");

                async Task Run(Stream stream)
                {
                    var faces = await faceServiceClient.{|BT1001:{|BT1003:DetectAsync|}|}(stream, true, true, new FaceAttributeType[] { FaceAttributeType.Gender, FaceAttributeType.Age, FaceAttributeType.Emotion });
                    var plain = await faceServiceClient.{|BT1006:DetectAsync|}(stream);
                    await faceServiceClient.{|BT1005:TrainPersonGroupAsync|}("employees");
                    var ids = await faceServiceClient.{|BT1004:IdentifyAsync|}("employees", new[] { faces[0].FaceId });
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.ProjectOxford);
    }

    [Fact]
    public async Task DetectInLambdaAssignedToDelegateProperty_WithAttributesInALocal_ReportsAtTheCall()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Threading.Tasks;
            using Microsoft.ProjectOxford.Face;
            using Microsoft.ProjectOxford.Face.Contract;

            class Grabber { public Func<Stream, Task<Face[]>> AnalysisFunction { get; set; } }

            class LiveCamera
            {
                void Wire(Grabber grabber, FaceServiceClient faceClient)
                {
                    grabber.AnalysisFunction = async frame =>
                    {
                        var attrs = new List<FaceAttributeType> { FaceAttributeType.Gender, FaceAttributeType.Emotion };
                        return await faceClient.{|BT1001:{|BT1003:DetectAsync|}|}(frame, returnFaceAttributes: attrs);
                    };
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.ProjectOxford);
    }

    [Fact]
    public async Task EmotionServiceClient_ReportsEmotion()
    {
        const string source = """
            using System.IO;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.ProjectOxford.Emotion;

            class ServiceEmotions
            {
                async Task<string> Run(Stream stream)
                {
                    var client = new {|BT1001:EmotionServiceClient|}("key");
                    var emotions = await client.{|BT1001:RecognizeAsync|}(stream);
                    return emotions[0].Scores.ToRankedList().First().Key;
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.ProjectOxford);
    }

    [Fact]
    public async Task VisionFacesFeature_InALocalArray_ReportsDemographicAtTheCall()
    {
        const string source = """
            using System.IO;
            using System.Linq;
            using System.Threading.Tasks;
            using Microsoft.ProjectOxford.Vision;

            class ServiceComputerVision
            {
                Task Run(Stream stream)
                {
                    VisualFeature[] features = { VisualFeature.ImageType, VisualFeature.Color, VisualFeature.Faces, VisualFeature.Tags };
                    return new VisionServiceClient("key").{|BT1003:AnalyzeImageAsync|}(stream, features.ToList(), null);
                }

                Task Tags(Stream stream) => new VisionServiceClient("key").AnalyzeImageAsync(stream, new[] { VisualFeature.Tags });
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.ProjectOxford);
    }
}
