using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>ViewFaceCore (stubbed): instance methods, generic extension methods in both call forms, async extensions, predictors.</summary>
public sealed class ViewFaceCoreTests
{
    [Fact]
    public async Task GenericExtensionDetect_InReducedAndStaticForm_ReportsDetection()
    {
        const string source = """
            using ViewFaceCore.Core;

            class Demo
            {
                void Run(object bitmap)
                {
                    using FaceDetector faceDetector = new FaceDetector();
                    var reduced = faceDetector.{|BT1006:Detect|}(bitmap);
                    var classic = ViewFaceCoreExtension.{|BT1006:Detect|}(faceDetector, bitmap);
                    var explicitType = faceDetector.{|BT1006:Detect|}<object>(bitmap);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.ViewFaceCore);
    }

    [Fact]
    public async Task RecognizerExtractAndCompare_ReportVerification_NestedCall()
    {
        const string source = """
            using System.Threading.Tasks;
            using ViewFaceCore.Configs;
            using ViewFaceCore.Core;
            using ViewFaceCore.Model;

            class Demo
            {
                async Task<bool> Run(object bitmap, FaceImage image, FaceInfo info, FaceLandmarker faceMark, float[] stored)
                {
                    using var faceRecognizer = new FaceRecognizer(new FaceRecognizeConfig() { Threshold = 0.6 });
                    var features = faceRecognizer.{|BT1005:Extract|}(bitmap, faceMark.{|BT1006:Mark|}(bitmap, info));
                    var again = await faceRecognizer.{|BT1005:ExtractAsync|}(image, faceMark.{|BT1006:Mark|}(image, info));
                    return faceRecognizer.{|BT1005:IsSelf|}(faceRecognizer.{|BT1005:Compare|}(features, stored));
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.ViewFaceCore);
    }

    [Fact]
    public async Task AgeAndGenderPredictors_ReportDemographic()
    {
        const string source = """
            using ViewFaceCore.Core;
            using ViewFaceCore.Model;

            class Demo
            {
                void Run(FaceImage image, FaceMarkPoint[] points, object bitmap)
                {
                    using var age = new {|BT1003:AgePredictor|}();
                    using var gender = new {|BT1003:GenderPredictor|}();
                    var years = age.{|BT1003:PredictAge|}(image, points);
                    var viaExtension = age.{|BT1003:PredictAge|}(bitmap, points);
                    var sex = gender.{|BT1003:PredictGender|}(image, points);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.ViewFaceCore);
    }
}
