using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>FaceRecognitionDotNet (stubbed): locations, encodings, comparisons and the age/gender/emotion estimators.</summary>
public sealed class FaceRecognitionDotNetTests
{
    [Fact]
    public async Task EncodingsAndComparisons_ReportVerificationAndIdentification()
    {
        const string source = """
            using System.Collections.Generic;
            using System.Linq;
            using FaceRecognitionDotNet;

            class Matcher
            {
                bool Run(FaceRecognition fr, Image image, List<FaceEncoding> known)
                {
                    var locations = fr.{|BT1006:FaceLocations|}(image, model: Model.Cnn).ToList();
                    var encoding = fr.{|BT1005:FaceEncodings|}(image, locations).First();
                    var anyMatch = FaceRecognition.{|BT1004:CompareFaces|}(known, encoding).Any(x => x);
                    return anyMatch || FaceRecognition.{|BT1005:CompareFace|}(known[0], encoding, 0.6);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.FaceRecognitionDotNet);
    }

    [Fact]
    public async Task PredictEmotion_ReportsEmotion_PredictAgeAndGender_ReportDemographic()
    {
        const string source = """
            using System.IO;
            using System.Linq;
            using FaceRecognitionDotNet;
            using FaceRecognitionDotNet.Extensions;

            class CustomClassificationDemo
            {
                void Run(Image image)
                {
                    using (var fr = FaceRecognition.Create("models"))
                    {
                        fr.{|BT1003:CustomAgeEstimator|} = new {|BT1003:SimpleAgeEstimator|}(Path.Combine("models", "adience-age-network.dat"));
                        fr.{|BT1001:CustomEmotionEstimator|} = new {|BT1001:SimpleEmotionEstimator|}(Path.Combine("models", "corva-emotion-network.dat"));
                        var box = fr.{|BT1006:FaceLocations|}(image).FirstOrDefault();
                        var age = fr.{|BT1003:PredictAge|}(image, box);
                        var gender = fr.{|BT1003:PredictGender|}(image, box);
                        var emotion = fr.{|BT1001:PredictEmotion|}(image, box);
                    }
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.FaceRecognitionDotNet);
    }

    [Fact]
    public async Task TemplateType_RawEncodingAccess_DoesNotTrigger()
    {
        const string source = """
            using FaceRecognitionDotNet;

            class Store
            {
                double[] Save(FaceEncoding encoding) => encoding.GetRawEncoding();
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.FaceRecognitionDotNet);
    }
}
