using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>DlibDotNet (stubbed): frontal detector, shape predictors and DNN models recognised by file name.</summary>
public sealed class DlibDotNetTests
{
    [Fact]
    public async Task FaceRecognitionPipeline_StackedUsings_Reports()
    {
        const string source = """
            using DlibDotNet;
            using DlibDotNet.Dnn;

            class Program
            {
                static void Main()
                {
                    using (var detector = Dlib.{|BT1006:GetFrontalFaceDetector|}())
                    using (var sp = ShapePredictor.{|BT1006:Deserialize|}("shape_predictor_5_face_landmarks.dat"))
                    using (var net = LossMetric.{|BT1005:Deserialize|}("dlib_face_recognition_resnet_model_v1.dat"))
                    using (var img = Dlib.LoadImageAsMatrix<RgbPixel>("visitors.jpg"))
                    {
                        foreach (var face in detector.{|BT1006:Operator|}(img))
                        {
                        }
                    }
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.DlibDotNet);
    }

    [Fact]
    public async Task MmodFaceDetector_FromPathCombine_Reports_VehicleModelDoesNot()
    {
        const string source = """
            using System.IO;
            using DlibDotNet.Dnn;

            class Detectors
            {
                private static readonly string BasePath = "models";

                void Run()
                {
                    var faces = LossMmod.{|BT1006:Deserialize|}(Path.Combine(BasePath, "mmod_human_face_detector.dat"));
                    var cars = LossMmod.Deserialize("mmod_front_and_rear_end_vehicle_detector.dat");
                    var dogs = LossMetric.Deserialize("dog_breed_metric_network.dat");
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.DlibDotNet);
    }
}
