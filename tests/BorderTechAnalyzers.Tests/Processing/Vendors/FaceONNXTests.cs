using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>FaceONNX and FaceONNX.Addons (stubbed): the concrete classifier types are the signal, interface calls are not.</summary>
public sealed class FaceONNXTests
{
    [Fact]
    public async Task EmotionAndBeautyEstimation_ReportEmotionAndDemographic()
    {
        const string source = """
            using System.Linq;
            using FaceONNX;

            class EmotionAndBeautyEstimation
            {
                string Run(float[][,] aligned)
                {
                    using var faceEmotionClassifier = new {|BT1001:FaceEmotionClassifier|}();
                    var scores = faceEmotionClassifier.{|BT1001:Forward|}(aligned);
                    var label = FaceEmotionClassifier.Labels[System.Array.IndexOf(scores, scores.Max())];
                    using var beauty = new {|BT1003:FaceBeautyEstimator|}();
                    return label + beauty.{|BT1003:Forward|}(aligned)[0];
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.FaceONNX);
    }

    [Fact]
    public async Task DetectorAndEmbedder_Report_CallsThroughInterfaceDoNot()
    {
        const string source = """
            using FaceONNX;

            class Pipeline
            {
                float[] Run(float[][,] image, IFaceClassifier classifier)
                {
                    using var detector = new {|BT1006:FaceDetector|}(0.4f);
                    var boxes = detector.{|BT1006:Forward|}(image);
                    IFaceClassifier embedder = new {|BT1005:FaceEmbedder|}();
                    return classifier.Forward(image);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.FaceONNX);
    }
}
