using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>Google Cloud Vision (stubbed): DetectFaces from a static factory, the FaceDetection feature, likelihood reads.</summary>
public sealed class GoogleVisionTests
{
    [Fact]
    public async Task DetectFacesFromStaticFactory_ReportsDetection_ReadingLikelihoodsReportsEmotion()
    {
        const string source = """
            using Google.Cloud.Vision.V1;

            class DetectFaces
            {
                static void Main(string path)
                {
                    var client = ImageAnnotatorClient.Create();
                    var faces = client.{|BT1006:DetectFaces|}(Image.FromFile(path));
                    foreach (var face in faces)
                    {
                        System.Console.WriteLine($"Joy: {face.{|BT1001:JoyLikelihood|}} Anger: {face.{|BT1001:AngerLikelihood|}} Blurred: {face.BlurredLikelihood}");
                        if (face.{|BT1001:SorrowLikelihood|} >= Likelihood.Likely || face.{|BT1001:SurpriseLikelihood|} >= Likelihood.Likely) { }
                    }
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.GoogleVision);
    }

    [Fact]
    public async Task AnnotateWithFaceDetectionFeature_ReportsDetectionAtTheCall_LabelsDoNotTrigger()
    {
        const string source = """
            using System.Threading.Tasks;
            using Google.Cloud.Vision.V1;

            class Annotate
            {
                async Task Run(ImageAnnotatorClient client, Image image)
                {
                    var faces = await client.{|BT1006:AnnotateAsync|}(new AnnotateImageRequest
                    {
                        Image = image,
                        Features = { new Feature { Type = Feature.Types.Type.FaceDetection, MaxResults = 10 } },
                    });
                    var labels = client.Annotate(new AnnotateImageRequest { Image = image, Features = { new Feature { Type = Feature.Types.Type.LabelDetection } } });
                    var direct = client.DetectLabels(image);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.GoogleVision);
    }
}
