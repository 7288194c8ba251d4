using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>ONNX Runtime and ML.NET (real assemblies): generic inference engines, biometric only by the model file they load.</summary>
public sealed class OnnxModelTests
{
    [Fact]
    public async Task InferenceSession_WithFerPlusModel_TopLevelStatements_ReportsEmotion()
    {
        const string source = """
            using System.Collections.Generic;
            using Microsoft.ML.OnnxRuntime;

            using var session = new {|BT1001:InferenceSession|}("emotion-ferplus-7.onnx");
            using var results = session.Run(new List<NamedOnnxValue>());
            """;

        await Verify.AnalyzerAsync(source, Sdk.OnnxRuntime.AsConsoleApplication());
    }

    [Fact]
    public async Task InferenceSession_ModelFromConstantPathCombineAndInterpolation_ReportsByModel()
    {
        const string source = """
            using System.IO;
            using Microsoft.ML.OnnxRuntime;

            class Models
            {
                const string Model = "emotion-ferplus-8.onnx";

                void Run(string dir, SessionOptions options)
                {
                    using var emotion = new {|BT1001:InferenceSession|}(Model);
                    using var age = new {|BT1003:InferenceSession|}(Path.Combine(dir, "age_googlenet.onnx"), options);
                    using var arcface = new {|BT1005:InferenceSession|}($"{dir}/arcfaceresnet100-8.onnx");
                    using var ultraface = new {|BT1006:InferenceSession|}(dir + "/version-RFB-320.onnx");
                    InferenceSession gender = {|BT1003:new|}("models/gender_googlenet.onnx");
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.OnnxRuntime);
    }

    [Fact]
    public async Task InferenceSession_WithModelNotAboutFaces_DoesNotTrigger()
    {
        const string source = """
            using Microsoft.ML.OnnxRuntime;

            class Models
            {
                void Run(byte[] bytes, string fromConfig)
                {
                    using var classifier = new InferenceSession("resnet50.onnx");
                    using var detector = new InferenceSession("yolov8n.onnx");
                    using var inMemory = new InferenceSession(bytes);
                    using var unknown = new InferenceSession(fromConfig);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.OnnxRuntime);
    }

    [Fact]
    public async Task ApplyOnnxModel_WithEmotionModel_InAllOverloadShapes_ReportsEmotion()
    {
        const string source = """
            using Microsoft.ML;
            using Microsoft.ML.Transforms.Onnx;

            class Pipeline
            {
                void Run(MLContext ml)
                {
                    var byFile = ml.Transforms.{|BT1001:ApplyOnnxModel|}("Plus692_Output_0", "Input3", "assets/emotion-ferplus-8.onnx");
                    var classic = OnnxCatalog.{|BT1001:ApplyOnnxModel|}(ml.Transforms, System.IO.Path.Combine("assets", "FERPlus", "model.onnx"));
                    var options = new OnnxOptions { ModelFile = "models/ferplus.onnx", InputColumns = new[] { "Input3" }, OutputColumns = new[] { "Plus692_Output_0" } };
                    var byOptions = ml.Transforms.{|BT1001:ApplyOnnxModel|}(options);
                    var notFaces = ml.Transforms.ApplyOnnxModel("softmaxout_1", "data_0", "squeezenet.onnx");
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.MLNet);
    }
}
