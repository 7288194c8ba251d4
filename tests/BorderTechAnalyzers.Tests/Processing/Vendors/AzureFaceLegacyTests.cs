using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>Azure Face, Microsoft.Azure.CognitiveServices.Vision.Face (stubbed): extension methods in both call forms, enum attributes, person groups.</summary>
public sealed class AzureFaceLegacyTests
{
    [Fact]
    public async Task DetectWithStream_RequestingEmotion_ReportsEmotionAtTheCall_InBothCallForms()
    {
        const string source = """
            using System.Collections.Generic;
            using System.IO;
            using System.Threading.Tasks;
            using Microsoft.Azure.CognitiveServices.Vision.Face;
            using Microsoft.Azure.CognitiveServices.Vision.Face.Models;

            class Screening
            {
                async Task Run(IFaceClient faceClient, Stream image)
                {
                    var reduced = await faceClient.Face.{|BT1001:DetectWithStreamAsync|}(image, returnFaceAttributes: new List<FaceAttributeType> { FaceAttributeType.Emotion });
                    var classic = await FaceOperationsExtensions.{|BT1001:{|BT1003:DetectWithStreamAsync|}|}(faceClient.Face, image, true, false, new[] { FaceAttributeType.Emotion, FaceAttributeType.Age });
                    var plain = await faceClient.Face.{|BT1006:DetectWithUrlAsync|}("https://example/photo.jpg");
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.AzureFaceLegacy);
    }

    [Fact]
    public async Task AttributeListInAStaticField_IsReportedWhereWritten_AndTheCallIsDetection()
    {
        const string source = """
            using System.Collections.Generic;
            using System.IO;
            using Microsoft.Azure.CognitiveServices.Vision.Face;
            using Microsoft.Azure.CognitiveServices.Vision.Face.Models;

            class Screening
            {
                private static readonly IList<FaceAttributeType> Attributes = new List<FaceAttributeType> { FaceAttributeType.{|BT1001:Emotion|}, FaceAttributeType.{|BT1003:Gender|}, FaceAttributeType.HeadPose };

                object Run(IFaceOperations face, Stream image) => face.{|BT1006:DetectWithStreamAsync|}(image, returnFaceAttributes: Attributes);
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.AzureFaceLegacy);
    }

    [Fact]
    public async Task ReadingEmotion_ReportsEmotion_ValuePassedToToRankedListIsReportedAtThatCall()
    {
        const string source = """
            using System.Linq;
            using Microsoft.Azure.CognitiveServices.Vision.Face;
            using Microsoft.Azure.CognitiveServices.Vision.Face.Models;

            class Report
            {
                string Describe(DetectedFace face)
                {
                    var emotion = {|#1:face.FaceAttributes.Emotion|};
                    var top = emotion.{|#0:ToRankedList|}().First().Key;
                    var happy = face.FaceAttributes.{|BT1001:Emotion|}.Happiness;
                    return $"{top} {happy} {face.FaceAttributes.{|BT1003:Age|}} {face.FaceAttributes.HeadPose.Yaw}";
                }
            }
            """;

        // A result read that reaches the call is named as a read, not as a request.
        await Verify.AnalyzerAsync(source, Sdk.AzureFaceLegacy,
            Verify.Diagnostic("BT1001").WithLocation(0).WithLocation(1).WithArguments("EmotionExtensions.ToRankedList", "Azure Face (Microsoft.Azure.CognitiveServices.Vision.Face)", " (reads FaceAttributes.Emotion)"));
    }

    [Fact]
    public async Task PersonGroupsThroughPropertyChains_NotAwaitedAndBlocking_ReportEnrolment_IdentifyReportsIdentification()
    {
        const string source = """
            using System;
            using System.IO;
            using System.Threading.Tasks;
            using Microsoft.Azure.CognitiveServices.Vision.Face;

            class Enrolment
            {
                async Task Run(FaceClient faceClient, Stream stream, Guid faceId)
                {
                    var person = faceClient.PersonGroupPerson.{|BT1005:CreateAsync|}("travellers", "P-1").Result;
                    await faceClient.PersonGroupPerson.{|BT1005:AddFaceFromStreamAsync|}("travellers", person.PersonId, stream, detectionModel: "detection_03");
                    _ = PersonGroupOperationsExtensions.{|BT1005:TrainAsync|}(faceClient.PersonGroup, "travellers");
                    var results = await faceClient.Face.{|BT1004:IdentifyAsync|}(new[] { faceId }, personGroupId: "travellers");
                    var same = await faceClient.Face.{|BT1005:VerifyFaceToPersonAsync|}(faceId, person.PersonId, "travellers");
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.AzureFaceLegacy);
    }

    [Fact]
    public async Task DetectInsideRetryLambda_Reports()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using System.IO;
            using System.Threading.Tasks;
            using Microsoft.Azure.CognitiveServices.Vision.Face;
            using Microsoft.Azure.CognitiveServices.Vision.Face.Models;

            class Resilient
            {
                static Task<T> Retry<T>(Func<Task<T>> action) => action();

                Task<IList<DetectedFace>> Run(IFaceClient faceClient, Func<Task<Stream>> imageStreamCallback)
                    => Retry(async () => await faceClient.Face.{|BT1006:DetectWithStreamAsync|}(await imageStreamCallback(), recognitionModel: "recognition_04"));
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.AzureFaceLegacy);
    }
}
