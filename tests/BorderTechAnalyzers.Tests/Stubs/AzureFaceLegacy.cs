// Stub of Microsoft.Azure.CognitiveServices.Vision.Face (namespaces ...Vision.Face, ...Vision.Face.Models): exact names, no behaviour.
// Source of the names: github.com/Azure/azure-sdk-for-net sdk/cognitiveservices/Vision.Face/src/Generated/*.cs and
// src/Customizations/EmotionExtensions.cs.
#nullable disable
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Azure.CognitiveServices.Vision.Face.Models;

namespace Microsoft.Rest
{
    public class HttpOperationResponse<T> { public T Body { get; set; } }
}

namespace Microsoft.Azure.CognitiveServices.Vision.Face.Models
{
    public enum FaceAttributeType { Age, Gender, HeadPose, Smile, FacialHair, Glasses, Emotion, Hair, Makeup, Occlusion, Accessories, Blur, Exposure, Noise, Mask, QualityForRecognition }
    public enum Gender { Male, Female, Genderless }
    public class Emotion { public double Anger { get; set; } public double Happiness { get; set; } public double Neutral { get; set; } }
    public class FacialHair { public double Beard { get; set; } }
    public class Makeup { public bool EyeMakeup { get; set; } }
    public class Hair { public double Bald { get; set; } }
    public class HeadPose { public double Yaw { get; set; } }
    public class FaceAttributes
    {
        public double? Age { get; set; }
        public Gender? Gender { get; set; }
        public double? Smile { get; set; }
        public FacialHair FacialHair { get; set; }
        public Emotion Emotion { get; set; }
        public Hair Hair { get; set; }
        public Makeup Makeup { get; set; }
        public HeadPose HeadPose { get; set; }
    }
    public class DetectedFace { public Guid? FaceId { get; set; } public FaceAttributes FaceAttributes { get; set; } }
    public class IdentifyResult { public Guid FaceId { get; set; } }
    public class VerifyResult { public bool IsIdentical { get; set; } public double Confidence { get; set; } }
    public class SimilarFace { public double Confidence { get; set; } }
    public class GroupResult { }
    public class Person { public Guid PersonId { get; set; } }
    public class PersistedFace { public Guid PersistedFaceId { get; set; } }
    public class TrainingStatus { }
}

namespace Microsoft.Azure.CognitiveServices.Vision.Face
{
    public interface IFaceOperations
    {
        Task<Microsoft.Rest.HttpOperationResponse<IList<DetectedFace>>> DetectWithUrlWithHttpMessagesAsync(string url, bool? returnFaceId = true, bool? returnFaceLandmarks = false, IList<FaceAttributeType> returnFaceAttributes = null, string recognitionModel = default, bool? returnRecognitionModel = false, string detectionModel = default, int? faceIdTimeToLive = 86400, Dictionary<string, List<string>> customHeaders = null, CancellationToken cancellationToken = default);
        Task<Microsoft.Rest.HttpOperationResponse<IList<DetectedFace>>> DetectWithStreamWithHttpMessagesAsync(Stream image, bool? returnFaceId = true, bool? returnFaceLandmarks = false, IList<FaceAttributeType> returnFaceAttributes = null, string recognitionModel = default, bool? returnRecognitionModel = false, string detectionModel = default, int? faceIdTimeToLive = 86400, Dictionary<string, List<string>> customHeaders = null, CancellationToken cancellationToken = default);
        Task<Microsoft.Rest.HttpOperationResponse<IList<IdentifyResult>>> IdentifyWithHttpMessagesAsync(IList<Guid> faceIds, string personGroupId = default, string largePersonGroupId = default, int? maxNumOfCandidatesReturned = 1, double? confidenceThreshold = default, Dictionary<string, List<string>> customHeaders = null, CancellationToken cancellationToken = default);
        Task<Microsoft.Rest.HttpOperationResponse<VerifyResult>> VerifyFaceToFaceWithHttpMessagesAsync(Guid faceId1, Guid faceId2, Dictionary<string, List<string>> customHeaders = null, CancellationToken cancellationToken = default);
    }

    public interface IPersonGroupPerson { }
    public interface IPersonGroupOperations { }
    public interface ILargePersonGroupOperations { }

    public interface IFaceClient
    {
        IFaceOperations Face { get; }
        IPersonGroupPerson PersonGroupPerson { get; }
        IPersonGroupOperations PersonGroup { get; }
        ILargePersonGroupOperations LargePersonGroup { get; }
    }

    public class ApiKeyServiceClientCredentials { public ApiKeyServiceClientCredentials(string subscriptionKey) { } }

    public class FaceClient : IFaceClient, IDisposable
    {
        public FaceClient(ApiKeyServiceClientCredentials credentials, params System.Net.Http.DelegatingHandler[] handlers) { }
        public string Endpoint { get; set; }
        public virtual IFaceOperations Face => null;
        public virtual IPersonGroupPerson PersonGroupPerson => null;
        public virtual IPersonGroupOperations PersonGroup => null;
        public virtual ILargePersonGroupOperations LargePersonGroup => null;
        public void Dispose() { }
    }

    public static partial class FaceOperationsExtensions
    {
        public static Task<IList<DetectedFace>> DetectWithUrlAsync(this IFaceOperations operations, string url, bool? returnFaceId = true, bool? returnFaceLandmarks = false, IList<FaceAttributeType> returnFaceAttributes = default, string recognitionModel = default, bool? returnRecognitionModel = false, string detectionModel = default, int? faceIdTimeToLive = 86400, CancellationToken cancellationToken = default) => null;
        public static Task<IList<DetectedFace>> DetectWithStreamAsync(this IFaceOperations operations, Stream image, bool? returnFaceId = true, bool? returnFaceLandmarks = false, IList<FaceAttributeType> returnFaceAttributes = default, string recognitionModel = default, bool? returnRecognitionModel = false, string detectionModel = default, int? faceIdTimeToLive = 86400, CancellationToken cancellationToken = default) => null;
        public static Task<IList<IdentifyResult>> IdentifyAsync(this IFaceOperations operations, IList<Guid> faceIds, string personGroupId = default, string largePersonGroupId = default, int? maxNumOfCandidatesReturned = 1, double? confidenceThreshold = default, CancellationToken cancellationToken = default) => null;
        public static Task<IList<SimilarFace>> FindSimilarAsync(this IFaceOperations operations, Guid faceId, string faceListId = default, string largeFaceListId = default, IList<Guid> faceIds = default, int? maxNumOfCandidatesReturned = 20, CancellationToken cancellationToken = default) => null;
        public static Task<GroupResult> GroupAsync(this IFaceOperations operations, IList<Guid> faceIds, CancellationToken cancellationToken = default) => null;
        public static Task<VerifyResult> VerifyFaceToFaceAsync(this IFaceOperations operations, Guid faceId1, Guid faceId2, CancellationToken cancellationToken = default) => null;
        public static Task<VerifyResult> VerifyFaceToPersonAsync(this IFaceOperations operations, Guid faceId, Guid personId, string personGroupId = default, string largePersonGroupId = default, CancellationToken cancellationToken = default) => null;
    }

    public static partial class PersonGroupPersonExtensions
    {
        public static Task<Person> CreateAsync(this IPersonGroupPerson operations, string personGroupId, string name = default, string userData = default, CancellationToken cancellationToken = default) => null;
        public static Task<PersistedFace> AddFaceFromStreamAsync(this IPersonGroupPerson operations, string personGroupId, Guid personId, Stream image, string userData = default, IList<int> targetFace = default, string detectionModel = default, CancellationToken cancellationToken = default) => null;
        public static Task<IList<Person>> ListAsync(this IPersonGroupPerson operations, string personGroupId, string start = default, int? top = default, CancellationToken cancellationToken = default) => null;
    }

    public static partial class PersonGroupOperationsExtensions
    {
        public static Task CreateAsync(this IPersonGroupOperations operations, string personGroupId, string name = default, string userData = default, string recognitionModel = default, CancellationToken cancellationToken = default) => null;
        public static Task TrainAsync(this IPersonGroupOperations operations, string personGroupId, CancellationToken cancellationToken = default) => null;
        public static Task<TrainingStatus> GetTrainingStatusAsync(this IPersonGroupOperations operations, string personGroupId, CancellationToken cancellationToken = default) => null;
    }

    public static partial class EmotionExtensions
    {
        public static IEnumerable<KeyValuePair<string, double>> ToRankedList(this Emotion emotion) => null;
    }
}
