using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>SeetaFace6Sharp (stubbed): same short type names as ViewFaceCore, different namespace and member names.</summary>
public sealed class SeetaFace6SharpTests
{
    [Fact]
    public async Task DetectMarkExtractAntiSpoofingAndAge_Report()
    {
        const string source = """
            using SeetaFace6Sharp;

            class Kiosk
            {
                bool Run(FaceImage image, float[] enrolled, FaceDetector detector, FaceLandmarker marker, FaceRecognizer recognizer, FaceAntiSpoofing liveness)
                {
                    foreach (var info in detector.{|BT1006:Detect|}(image))
                    {
                        var points = marker.{|BT1006:Mark|}(image, info);
                        if (liveness.{|BT1006:Predict|}(image, info, points) != AntiSpoofingResult.Real)
                        {
                            continue;
                        }

                        using var age = new {|BT1003:AgePredictor|}();
                        _ = age.{|BT1003:PredictAgeWithCrop|}(image, points);
                        return recognizer.{|BT1005:IsSelf|}(recognizer.{|BT1005:Extract|}(image, points), enrolled);
                    }

                    return false;
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.SeetaFace6Sharp);
    }

    [Fact]
    public async Task ViewFaceCoreMemberNames_OnSeetaTypes_AreNotConfused()
    {
        const string source = """
            namespace MyKiosk
            {
                public class FaceDetector { public int[] Detect(byte[] image) => new int[0]; }
                public class FaceRecognizer { public float[] Extract(byte[] image) => new float[0]; }

                class Use
                {
                    int Run() => new FaceDetector().Detect(new byte[0]).Length + new FaceRecognizer().Extract(new byte[0]).Length;
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.SeetaFace6Sharp + Sdk.ViewFaceCore);
    }
}
