using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>Emgu CV (stubbed): constructors rather than factories, base-typed recognizers, cascades by file name.</summary>
public sealed class EmguCVTests
{
    [Fact]
    public async Task RecognizerConstructedAndUsedThroughBaseType_ReportsEnrolmentAndIdentification()
    {
        const string source = """
            using Emgu.CV;
            using Emgu.CV.Face;

            class Authentication
            {
                double Run(Mat[] faces, int[] labels, Mat probe)
                {
                    FaceRecognizer recognizer = new {|BT1005:EigenFaceRecognizer|}(80, double.PositiveInfinity);
                    recognizer.{|BT1005:Train|}(faces, labels);
                    FaceRecognizer.PredictionResult result = recognizer.{|BT1004:Predict|}(probe);
                    var lbph = new {|BT1005:LBPHFaceRecognizer|}();
                    lbph.{|BT1005:Update|}(new VectorOfMat(faces), new VectorOfInt(labels));
                    return result.Distance;
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.EmguCV);
    }

    [Fact]
    public async Task CascadeClassifier_FaceCascadeInConcatenation_ReportsDetection_OtherCascadeDoesNot()
    {
        const string source = """
            using Emgu.CV;

            class FaceDetector
            {
                private readonly string MyDocuments = "C:\\Users\\kiosk\\Documents";

                void Run(Mat gray)
                {
                    var cascade = new {|BT1006:CascadeClassifier|}(this.MyDocuments + "\\haarcascade_frontalface_alt.xml");
                    cascade.DetectMultiScale(gray, 1.1, 10);
                    var plates = new CascadeClassifier("haarcascade_russian_plate_number.xml");
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.EmguCV);
    }

    [Fact]
    public async Task YuNetSFaceAndMace_Report()
    {
        const string source = """
            using System.Drawing;
            using Emgu.CV;
            using Emgu.CV.Face;

            class Pipeline
            {
                void Run(Mat frame, Mat faces, Mat aligned, Mat feature, Mat other)
                {
                    using var yn = new {|BT1006:FaceDetectorYN|}("face_detection_yunet_2023mar.onnx", "", new Size(320, 320));
                    yn.{|BT1006:Detect|}(frame, faces);
                    using var sf = new {|BT1005:FaceRecognizerSF|}("face_recognition_sface_2021dec.onnx", "");
                    sf.{|BT1005:Feature|}(aligned, feature);
                    var score = sf.{|BT1005:Match|}(feature, other, FaceRecognizerSF.DisType.Cosine);
                    using var mace = new {|BT1005:MACE|}(64);
                    mace.{|BT1005:Salt|}("passphrase");
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.EmguCV);
    }
}
