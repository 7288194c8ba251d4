using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>Baidu AI (real AipSdk.dll): face_field options decide between detection, demographics, race and emotion.</summary>
public sealed class BaiduTests
{
    [Fact]
    public async Task Detect_WithRaceAndAgeInFaceField_ReportsSensitiveTraitAndDemographic()
    {
        const string source = """
            using System.Collections.Generic;
            using Baidu.Aip.Face;

            class FaceApi
            {
                object Run(string apiKey, string secretKey, string b64)
                {
                    var face = new Face(apiKey, secretKey) { Timeout = 5000 };
                    return face.{|BT1002:{|BT1003:Detect|}|}(b64, "BASE64", new Dictionary<string, object>
                    {
                        { "face_field", "age,beauty,expression,faceshape,gender,glasses,landmark,race,quality,facetype" },
                        { "max_face_num", 10 },
                    });
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Baidu);
    }

    [Fact]
    public async Task Detect_WithEmotionThroughIndexerWrite_ReportsEmotion()
    {
        const string source = """
            using System.Collections.Generic;
            using Baidu.Aip.Face;

            class FaceApi
            {
                private const string Fields = "face_field";

                object Run(Face client, string image)
                {
                    var options = new Dictionary<string, object>();
                    options["max_face_num"] = 1;
                    options[Fields] = "emotion";
                    return client.{|BT1001:Detect|}(image, "URL", options);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Baidu);
    }

    [Fact]
    public async Task Detect_WithQualityAndLandmarkOnly_ReportsDetection()
    {
        const string source = """
            using System.Collections.Generic;
            using Baidu.Aip.Face;

            class FaceApi
            {
                object Run(Face client, string image)
                {
                    var options = new Dictionary<string, object>();
                    options.Add("face_field", "quality,landmark");
                    options.Add("liveness_control", "race");
                    return client.{|BT1006:Detect|}(image, "BASE64", options);
                }

                object NoOptions(Face client, string image) => client.{|BT1006:Detect|}(image, "BASE64", null);
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Baidu);
    }

    [Fact]
    public async Task SearchMatchAndGalleryManagement_Report()
    {
        const string source = """
            using System.Collections.Generic;
            using Baidu.Aip.Face;
            using Newtonsoft.Json.Linq;

            class FaceApi
            {
                void Run(Face face, string image)
                {
                    face.{|BT1004:Search|}(image, "BASE64", "watchlist", new Dictionary<string, object>());
                    face.{|BT1004:MultiSearch|}(image, "BASE64", "watchlist", null);
                    face.{|BT1005:Match|}(new JArray { new JObject { { "image", image }, { "image_type", "BASE64" }, { "liveness_control", "NORMAL" } } });
                    face.{|BT1005:UserAdd|}(image, "BASE64", "travellers", "p-1", null);
                    face.{|BT1005:GroupAdd|}("travellers", null);
                    face.{|BT1005:faceMingJingVerify|}("110101199003070000", "name", image, null);
                    face.{|BT1005:PersonVerify|}(image, "BASE64", "110101199003070000", "name", null);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Baidu);
    }

    [Fact]
    public async Task BodyAttributes_ReportDemographic_OcrDoesNot()
    {
        const string source = """
            using Baidu.Aip.BodyAnalysis;
            using Baidu.Aip.Ocr;

            class Pedestrians
            {
                void Run(byte[] image)
                {
                    var body = new Body("key", "secret");
                    body.{|BT1003:BodyAttr|}(image, null);
                    body.{|BT1006:BodyAnalysis|}(image, null);
                    body.Gesture(image, null);
                    var ocr = new Ocr("key", "secret");
                    ocr.GeneralBasic(image, null);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.Baidu);
    }
}
