using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>Tencent Cloud IAI (stubbed): asynchronous methods without an Async suffix, synchronous twins ending in Sync, two API versions.</summary>
public sealed class TencentIaiTests
{
    [Fact]
    public async Task SearchCompareAndEnrol_InBothVersionsAndBothForms_Report()
    {
        const string source = """
            using System.Threading.Tasks;
            using TencentCloud.Common;
            using V3 = TencentCloud.Iai.V20200303;
            using V1 = TencentCloud.Iai.V20180301;

            class Gate
            {
                async Task Run(Credential credential, string image)
                {
                    var client = new V3.IaiClient(credential, "ap-guangzhou");
                    var found = await client.{|BT1004:SearchFaces|}(new V3.Models.SearchFacesRequest { GroupIds = new[] { "watchlist" }, Image = image });
                    var same = client.{|BT1005:CompareFaceSync|}(new V3.Models.CompareFaceRequest { ImageA = image, ImageB = image });
                    await client.{|BT1005:CreatePerson|}(new V3.Models.CreatePersonRequest { GroupId = "travellers", PersonId = "p-1", Image = image });
                    var legacy = new V1.IaiClient(credential, "ap-guangzhou");
                    legacy.{|BT1004:SearchFacesSync|}(new V1.Models.SearchFacesRequest { Image = image });
                    await client.GetGroupList(new V3.Models.GetGroupListRequest());
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.TencentIai);
    }

    [Fact]
    public async Task DetectFaceAttributes_ReportsDemographic_AndEmotionWhenRequested_DetectFaceAndLivenessAreDetection()
    {
        const string source = """
            using System.Threading.Tasks;
            using TencentCloud.Iai.V20200303;
            using TencentCloud.Iai.V20200303.Models;

            class Screening
            {
                async Task Run(IaiClient client, string image)
                {
                    await client.{|BT1003:DetectFaceAttributes|}(new DetectFaceAttributesRequest { Image = image, FaceAttributesType = "Age,Beauty" });
                    client.{|BT1001:{|BT1003:DetectFaceAttributesSync|}|}(new DetectFaceAttributesRequest { Image = image, FaceAttributesType = "Age,Emotion" });
                    await client.{|BT1006:DetectFace|}(new DetectFaceRequest { Image = image });
                    await client.{|BT1006:DetectLiveFace|}(new DetectLiveFaceRequest { Image = image });
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.TencentIai);
    }
}
