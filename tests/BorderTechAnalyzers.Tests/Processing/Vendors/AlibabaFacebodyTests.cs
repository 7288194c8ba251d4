using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>Alibaba Cloud Facebody (stubbed): a class named just Client; X, XAsync and XAdvance forms.</summary>
public sealed class AlibabaFacebodyTests
{
    [Fact]
    public async Task ExpressionSearchAttributesAndEnrolment_Report()
    {
        const string source = """
            using System.IO;
            using System.Threading.Tasks;
            using AlibabaCloud.SDK.Facebody20191230.Models;
            using AlibabaCloud.TeaUtil.Models;
            using Facebody = AlibabaCloud.SDK.Facebody20191230;

            class Analysis
            {
                async Task Run(Stream photo, string url)
                {
                    var client = new Facebody.Client(new AlibabaCloud.RPCClient.Models.Config { AccessKeyId = "id", RegionId = "cn-shanghai" });
                    var runtime = new RuntimeOptions();
                    await client.{|BT1001:RecognizeExpressionAdvanceAsync|}(new RecognizeExpressionAdvanceRequest { ImageURLObject = photo }, runtime);
                    client.{|BT1003:RecognizeFace|}(new RecognizeFaceRequest { ImageURL = url, Age = true }, runtime);
                    await client.{|BT1004:SearchFaceAsync|}(new SearchFaceRequest { DbName = "watchlist", ImageUrl = url, Limit = 5 }, runtime);
                    client.{|BT1005:AddFaceEntity|}(new AddFaceEntityRequest { DbName = "travellers", EntityId = "p-1" }, runtime);
                    client.{|BT1005:CompareFace|}(new CompareFaceRequest { ImageURLA = url, ImageURLB = url }, runtime);
                    await client.{|BT1006:DetectFaceAsync|}(new DetectFaceRequest { ImageURL = url }, runtime);
                    client.DetectBodyCount(new DetectBodyCountRequest { ImageURL = url }, runtime);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.AlibabaFacebody);
    }

    [Fact]
    public async Task UsersOwnClassNamedClient_DoesNotTrigger()
    {
        const string source = """
            namespace MyApp.Api
            {
                public class Client { public int RecognizeExpression(string image) => 0; public int SearchFace(string image) => 0; }
                class Use { int Run(Client c) => c.RecognizeExpression("a") + c.SearchFace("b"); }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.AlibabaFacebody);
    }
}
