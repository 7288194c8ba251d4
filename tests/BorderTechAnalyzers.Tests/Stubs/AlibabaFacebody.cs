// Stub of the Alibaba Cloud Facebody SDK (namespaces AlibabaCloud.SDK.Facebody20191230, ...Models, AlibabaCloud.RPCClient, AlibabaCloud.TeaUtil): exact names, no behaviour.
// Source of the names: github.com/aliyun/alibabacloud-sdk facebody-20191230/csharp/core/Client.cs and Models/*.cs.
#nullable disable
using System.IO;
using System.Threading.Tasks;

namespace AlibabaCloud.RPCClient.Models { public class Config { public string AccessKeyId { get; set; } public string AccessKeySecret { get; set; } public string RegionId { get; set; } public string Endpoint { get; set; } } }
namespace AlibabaCloud.RPCClient { public class Client { public Client(AlibabaCloud.RPCClient.Models.Config config) { } } }
namespace AlibabaCloud.TeaUtil.Models { public class RuntimeOptions { } }

namespace AlibabaCloud.SDK.Facebody20191230.Models
{
    public class DetectFaceRequest { public string ImageURL { get; set; } }
    public class DetectFaceResponse { }
    public class RecognizeFaceRequest { public string ImageURL { get; set; } public bool? Age { get; set; } public bool? Gender { get; set; } }
    public class RecognizeFaceResponse { }
    public class RecognizeExpressionRequest { public string ImageURL { get; set; } }
    public class RecognizeExpressionAdvanceRequest { public Stream ImageURLObject { get; set; } }
    public class RecognizeExpressionResponse { }
    public class SearchFaceRequest { public string DbName { get; set; } public string ImageUrl { get; set; } public int? Limit { get; set; } }
    public class SearchFaceResponse { }
    public class CompareFaceRequest { public string ImageURLA { get; set; } public string ImageURLB { get; set; } }
    public class CompareFaceResponse { }
    public class AddFaceEntityRequest { public string DbName { get; set; } public string EntityId { get; set; } }
    public class AddFaceEntityResponse { }
    public class DetectBodyCountRequest { public string ImageURL { get; set; } }
    public class DetectBodyCountResponse { }
}

namespace AlibabaCloud.SDK.Facebody20191230
{
    using AlibabaCloud.SDK.Facebody20191230.Models;
    using AlibabaCloud.TeaUtil.Models;

    public class Client : AlibabaCloud.RPCClient.Client
    {
        public Client(AlibabaCloud.RPCClient.Models.Config config) : base(config) { }
        public DetectFaceResponse DetectFace(DetectFaceRequest request, RuntimeOptions runtime) => null;
        public Task<DetectFaceResponse> DetectFaceAsync(DetectFaceRequest request, RuntimeOptions runtime) => null;
        public RecognizeFaceResponse RecognizeFace(RecognizeFaceRequest request, RuntimeOptions runtime) => null;
        public RecognizeExpressionResponse RecognizeExpression(RecognizeExpressionRequest request, RuntimeOptions runtime) => null;
        public Task<RecognizeExpressionResponse> RecognizeExpressionAdvanceAsync(RecognizeExpressionAdvanceRequest request, RuntimeOptions runtime) => null;
        public SearchFaceResponse SearchFace(SearchFaceRequest request, RuntimeOptions runtime) => null;
        public Task<SearchFaceResponse> SearchFaceAsync(SearchFaceRequest request, RuntimeOptions runtime) => null;
        public CompareFaceResponse CompareFace(CompareFaceRequest request, RuntimeOptions runtime) => null;
        public AddFaceEntityResponse AddFaceEntity(AddFaceEntityRequest request, RuntimeOptions runtime) => null;
        public DetectBodyCountResponse DetectBodyCount(DetectBodyCountRequest request, RuntimeOptions runtime) => null;
    }
}
