// Stub of AWSSDK.Rekognition (namespaces Amazon.Rekognition, Amazon.Rekognition.Model): exact names, no behaviour.
// Source of the names: github.com/aws/aws-sdk-net sdk/src/Services/Rekognition/Generated/_bcl45/IAmazonRekognition.cs and Generated/Model/*.cs.
#nullable disable
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Amazon.Rekognition.Model;

namespace Amazon.Runtime
{
    public class AmazonWebServiceRequest { }
    public class AmazonWebServiceResponse { }
    public abstract class AmazonServiceClient : System.IDisposable { public void Dispose() { } }
    public class ConstantClass
    {
        protected ConstantClass(string value) { Value = value; }
        public string Value { get; }
        public static implicit operator string(ConstantClass value) => value?.Value;
    }
}

namespace Amazon.Rekognition
{
    public sealed class Attribute : Amazon.Runtime.ConstantClass
    {
        public static readonly Attribute ALL = new Attribute("ALL");
        public static readonly Attribute DEFAULT = new Attribute("DEFAULT");
        public static readonly Attribute EMOTIONS = new Attribute("EMOTIONS");
        public static readonly Attribute AGE_RANGE = new Attribute("AGE_RANGE");
        public Attribute(string value) : base(value) { }
        public static implicit operator Attribute(string value) => new Attribute(value);
    }

    public sealed class FaceAttributes : Amazon.Runtime.ConstantClass
    {
        public static readonly FaceAttributes ALL = new FaceAttributes("ALL");
        public static readonly FaceAttributes DEFAULT = new FaceAttributes("DEFAULT");
        public FaceAttributes(string value) : base(value) { }
        public static implicit operator FaceAttributes(string value) => new FaceAttributes(value);
    }

    public sealed class EmotionName : Amazon.Runtime.ConstantClass
    {
        public static readonly EmotionName HAPPY = new EmotionName("HAPPY");
        public static readonly EmotionName CALM = new EmotionName("CALM");
        public EmotionName(string value) : base(value) { }
    }

    public interface IAmazonRekognition : System.IDisposable
    {
        CompareFacesResponse CompareFaces(CompareFacesRequest request);
        Task<CompareFacesResponse> CompareFacesAsync(CompareFacesRequest request, CancellationToken cancellationToken = default);
        DetectFacesResponse DetectFaces(DetectFacesRequest request);
        Task<DetectFacesResponse> DetectFacesAsync(DetectFacesRequest request, CancellationToken cancellationToken = default);
        DetectLabelsResponse DetectLabels(DetectLabelsRequest request);
        Task<DetectLabelsResponse> DetectLabelsAsync(DetectLabelsRequest request, CancellationToken cancellationToken = default);
        IndexFacesResponse IndexFaces(IndexFacesRequest request);
        Task<IndexFacesResponse> IndexFacesAsync(IndexFacesRequest request, CancellationToken cancellationToken = default);
        SearchFacesResponse SearchFaces(SearchFacesRequest request);
        Task<SearchFacesResponse> SearchFacesAsync(SearchFacesRequest request, CancellationToken cancellationToken = default);
        SearchFacesByImageResponse SearchFacesByImage(SearchFacesByImageRequest request);
        Task<SearchFacesByImageResponse> SearchFacesByImageAsync(SearchFacesByImageRequest request, CancellationToken cancellationToken = default);
        SearchUsersResponse SearchUsers(SearchUsersRequest request);
        Task<SearchUsersResponse> SearchUsersAsync(SearchUsersRequest request, CancellationToken cancellationToken = default);
        SearchUsersByImageResponse SearchUsersByImage(SearchUsersByImageRequest request);
        Task<SearchUsersByImageResponse> SearchUsersByImageAsync(SearchUsersByImageRequest request, CancellationToken cancellationToken = default);
        RecognizeCelebritiesResponse RecognizeCelebrities(RecognizeCelebritiesRequest request);
        Task<RecognizeCelebritiesResponse> RecognizeCelebritiesAsync(RecognizeCelebritiesRequest request, CancellationToken cancellationToken = default);
        Task<StartFaceSearchResponse> StartFaceSearchAsync(StartFaceSearchRequest request, CancellationToken cancellationToken = default);
        Task<StartFaceDetectionResponse> StartFaceDetectionAsync(StartFaceDetectionRequest request, CancellationToken cancellationToken = default);
        Task<CreateCollectionResponse> CreateCollectionAsync(CreateCollectionRequest request, CancellationToken cancellationToken = default);
        Task<DeleteFacesResponse> DeleteFacesAsync(DeleteFacesRequest request, CancellationToken cancellationToken = default);
        Task<CreateFaceLivenessSessionResponse> CreateFaceLivenessSessionAsync(CreateFaceLivenessSessionRequest request, CancellationToken cancellationToken = default);
        StartFaceSearchResponse StartFaceSearch(StartFaceSearchRequest request);
        StartFaceDetectionResponse StartFaceDetection(StartFaceDetectionRequest request);
        CreateCollectionResponse CreateCollection(CreateCollectionRequest request);
        DeleteFacesResponse DeleteFaces(DeleteFacesRequest request);
        CreateFaceLivenessSessionResponse CreateFaceLivenessSession(CreateFaceLivenessSessionRequest request);
        GetFaceSearchResponse GetFaceSearch(GetFaceSearchRequest request);
        Task<GetFaceSearchResponse> GetFaceSearchAsync(GetFaceSearchRequest request, CancellationToken cancellationToken = default);
        StartCelebrityRecognitionResponse StartCelebrityRecognition(StartCelebrityRecognitionRequest request);
        Task<StartCelebrityRecognitionResponse> StartCelebrityRecognitionAsync(StartCelebrityRecognitionRequest request, CancellationToken cancellationToken = default);
        GetCelebrityRecognitionResponse GetCelebrityRecognition(GetCelebrityRecognitionRequest request);
        Task<GetCelebrityRecognitionResponse> GetCelebrityRecognitionAsync(GetCelebrityRecognitionRequest request, CancellationToken cancellationToken = default);
        CreateStreamProcessorResponse CreateStreamProcessor(CreateStreamProcessorRequest request);
        Task<CreateStreamProcessorResponse> CreateStreamProcessorAsync(CreateStreamProcessorRequest request, CancellationToken cancellationToken = default);
        GetFaceDetectionResponse GetFaceDetection(GetFaceDetectionRequest request);
        Task<GetFaceDetectionResponse> GetFaceDetectionAsync(GetFaceDetectionRequest request, CancellationToken cancellationToken = default);
        DeleteCollectionResponse DeleteCollection(DeleteCollectionRequest request);
        Task<DeleteCollectionResponse> DeleteCollectionAsync(DeleteCollectionRequest request, CancellationToken cancellationToken = default);
        ListFacesResponse ListFaces(ListFacesRequest request);
        Task<ListFacesResponse> ListFacesAsync(ListFacesRequest request, CancellationToken cancellationToken = default);
        CreateUserResponse CreateUser(CreateUserRequest request);
        Task<CreateUserResponse> CreateUserAsync(CreateUserRequest request, CancellationToken cancellationToken = default);
        DeleteUserResponse DeleteUser(DeleteUserRequest request);
        Task<DeleteUserResponse> DeleteUserAsync(DeleteUserRequest request, CancellationToken cancellationToken = default);
        AssociateFacesResponse AssociateFaces(AssociateFacesRequest request);
        Task<AssociateFacesResponse> AssociateFacesAsync(AssociateFacesRequest request, CancellationToken cancellationToken = default);
        GetFaceLivenessSessionResultsResponse GetFaceLivenessSessionResults(GetFaceLivenessSessionResultsRequest request);
        Task<GetFaceLivenessSessionResultsResponse> GetFaceLivenessSessionResultsAsync(GetFaceLivenessSessionResultsRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonRekognitionClient : Amazon.Runtime.AmazonServiceClient, IAmazonRekognition
    {
        public AmazonRekognitionClient() { }
        public virtual CompareFacesResponse CompareFaces(CompareFacesRequest request) => null;
        public virtual Task<CompareFacesResponse> CompareFacesAsync(CompareFacesRequest request, CancellationToken cancellationToken = default) => null;
        public virtual DetectFacesResponse DetectFaces(DetectFacesRequest request) => null;
        public virtual Task<DetectFacesResponse> DetectFacesAsync(DetectFacesRequest request, CancellationToken cancellationToken = default) => null;
        public virtual DetectLabelsResponse DetectLabels(DetectLabelsRequest request) => null;
        public virtual Task<DetectLabelsResponse> DetectLabelsAsync(DetectLabelsRequest request, CancellationToken cancellationToken = default) => null;
        public virtual IndexFacesResponse IndexFaces(IndexFacesRequest request) => null;
        public virtual Task<IndexFacesResponse> IndexFacesAsync(IndexFacesRequest request, CancellationToken cancellationToken = default) => null;
        public virtual SearchFacesResponse SearchFaces(SearchFacesRequest request) => null;
        public virtual Task<SearchFacesResponse> SearchFacesAsync(SearchFacesRequest request, CancellationToken cancellationToken = default) => null;
        public virtual SearchFacesByImageResponse SearchFacesByImage(SearchFacesByImageRequest request) => null;
        public virtual Task<SearchFacesByImageResponse> SearchFacesByImageAsync(SearchFacesByImageRequest request, CancellationToken cancellationToken = default) => null;
        public virtual SearchUsersResponse SearchUsers(SearchUsersRequest request) => null;
        public virtual Task<SearchUsersResponse> SearchUsersAsync(SearchUsersRequest request, CancellationToken cancellationToken = default) => null;
        public virtual SearchUsersByImageResponse SearchUsersByImage(SearchUsersByImageRequest request) => null;
        public virtual Task<SearchUsersByImageResponse> SearchUsersByImageAsync(SearchUsersByImageRequest request, CancellationToken cancellationToken = default) => null;
        public virtual RecognizeCelebritiesResponse RecognizeCelebrities(RecognizeCelebritiesRequest request) => null;
        public virtual Task<RecognizeCelebritiesResponse> RecognizeCelebritiesAsync(RecognizeCelebritiesRequest request, CancellationToken cancellationToken = default) => null;
        public virtual Task<StartFaceSearchResponse> StartFaceSearchAsync(StartFaceSearchRequest request, CancellationToken cancellationToken = default) => null;
        public virtual Task<StartFaceDetectionResponse> StartFaceDetectionAsync(StartFaceDetectionRequest request, CancellationToken cancellationToken = default) => null;
        public virtual Task<CreateCollectionResponse> CreateCollectionAsync(CreateCollectionRequest request, CancellationToken cancellationToken = default) => null;
        public virtual Task<DeleteFacesResponse> DeleteFacesAsync(DeleteFacesRequest request, CancellationToken cancellationToken = default) => null;
        public virtual Task<CreateFaceLivenessSessionResponse> CreateFaceLivenessSessionAsync(CreateFaceLivenessSessionRequest request, CancellationToken cancellationToken = default) => null;
        public virtual StartFaceSearchResponse StartFaceSearch(StartFaceSearchRequest request) => null;
        public virtual StartFaceDetectionResponse StartFaceDetection(StartFaceDetectionRequest request) => null;
        public virtual CreateCollectionResponse CreateCollection(CreateCollectionRequest request) => null;
        public virtual DeleteFacesResponse DeleteFaces(DeleteFacesRequest request) => null;
        public virtual CreateFaceLivenessSessionResponse CreateFaceLivenessSession(CreateFaceLivenessSessionRequest request) => null;
        public virtual GetFaceSearchResponse GetFaceSearch(GetFaceSearchRequest request) => null;
        public virtual Task<GetFaceSearchResponse> GetFaceSearchAsync(GetFaceSearchRequest request, CancellationToken cancellationToken = default) => null;
        public virtual StartCelebrityRecognitionResponse StartCelebrityRecognition(StartCelebrityRecognitionRequest request) => null;
        public virtual Task<StartCelebrityRecognitionResponse> StartCelebrityRecognitionAsync(StartCelebrityRecognitionRequest request, CancellationToken cancellationToken = default) => null;
        public virtual GetCelebrityRecognitionResponse GetCelebrityRecognition(GetCelebrityRecognitionRequest request) => null;
        public virtual Task<GetCelebrityRecognitionResponse> GetCelebrityRecognitionAsync(GetCelebrityRecognitionRequest request, CancellationToken cancellationToken = default) => null;
        public virtual CreateStreamProcessorResponse CreateStreamProcessor(CreateStreamProcessorRequest request) => null;
        public virtual Task<CreateStreamProcessorResponse> CreateStreamProcessorAsync(CreateStreamProcessorRequest request, CancellationToken cancellationToken = default) => null;
        public virtual GetFaceDetectionResponse GetFaceDetection(GetFaceDetectionRequest request) => null;
        public virtual Task<GetFaceDetectionResponse> GetFaceDetectionAsync(GetFaceDetectionRequest request, CancellationToken cancellationToken = default) => null;
        public virtual DeleteCollectionResponse DeleteCollection(DeleteCollectionRequest request) => null;
        public virtual Task<DeleteCollectionResponse> DeleteCollectionAsync(DeleteCollectionRequest request, CancellationToken cancellationToken = default) => null;
        public virtual ListFacesResponse ListFaces(ListFacesRequest request) => null;
        public virtual Task<ListFacesResponse> ListFacesAsync(ListFacesRequest request, CancellationToken cancellationToken = default) => null;
        public virtual CreateUserResponse CreateUser(CreateUserRequest request) => null;
        public virtual Task<CreateUserResponse> CreateUserAsync(CreateUserRequest request, CancellationToken cancellationToken = default) => null;
        public virtual DeleteUserResponse DeleteUser(DeleteUserRequest request) => null;
        public virtual Task<DeleteUserResponse> DeleteUserAsync(DeleteUserRequest request, CancellationToken cancellationToken = default) => null;
        public virtual AssociateFacesResponse AssociateFaces(AssociateFacesRequest request) => null;
        public virtual Task<AssociateFacesResponse> AssociateFacesAsync(AssociateFacesRequest request, CancellationToken cancellationToken = default) => null;
        public virtual GetFaceLivenessSessionResultsResponse GetFaceLivenessSessionResults(GetFaceLivenessSessionResultsRequest request) => null;
        public virtual Task<GetFaceLivenessSessionResultsResponse> GetFaceLivenessSessionResultsAsync(GetFaceLivenessSessionResultsRequest request, CancellationToken cancellationToken = default) => null;
    }
}

namespace Amazon.Rekognition.Model
{
    public class Image { public MemoryStream Bytes { get; set; } public S3Object S3Object { get; set; } }
    public class S3Object { public string Bucket { get; set; } public string Name { get; set; } }
    public class Video { public S3Object S3Object { get; set; } }
    public class BoundingBox { public float Left { get; set; } public float Top { get; set; } }
    public class Emotion { public Amazon.Rekognition.EmotionName Type { get; set; } public float Confidence { get; set; } }
    public class AgeRange { public int Low { get; set; } public int High { get; set; } }
    public class Gender { public string Value { get; set; } public float Confidence { get; set; } }
    public class Smile { public bool Value { get; set; } }
    public class Beard { public bool Value { get; set; } }
    public class FaceDetail
    {
        public List<Emotion> Emotions { get; set; }
        public AgeRange AgeRange { get; set; }
        public Gender Gender { get; set; }
        public Smile Smile { get; set; }
        public Beard Beard { get; set; }
        public Mustache Mustache { get; set; }
        public BoundingBox BoundingBox { get; set; }
        public float Confidence { get; set; }
    }
    public class Face { public string FaceId { get; set; } public string ExternalImageId { get; set; } }
    public class FaceMatch { public float Similarity { get; set; } public Face Face { get; set; } }
    public class CompareFacesRequest : Amazon.Runtime.AmazonWebServiceRequest { public Image SourceImage { get; set; } public Image TargetImage { get; set; } public float SimilarityThreshold { get; set; } }
    public class CompareFacesResponse : Amazon.Runtime.AmazonWebServiceResponse { public List<FaceMatch> FaceMatches { get; set; } }
    public class DetectFacesRequest : Amazon.Runtime.AmazonWebServiceRequest { public Image Image { get; set; } public List<string> Attributes { get; set; } = new List<string>(); }
    public class DetectFacesResponse : Amazon.Runtime.AmazonWebServiceResponse { public List<FaceDetail> FaceDetails { get; set; } }
    public class DetectLabelsRequest : Amazon.Runtime.AmazonWebServiceRequest { public Image Image { get; set; } public int MaxLabels { get; set; } }
    public class DetectLabelsResponse : Amazon.Runtime.AmazonWebServiceResponse { }
    public class IndexFacesRequest : Amazon.Runtime.AmazonWebServiceRequest { public Image Image { get; set; } public string CollectionId { get; set; } public string ExternalImageId { get; set; } public List<string> DetectionAttributes { get; set; } = new List<string>(); }
    public class IndexFacesResponse : Amazon.Runtime.AmazonWebServiceResponse { }
    public class SearchFacesRequest : Amazon.Runtime.AmazonWebServiceRequest { public string CollectionId { get; set; } public string FaceId { get; set; } public float FaceMatchThreshold { get; set; } public int MaxFaces { get; set; } }
    public class SearchFacesResponse : Amazon.Runtime.AmazonWebServiceResponse { public List<FaceMatch> FaceMatches { get; set; } }
    public class SearchFacesByImageRequest : Amazon.Runtime.AmazonWebServiceRequest { public string CollectionId { get; set; } public Image Image { get; set; } public float FaceMatchThreshold { get; set; } public int MaxFaces { get; set; } }
    public class SearchFacesByImageResponse : Amazon.Runtime.AmazonWebServiceResponse { public List<FaceMatch> FaceMatches { get; set; } }
    public class SearchUsersRequest : Amazon.Runtime.AmazonWebServiceRequest { public string CollectionId { get; set; } public string UserId { get; set; } }
    public class SearchUsersResponse : Amazon.Runtime.AmazonWebServiceResponse { }
    public class SearchUsersByImageRequest : Amazon.Runtime.AmazonWebServiceRequest { public string CollectionId { get; set; } public Image Image { get; set; } }
    public class SearchUsersByImageResponse : Amazon.Runtime.AmazonWebServiceResponse { }
    public class RecognizeCelebritiesRequest : Amazon.Runtime.AmazonWebServiceRequest { public Image Image { get; set; } }
    public class RecognizeCelebritiesResponse : Amazon.Runtime.AmazonWebServiceResponse { }
    public class StartFaceSearchRequest : Amazon.Runtime.AmazonWebServiceRequest { public string CollectionId { get; set; } public Video Video { get; set; } }
    public class StartFaceSearchResponse : Amazon.Runtime.AmazonWebServiceResponse { public string JobId { get; set; } }
    public class StartFaceDetectionRequest : Amazon.Runtime.AmazonWebServiceRequest { public Video Video { get; set; } public Amazon.Rekognition.FaceAttributes FaceAttributes { get; set; } }
    public class StartFaceDetectionResponse : Amazon.Runtime.AmazonWebServiceResponse { }
    public class CreateCollectionRequest : Amazon.Runtime.AmazonWebServiceRequest { public string CollectionId { get; set; } }
    public class CreateCollectionResponse : Amazon.Runtime.AmazonWebServiceResponse { }
    public class DeleteFacesRequest : Amazon.Runtime.AmazonWebServiceRequest { public string CollectionId { get; set; } public List<string> FaceIds { get; set; } }
    public class DeleteFacesResponse : Amazon.Runtime.AmazonWebServiceResponse { }
    public class CreateFaceLivenessSessionRequest : Amazon.Runtime.AmazonWebServiceRequest { }
    public class CreateFaceLivenessSessionResponse : Amazon.Runtime.AmazonWebServiceResponse { }
    public class GetFaceSearchRequest : Amazon.Runtime.AmazonWebServiceRequest { public string JobId { get; set; } }
    public class GetFaceSearchResponse : Amazon.Runtime.AmazonWebServiceResponse { public List<PersonMatch> Persons { get; set; } }
    public class StartCelebrityRecognitionRequest : Amazon.Runtime.AmazonWebServiceRequest { public Video Video { get; set; } }
    public class StartCelebrityRecognitionResponse : Amazon.Runtime.AmazonWebServiceResponse { public string JobId { get; set; } }
    public class GetCelebrityRecognitionRequest : Amazon.Runtime.AmazonWebServiceRequest { public string JobId { get; set; } }
    public class GetCelebrityRecognitionResponse : Amazon.Runtime.AmazonWebServiceResponse {  }
    public class CreateStreamProcessorRequest : Amazon.Runtime.AmazonWebServiceRequest { public string Name { get; set; } public StreamProcessorSettings Settings { get; set; } }
    public class CreateStreamProcessorResponse : Amazon.Runtime.AmazonWebServiceResponse {  }
    public class GetFaceDetectionRequest : Amazon.Runtime.AmazonWebServiceRequest { public string JobId { get; set; } }
    public class GetFaceDetectionResponse : Amazon.Runtime.AmazonWebServiceResponse { public List<FaceDetection> Faces { get; set; } }
    public class DeleteCollectionRequest : Amazon.Runtime.AmazonWebServiceRequest { public string CollectionId { get; set; } }
    public class DeleteCollectionResponse : Amazon.Runtime.AmazonWebServiceResponse {  }
    public class ListFacesRequest : Amazon.Runtime.AmazonWebServiceRequest { public string CollectionId { get; set; } }
    public class ListFacesResponse : Amazon.Runtime.AmazonWebServiceResponse { public List<Face> Faces { get; set; } }
    public class CreateUserRequest : Amazon.Runtime.AmazonWebServiceRequest { public string CollectionId { get; set; } public string UserId { get; set; } }
    public class CreateUserResponse : Amazon.Runtime.AmazonWebServiceResponse {  }
    public class DeleteUserRequest : Amazon.Runtime.AmazonWebServiceRequest { public string CollectionId { get; set; } public string UserId { get; set; } }
    public class DeleteUserResponse : Amazon.Runtime.AmazonWebServiceResponse {  }
    public class AssociateFacesRequest : Amazon.Runtime.AmazonWebServiceRequest { public string CollectionId { get; set; } public string UserId { get; set; } public List<string> FaceIds { get; set; } }
    public class AssociateFacesResponse : Amazon.Runtime.AmazonWebServiceResponse {  }
    public class GetFaceLivenessSessionResultsRequest : Amazon.Runtime.AmazonWebServiceRequest { public string SessionId { get; set; } }
    public class GetFaceLivenessSessionResultsResponse : Amazon.Runtime.AmazonWebServiceResponse { public float Confidence { get; set; } }
    public class PersonMatch { public List<FaceMatch> FaceMatches { get; set; } }
    public class FaceDetection { public FaceDetail Face { get; set; } public long Timestamp { get; set; } }
    public class Mustache { public bool Value { get; set; } }
    public class StreamProcessorSettings { public FaceSearchSettings FaceSearch { get; set; } }
    public class FaceSearchSettings { public string CollectionId { get; set; } public float FaceMatchThreshold { get; set; } }
}
