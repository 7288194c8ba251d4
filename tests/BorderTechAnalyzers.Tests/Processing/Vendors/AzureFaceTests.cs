using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>Azure AI Face, Azure.AI.Vision.Face (stubbed): detection with attribute structs, identification, verification, galleries, liveness.</summary>
public sealed class AzureFaceTests
{
    [Fact]
    public async Task Detect_WithQualityAttributesOfNestedStructs_ReportsDetectionOnly()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using Azure;
            using Azure.AI.Vision.Face;

            class Sample1
            {
                async Task Run(Stream stream)
                {
                    var client = new FaceClient(new Uri("https://face.example"), new AzureKeyCredential("key"));
                    var response = await client.{|BT1006:DetectAsync|}(BinaryData.FromStream(stream), FaceDetectionModel.Detection03, FaceRecognitionModel.Recognition04,
                        returnFaceId: false,
                        returnFaceAttributes: new[] { FaceAttributeType.Detection03.HeadPose, FaceAttributeType.Detection03.Mask, FaceAttributeType.Recognition04.QualityForRecognition });
                    var faces = response.Value;
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.AzureFace);
    }

    [Fact]
    public async Task Detect_WithAgeOrSmile_ReportsDemographicAtTheCall()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using Azure.AI.Vision.Face;

            class Screening
            {
                void Run(FaceClient client, Uri photo)
                {
                    client.{|BT1003:Detect|}(photo, FaceDetectionModel.Detection01, FaceRecognitionModel.Recognition04, true,
                        new List<FaceAttributeType> { FaceAttributeType.Age, FaceAttributeType.Glasses });

                    var requested = new[] { FaceAttributeType.Smile };
                    client.{|BT1003:Detect|}(photo, FaceDetectionModel.Detection01, FaceRecognitionModel.Recognition04, true, requested);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.AzureFace);
    }

    [Fact]
    public async Task ReadingAgeFromResults_ReportsDemographic()
    {
        const string source = """
            using Azure.AI.Vision.Face;

            class Report
            {
                string Describe(FaceDetectionResult face) => $"{face.FaceAttributes.{|BT1003:Age|}} {face.FaceAttributes.HeadPose.Yaw} {face.FaceRectangle.Top}";
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.AzureFace);
    }

    [Fact]
    public async Task IdentifyFindSimilarAndVerify_Report()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Azure.AI.Vision.Face;

            class Gate
            {
                async Task Run(FaceClient client, Guid faceId, Guid[] candidates, Guid personId)
                {
                    var identified = await client.{|BT1004:IdentifyFromLargePersonGroupAsync|}(new[] { faceId }, "travellers");
                    var similar = client.{|BT1004:FindSimilar|}(faceId, candidates);
                    var groups = client.{|BT1004:Group|}(candidates);
                    var same = await client.{|BT1005:VerifyFaceToFaceAsync|}(faceId, candidates[0]);
                    var member = client.{|BT1005:VerifyFromLargePersonGroup|}(faceId, "travellers", personId);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.AzureFace);
    }

    [Fact]
    public async Task GalleryManagementThroughSubClients_ReportsEnrolment()
    {
        const string source = """
            using System;
            using System.Threading.Tasks;
            using Azure;
            using Azure.AI.Vision.Face;

            class Enrolment
            {
                async Task Run(FaceAdministrationClient admin, Uri photo, BinaryData image)
                {
                    var group = admin.GetLargePersonGroupClient("travellers");
                    group.{|BT1005:Create|}("Travellers");
                    var person = await group.{|BT1005:CreatePersonAsync|}("P-1");
                    group.{|BT1005:AddFace|}(person.Value.PersonId, photo);
                    await group.{|BT1005:AddFaceAsync|}(person.Value.PersonId, image);
                    group.{|BT1005:Train|}(WaitUntil.Completed);
                    admin.GetPersonGroupClient("legacy").{|BT1005:CreatePerson|}("P-2");
                    admin.GetLargePersonGroupClient("travellers").Get();
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.AzureFace);
    }

    [Fact]
    public async Task LivenessSessions_ReportDetection_WithVerifyReportsVerification()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using Azure;
            using Azure.AI.Vision.Face;

            class Liveness
            {
                async Task Run(Stream reference)
                {
                    var sessions = new {|BT1006:FaceSessionClient|}(new Uri("https://face.example"), new AzureKeyCredential("key"));
                    await sessions.{|BT1006:CreateLivenessSessionAsync|}(new CreateLivenessSessionContent());
                    await sessions.{|BT1005:CreateLivenessWithVerifySessionAsync|}(new CreateLivenessWithVerifySessionContent(), reference);
                    sessions.{|BT1005:GetLivenessWithVerifySessionResult|}("session");
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.AzureFace);
    }

    [Fact]
    public async Task MockedClientOverride_StillReports()
    {
        const string source = """
            using System;
            using System.Threading;
            using Azure;
            using Azure.AI.Vision.Face;

            class FakeFaceClient : FaceClient
            {
                public override Response<FaceVerificationResult> VerifyFaceToFace(Guid faceId1, Guid faceId2, CancellationToken cancellationToken = default) => null!;
            }

            class Gate
            {
                object Run(FakeFaceClient client, Guid a, Guid b) => client.{|BT1005:VerifyFaceToFace|}(a, b);
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.AzureFace);
    }
}
