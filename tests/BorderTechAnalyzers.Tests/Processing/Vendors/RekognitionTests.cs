using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>Amazon Rekognition (AWSSDK.Rekognition, stubbed): detection, attribute requests, galleries, search, result reads.</summary>
public sealed class RekognitionTests
{
    [Fact]
    public async Task DetectFaces_WithAllAttributes_ReportsEmotionAndDemographic()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Screening
            {
                async Task<DetectFacesResponse> Run(IAmazonRekognition client)
                    => await client.{|BT1001:{|BT1003:DetectFacesAsync|}|}(new DetectFacesRequest
                    {
                        Image = new Image { S3Object = new S3Object { Bucket = "arrivals", Name = "gate-4.jpg" } },
                        Attributes = new List<string>() { "ALL" },
                    });
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task DetectFaces_WithAllAttributes_MessageNamesTheEvidence()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Screening
            {
                object Run(AmazonRekognitionClient client)
                    => client.{|#0:DetectFaces|}(new DetectFacesRequest { Attributes = { {|#1:"ALL"|} } });
            }
            """;

        // The evidence, "ALL", is the diagnostic's additional location: the code fixes work on it.
        await Verify.AnalyzerAsync(source, Sdk.Rekognition,
            Verify.Diagnostic("BT1001").WithLocation(0).WithLocation(1).WithArguments("AmazonRekognitionClient.DetectFaces", "Amazon Rekognition", " (requests \"ALL\")"),
            Verify.Diagnostic("BT1003").WithLocation(0).WithLocation(1).WithArguments("AmazonRekognitionClient.DetectFaces", "Amazon Rekognition", " (requests \"ALL\")"));
    }

    [Theory]
    [InlineData("\"DEFAULT\"")]
    [InlineData("Attribute.DEFAULT")]
    [InlineData("\"EYEGLASSES\"")]
    public async Task DetectFaces_WithDefaultOrNonDemographicAttributes_ReportsDetectionOnly(string attribute)
    {
        var source = $$"""
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Screening
            {
                object Run(IAmazonRekognition client)
                    => client.{|BT1006:DetectFaces|}(new DetectFacesRequest { Attributes = { {{attribute}} } });
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task DetectFaces_WithoutAttributes_ReportsDetection()
    {
        const string source = """
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Screening
            {
                object Run(IAmazonRekognition client, Image photo) => client.{|BT1006:DetectFacesAsync|}(new DetectFacesRequest { Image = photo }).Result;
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Theory]
    [InlineData("Attribute.EMOTIONS", "BT1001")]
    [InlineData("\"EMOTIONS\"", "BT1001")]
    [InlineData("Attribute.AGE_RANGE", "BT1003")]
    [InlineData("\"GENDER\"", "BT1003")]
    [InlineData("\"SMILE\"", "BT1003")]
    public async Task DetectFaces_WithOneAttribute_ReportsItsCategory(string attribute, string id)
    {
        var source = $$"""
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Screening
            {
                object Run(IAmazonRekognition client)
                    => client.{|{{id}}:DetectFaces|}(new DetectFacesRequest { Attributes = { {{attribute}} } });
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task DetectFaces_RequestBuiltInLocalFirst_ReportsAtTheCall()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Screening
            {
                const string Everything = "ALL";

                async Task Run(IAmazonRekognition client, Image photo)
                {
                    var attributes = new List<string>();
                    attributes.Add(Everything);
                    var request = new DetectFacesRequest { Image = photo, Attributes = attributes };
                    System.Console.WriteLine("analysing");
                    var response = await client.{|BT1001:{|BT1003:DetectFacesAsync|}|}(request);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task DetectFaces_AttributesAssignedAfterConstruction_ReportsAtTheCall()
    {
        const string source = """
            using System.Collections.Generic;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Screening
            {
                object Assigned(IAmazonRekognition client)
                {
                    var request = new DetectFacesRequest();
                    request.Attributes = new List<string> { "EMOTIONS" };
                    return client.{|BT1001:DetectFaces|}(request);
                }

                object Added(IAmazonRekognition client)
                {
                    var request = new DetectFacesRequest();
                    request.Attributes.Add("AGE_RANGE");
                    return client.{|BT1003:DetectFaces|}(request);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task AttributeList_NeverPassedToACall_ReportedWhereWritten()
    {
        const string source = """
            using System.Collections.Generic;
            using Amazon.Rekognition.Model;

            class RequestFactory
            {
                public DetectFacesRequest Build() => new DetectFacesRequest { {|BT1001:{|BT1003:Attributes|}|} = new List<string> { "ALL" } };
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task IndexFaces_WithAllDetectionAttributes_ReportsEnrolmentEmotionAndDemographic()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Enrolment
            {
                Task<IndexFacesResponse> Default(IAmazonRekognition client, Image image)
                    => client.{|BT1005:IndexFacesAsync|}(new IndexFacesRequest { Image = image, CollectionId = "travellers", ExternalImageId = "p-1" });

                Task<IndexFacesResponse> All(IAmazonRekognition client, Image image)
                    => client.{|BT1001:{|BT1003:{|BT1005:IndexFacesAsync|}|}|}(new IndexFacesRequest { Image = image, CollectionId = "travellers", DetectionAttributes = new List<string>() { "ALL" } });
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task StartFaceDetection_WithAllFaceAttributes_ReportsEmotionAndDemographic_DefaultIsDetection()
    {
        const string source = """
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class VideoScreening
            {
                Task All(IAmazonRekognition client, Video video)
                    => client.{|BT1001:{|BT1003:StartFaceDetectionAsync|}|}(new StartFaceDetectionRequest { Video = video, FaceAttributes = FaceAttributes.ALL });

                Task Default(IAmazonRekognition client, Video video)
                    => client.{|BT1006:StartFaceDetectionAsync|}(new StartFaceDetectionRequest { Video = video, FaceAttributes = "DEFAULT" });

                Task Results(IAmazonRekognition client, string jobId)
                    => client.{|BT1006:GetFaceDetectionAsync|}(new GetFaceDetectionRequest { JobId = jobId });
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task CompareFaces_AndCollectionManagement_ReportVerification()
    {
        const string source = """
            using System.Collections.Generic;
            using System.IO;
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Enrolment
            {
                private readonly IAmazonRekognition _rekognition;
                public Enrolment(IAmazonRekognition rekognition) => _rekognition = rekognition;

                async Task Run(byte[] passport, byte[] live)
                {
                    await _rekognition.{|BT1005:CompareFacesAsync|}(new CompareFacesRequest
                    {
                        SourceImage = new Image { Bytes = new MemoryStream(passport) },
                        TargetImage = new Image { Bytes = new MemoryStream(live) },
                        SimilarityThreshold = 0,
                    });
                    await _rekognition.{|BT1005:CreateCollectionAsync|}(new CreateCollectionRequest { CollectionId = "c" });
                    await _rekognition.{|BT1005:CreateUserAsync|}(new CreateUserRequest { CollectionId = "c", UserId = "u" });
                    await _rekognition.{|BT1005:AssociateFacesAsync|}(new AssociateFacesRequest { CollectionId = "c", UserId = "u", FaceIds = new List<string> { "f" } });
                    await _rekognition.{|BT1005:DeleteFacesAsync|}(new DeleteFacesRequest { CollectionId = "c", FaceIds = new List<string> { "f" } });
                    _rekognition.{|BT1005:DeleteCollection|}(new DeleteCollectionRequest { CollectionId = "c" });
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task CelebritiesVideoSearchAndStreamProcessors_ReportIdentification()
    {
        const string source = """
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Watchlist
            {
                async Task Run(AmazonRekognitionClient client, Image still, Video video)
                {
                    await client.{|BT1004:RecognizeCelebritiesAsync|}(new RecognizeCelebritiesRequest { Image = still });
                    var job = await client.{|BT1004:StartFaceSearchAsync|}(new StartFaceSearchRequest { CollectionId = "watchlist", Video = video });
                    await client.{|BT1004:GetFaceSearchAsync|}(new GetFaceSearchRequest { JobId = job.JobId });
                    await client.{|BT1004:StartCelebrityRecognitionAsync|}(new StartCelebrityRecognitionRequest { Video = video });
                    client.{|BT1004:CreateStreamProcessor|}(new CreateStreamProcessorRequest
                    {
                        Name = "gate-camera",
                        Settings = new StreamProcessorSettings { FaceSearch = new FaceSearchSettings { CollectionId = "watchlist" } },
                    });
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task FaceLiveness_ReportsDetection()
    {
        const string source = """
            using System.Threading.Tasks;
            using Amazon.Rekognition;
            using Amazon.Rekognition.Model;

            class Liveness
            {
                async Task Run(IAmazonRekognition client)
                {
                    var session = await client.{|BT1006:CreateFaceLivenessSessionAsync|}(new CreateFaceLivenessSessionRequest());
                    await client.{|BT1006:GetFaceLivenessSessionResultsAsync|}(new GetFaceLivenessSessionResultsRequest { SessionId = "s" });
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task ReadingEmotionsAndDemographicsFromResults_Reports_OtherFieldsDoNot()
    {
        const string source = """
            using System.Linq;
            using Amazon.Rekognition.Model;

            class Report
            {
                string Describe(DetectFacesResponse response)
                {
                    var lines = response.FaceDetails.Select(face =>
                        $"{face.{|BT1001:Emotions|}.First().Type} {face.{|BT1003:AgeRange|}.Low}-{face.{|BT1003:AgeRange|}.High} {face.{|BT1003:Gender|}.Value} {face.BoundingBox.Left} {face.Confidence}");
                    foreach (var face in response.FaceDetails)
                    {
                        if (face.{|BT1003:Smile|}.Value && face.{|BT1003:Beard|}.Value && face.{|BT1003:Mustache|}.Value) { }
                    }

                    return string.Join("\n", lines);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }

    [Fact]
    public async Task UsersOwnRequestTypes_WithTheSameNames_DoNotTrigger()
    {
        const string source = """
            using System.Collections.Generic;

            namespace Kiosk.Imaging
            {
                class DetectFacesRequest { public List<string> Attributes { get; set; } = new(); }
                class FaceDetail { public List<string> Emotions { get; set; } = new(); }
                class RekognitionFacade
                {
                    public int DetectFaces(DetectFacesRequest request) => request.Attributes.Count;
                    public int Run() => DetectFaces(new DetectFacesRequest { Attributes = { "ALL" } }) + new FaceDetail().Emotions.Count;
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Rekognition);
    }
}
