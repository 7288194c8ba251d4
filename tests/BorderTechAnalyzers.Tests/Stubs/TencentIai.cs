// Stub of TencentCloudSDK.Iai (namespaces TencentCloud.Common, TencentCloud.Iai.V20200303, TencentCloud.Iai.V20180301 and their Models): exact names, no behaviour.
// Source of the names: github.com/TencentCloud/tencentcloud-sdk-dotnet TencentCloud/Iai/V20200303/IaiClient.cs and Models/*.cs
// (asynchronous methods carry no Async suffix; synchronous twins end in Sync).
#nullable disable
using System.Threading.Tasks;

namespace TencentCloud.Common
{
    public class Credential { public string SecretId { get; set; } public string SecretKey { get; set; } }
    public abstract class AbstractModel { }
    public abstract class AbstractClient { protected AbstractClient(string endpoint, string version, Credential credential, string region) { } }
}

namespace TencentCloud.Iai.V20200303.Models
{
    using TencentCloud.Common;
    public class DetectFaceRequest : AbstractModel { public string Image { get; set; } public ulong? MaxFaceNum { get; set; } }
    public class DetectFaceResponse : AbstractModel { }
    public class DetectFaceAttributesRequest : AbstractModel { public string Image { get; set; } public string FaceAttributesType { get; set; } }
    public class DetectFaceAttributesResponse : AbstractModel { }
    public class SearchFacesRequest : AbstractModel { public string[] GroupIds { get; set; } public string Image { get; set; } }
    public class SearchFacesResponse : AbstractModel { }
    public class SearchPersonsRequest : AbstractModel { public string[] GroupIds { get; set; } public string Image { get; set; } }
    public class SearchPersonsResponse : AbstractModel { }
    public class CompareFaceRequest : AbstractModel { public string ImageA { get; set; } public string ImageB { get; set; } }
    public class CompareFaceResponse : AbstractModel { public float? Score { get; set; } }
    public class VerifyPersonRequest : AbstractModel { public string PersonId { get; set; } public string Image { get; set; } }
    public class VerifyPersonResponse : AbstractModel { }
    public class CreatePersonRequest : AbstractModel { public string GroupId { get; set; } public string PersonName { get; set; } public string PersonId { get; set; } public string Image { get; set; } }
    public class CreatePersonResponse : AbstractModel { }
    public class DetectLiveFaceRequest : AbstractModel { public string Image { get; set; } }
    public class DetectLiveFaceResponse : AbstractModel { }
    public class GetGroupListRequest : AbstractModel { }
    public class GetGroupListResponse : AbstractModel { }
}

namespace TencentCloud.Iai.V20200303
{
    using TencentCloud.Common;
    using TencentCloud.Iai.V20200303.Models;

    public class IaiClient : AbstractClient
    {
        public IaiClient(Credential credential, string region) : base("iai", "2020-03-03", credential, region) { }
        public Task<DetectFaceResponse> DetectFace(DetectFaceRequest req) => null;
        public DetectFaceResponse DetectFaceSync(DetectFaceRequest req) => null;
        public Task<DetectFaceAttributesResponse> DetectFaceAttributes(DetectFaceAttributesRequest req) => null;
        public DetectFaceAttributesResponse DetectFaceAttributesSync(DetectFaceAttributesRequest req) => null;
        public Task<SearchFacesResponse> SearchFaces(SearchFacesRequest req) => null;
        public SearchFacesResponse SearchFacesSync(SearchFacesRequest req) => null;
        public Task<SearchPersonsResponse> SearchPersons(SearchPersonsRequest req) => null;
        public Task<CompareFaceResponse> CompareFace(CompareFaceRequest req) => null;
        public CompareFaceResponse CompareFaceSync(CompareFaceRequest req) => null;
        public Task<VerifyPersonResponse> VerifyPerson(VerifyPersonRequest req) => null;
        public VerifyPersonResponse VerifyPersonSync(VerifyPersonRequest req) => null;
        public Task<CreatePersonResponse> CreatePerson(CreatePersonRequest req) => null;
        public Task<DetectLiveFaceResponse> DetectLiveFace(DetectLiveFaceRequest req) => null;
        public Task<GetGroupListResponse> GetGroupList(GetGroupListRequest req) => null;
    }
}

namespace TencentCloud.Iai.V20180301.Models
{
    using TencentCloud.Common;
    public class SearchFacesRequest : AbstractModel { public string[] GroupIds { get; set; } public string Image { get; set; } }
    public class SearchFacesResponse : AbstractModel { }
    public class DetectFaceRequest : AbstractModel { public string Image { get; set; } public long? NeedFaceAttributes { get; set; } }
    public class DetectFaceResponse : AbstractModel { }
}

namespace TencentCloud.Iai.V20180301
{
    using TencentCloud.Common;
    using TencentCloud.Iai.V20180301.Models;

    public class IaiClient : AbstractClient
    {
        public IaiClient(Credential credential, string region) : base("iai", "2018-03-01", credential, region) { }
        public Task<SearchFacesResponse> SearchFaces(SearchFacesRequest req) => null;
        public SearchFacesResponse SearchFacesSync(SearchFacesRequest req) => null;
        public Task<DetectFaceResponse> DetectFace(DetectFaceRequest req) => null;
    }
}
