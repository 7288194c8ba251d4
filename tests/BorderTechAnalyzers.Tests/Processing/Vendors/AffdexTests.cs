using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>Affectiva Affdex (stubbed): every detector is emotion recognition; lower-camel Java-style members; listener callbacks.</summary>
public sealed class AffdexTests
{
    [Fact]
    public async Task CameraDetectorInFieldInitializer_AndItsSetup_ReportEmotion()
    {
        const string source = """
            using System.Collections.Generic;
            using Affdex;

            class AffectivaFaceDetector : ImageListener, FaceListener
            {
                private readonly CameraDetector mCameraDetector = new {|BT1001:CameraDetector|}();

                public void Start()
                {
                    mCameraDetector.{|BT1001:setClassifierPath|}("data");
                    mCameraDetector.{|BT1001:setDetectAllEmotions|}(true);
                    mCameraDetector.{|BT1001:setImageListener|}(this);
                    mCameraDetector.{|BT1001:start|}();
                }

                public void onImageResults(Dictionary<int, Face> faces, Frame frame)
                {
                    foreach (var face in faces.Values)
                    {
                        System.Console.WriteLine($"{face.{|BT1001:Emotions|}.Joy} {face.{|BT1003:Appearance|}.Age} {face.Id}");
                    }
                }

                public void onImageCapture(Frame frame) { }
                public void onFaceFound(float timestamp, int faceId) { }
                public void onFaceLost(float timestamp, int faceId) { }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Affdex);
    }

    [Fact]
    public async Task ListenerImplementationAlone_DoesNotTrigger()
    {
        const string source = """
            using System.Collections.Generic;
            using Affdex;

            class Logger : ImageListener
            {
                public void onImageResults(Dictionary<int, Face> faces, Frame frame) => System.Console.WriteLine(faces.Count);
                public void onImageCapture(Frame frame) { }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Affdex);
    }
}
