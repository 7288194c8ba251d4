// Stub of Azure.AI.Vision.Face (namespace Azure.AI.Vision.Face) and the few Azure.Core / System.Memory.Data types its signatures use: exact names, no behaviour.
// Source of the names: github.com/Azure/azure-sdk-for-net sdk/face/Azure.AI.Vision.Face/api/Azure.AI.Vision.Face.netstandard2.0.cs.
#nullable disable
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading;
using System.Threading.Tasks;

namespace System
{
    public class BinaryData
    {
        public BinaryData(byte[] data) { }
        public static BinaryData FromStream(IO.Stream stream) => null;
        public static BinaryData FromBytes(byte[] data) => null;
    }
}

namespace Azure
{
    public class AzureKeyCredential { public AzureKeyCredential(string key) { } }
    public abstract class Response { }
    public abstract class Response<T> { public virtual T Value => default; public static implicit operator T(Response<T> response) => default; }
    public abstract class Operation { public virtual Response WaitForCompletionResponse(CancellationToken cancellationToken = default) => null; }
    public abstract class Operation<T> : Operation { public virtual T Value => default; public virtual Response<T> WaitForCompletion(CancellationToken cancellationToken = default) => null; }
    public readonly struct WaitUntil { public static WaitUntil Completed => default; public static WaitUntil Started => default; }
}

namespace Azure.AI.Vision.Face
{
    public readonly partial struct FaceAttributeType : IEquatable<FaceAttributeType>
    {
        public FaceAttributeType(string value) { }
        public static FaceAttributeType Accessories => default;
        public static FaceAttributeType Age => default;
        public static FaceAttributeType Blur => default;
        public static FaceAttributeType Exposure => default;
        public static FaceAttributeType FacialHair => default;
        public static FaceAttributeType Glasses => default;
        public static FaceAttributeType Hair => default;
        public static FaceAttributeType HeadPose => default;
        public static FaceAttributeType Mask => default;
        public static FaceAttributeType Noise => default;
        public static FaceAttributeType Occlusion => default;
        public static FaceAttributeType QualityForRecognition => default;
        public static FaceAttributeType Smile => default;
        public bool Equals(FaceAttributeType other) => true;
        public static implicit operator FaceAttributeType(string value) => default;
        public partial struct Detection01
        {
            public static FaceAttributeType Accessories => default;
            public static FaceAttributeType Blur => default;
            public static FaceAttributeType Exposure => default;
            public static FaceAttributeType Glasses => default;
            public static FaceAttributeType HeadPose => default;
            public static FaceAttributeType Noise => default;
            public static FaceAttributeType Occlusion => default;
        }
        public partial struct Detection03
        {
            public static FaceAttributeType Blur => default;
            public static FaceAttributeType HeadPose => default;
            public static FaceAttributeType Mask => default;
        }
        public partial struct Recognition04 { public static FaceAttributeType QualityForRecognition => default; }
    }

    public readonly partial struct FaceDetectionModel { public static FaceDetectionModel Detection01 => default; public static FaceDetectionModel Detection03 => default; }
    public readonly partial struct FaceRecognitionModel { public static FaceRecognitionModel Recognition01 => default; public static FaceRecognitionModel Recognition04 => default; }

    public partial class FaceAttributes
    {
        public float? Age => null;
        public float? Smile => null;
        public FacialHair FacialHair => null;
        public HairProperties Hair => null;
        public HeadPose HeadPose => null;
    }
    public partial class FacialHair { public float Beard => 0; }
    public partial class HairProperties { public float Bald => 0; }
    public partial class HeadPose { public float Yaw => 0; }
    public partial class FaceRectangle { public int Top => 0; public int Left => 0; }
    public partial class FaceDetectionResult { public Guid? FaceId => null; public FaceRectangle FaceRectangle => null; public FaceAttributes FaceAttributes => null; }
    public partial class FaceFindSimilarResult { public float Confidence => 0; }
    public partial class FaceIdentificationResult { public Guid FaceId => default; }
    public partial class FaceVerificationResult { public bool IsIdentical => false; public float Confidence => 0; }
    public partial class FaceGroupingResult { }
    public partial class AzureAIVisionFaceClientOptions { }
    public partial class CreateLivenessSessionContent { }
    public partial class CreateLivenessWithVerifySessionContent { }
    public partial class LivenessSession { }
    public partial class LivenessWithVerifySession { }
    public partial class LargePersonGroup { }
    public partial class CreatePersonResult { public Guid PersonId => default; }
    public partial class AddFaceResult { }

    public partial class FaceClient
    {
        protected FaceClient() { }
        public FaceClient(Uri endpoint, AzureKeyCredential credential) { }
        public virtual Response<IReadOnlyList<FaceDetectionResult>> Detect(BinaryData imageContent, FaceDetectionModel detectionModel, FaceRecognitionModel recognitionModel, bool returnFaceId, IEnumerable<FaceAttributeType> returnFaceAttributes = null, bool? returnFaceLandmarks = null, bool? returnRecognitionModel = null, int? faceIdTimeToLive = null, CancellationToken cancellationToken = default) => null;
        public virtual Response<IReadOnlyList<FaceDetectionResult>> Detect(Uri url, FaceDetectionModel detectionModel, FaceRecognitionModel recognitionModel, bool returnFaceId, IEnumerable<FaceAttributeType> returnFaceAttributes = null, bool? returnFaceLandmarks = null, bool? returnRecognitionModel = null, int? faceIdTimeToLive = null, CancellationToken cancellationToken = default) => null;
        public virtual Task<Response<IReadOnlyList<FaceDetectionResult>>> DetectAsync(BinaryData imageContent, FaceDetectionModel detectionModel, FaceRecognitionModel recognitionModel, bool returnFaceId, IEnumerable<FaceAttributeType> returnFaceAttributes = null, bool? returnFaceLandmarks = null, bool? returnRecognitionModel = null, int? faceIdTimeToLive = null, CancellationToken cancellationToken = default) => null;
        public virtual Task<Response<IReadOnlyList<FaceDetectionResult>>> DetectAsync(Uri url, FaceDetectionModel detectionModel, FaceRecognitionModel recognitionModel, bool returnFaceId, IEnumerable<FaceAttributeType> returnFaceAttributes = null, bool? returnFaceLandmarks = null, bool? returnRecognitionModel = null, int? faceIdTimeToLive = null, CancellationToken cancellationToken = default) => null;
        public virtual Response<IReadOnlyList<FaceFindSimilarResult>> FindSimilar(Guid faceId, IEnumerable<Guid> faceIds, int? maxNumOfCandidatesReturned = null, CancellationToken cancellationToken = default) => null;
        public virtual Task<Response<IReadOnlyList<FaceFindSimilarResult>>> FindSimilarAsync(Guid faceId, IEnumerable<Guid> faceIds, int? maxNumOfCandidatesReturned = null, CancellationToken cancellationToken = default) => null;
        public virtual Response<FaceGroupingResult> Group(IEnumerable<Guid> faceIds, CancellationToken cancellationToken = default) => null;
        public virtual Response<IReadOnlyList<FaceIdentificationResult>> IdentifyFromLargePersonGroup(IEnumerable<Guid> faceIds, string largePersonGroupId, int? maxNumOfCandidatesReturned = null, float? confidenceThreshold = null, CancellationToken cancellationToken = default) => null;
        public virtual Task<Response<IReadOnlyList<FaceIdentificationResult>>> IdentifyFromLargePersonGroupAsync(IEnumerable<Guid> faceIds, string largePersonGroupId, int? maxNumOfCandidatesReturned = null, float? confidenceThreshold = null, CancellationToken cancellationToken = default) => null;
        public virtual Response<FaceVerificationResult> VerifyFaceToFace(Guid faceId1, Guid faceId2, CancellationToken cancellationToken = default) => null;
        public virtual Task<Response<FaceVerificationResult>> VerifyFaceToFaceAsync(Guid faceId1, Guid faceId2, CancellationToken cancellationToken = default) => null;
        public virtual Response<FaceVerificationResult> VerifyFromLargePersonGroup(Guid faceId, string largePersonGroupId, Guid personId, CancellationToken cancellationToken = default) => null;
    }

    public partial class FaceAdministrationClient
    {
        protected FaceAdministrationClient() { }
        public FaceAdministrationClient(Uri endpoint, AzureKeyCredential credential) { }
        public virtual LargePersonGroupClient GetLargePersonGroupClient(string largePersonGroupId) => null;
        public virtual LargeFaceListClient GetLargeFaceListClient(string largeFaceListId) => null;
        public virtual PersonGroupClient GetPersonGroupClient(string personGroupId) => null;
        public virtual FaceListClient GetFaceListClient(string faceListId) => null;
    }

    public partial class LargePersonGroupClient
    {
        protected LargePersonGroupClient() { }
        public virtual Response Create(string name, string userData = null, FaceRecognitionModel? recognitionModel = null, CancellationToken cancellationToken = default) => null;
        public virtual Task<Response> CreateAsync(string name, string userData = null, FaceRecognitionModel? recognitionModel = null, CancellationToken cancellationToken = default) => null;
        public virtual Response<CreatePersonResult> CreatePerson(string name, string userData = null, CancellationToken cancellationToken = default) => null;
        public virtual Task<Response<CreatePersonResult>> CreatePersonAsync(string name, string userData = null, CancellationToken cancellationToken = default) => null;
        public virtual Response<AddFaceResult> AddFace(Guid personId, Uri uri, IEnumerable<int> targetFace = null, FaceDetectionModel? detectionModel = null, string userData = null, CancellationToken cancellationToken = default) => null;
        public virtual Task<Response<AddFaceResult>> AddFaceAsync(Guid personId, BinaryData imageContent, IEnumerable<int> targetFace = null, FaceDetectionModel? detectionModel = null, string userData = null, CancellationToken cancellationToken = default) => null;
        public virtual Operation Train(WaitUntil waitUntil, CancellationToken cancellationToken = default) => null;
        public virtual Task<Operation> TrainAsync(WaitUntil waitUntil, CancellationToken cancellationToken = default) => null;
        public virtual Response<LargePersonGroup> Get(bool? returnRecognitionModel = null, CancellationToken cancellationToken = default) => null;
    }

    public partial class LargeFaceListClient
    {
        protected LargeFaceListClient() { }
        public virtual Response Create(string name, string userData = null, FaceRecognitionModel? recognitionModel = null, CancellationToken cancellationToken = default) => null;
        public virtual Response<AddFaceResult> AddFace(Uri uri, IEnumerable<int> targetFace = null, FaceDetectionModel? detectionModel = null, string userData = null, CancellationToken cancellationToken = default) => null;
        public virtual Operation Train(WaitUntil waitUntil, CancellationToken cancellationToken = default) => null;
    }

    public partial class PersonGroupClient
    {
        protected PersonGroupClient() { }
        public virtual Response Create(string name, string userData = null, FaceRecognitionModel? recognitionModel = null, CancellationToken cancellationToken = default) => null;
        public virtual Response<CreatePersonResult> CreatePerson(string name, string userData = null, CancellationToken cancellationToken = default) => null;
    }

    public partial class FaceListClient
    {
        protected FaceListClient() { }
        public virtual Response Create(string name, string userData = null, FaceRecognitionModel? recognitionModel = null, CancellationToken cancellationToken = default) => null;
    }

    public partial class FaceSessionClient
    {
        protected FaceSessionClient() { }
        public FaceSessionClient(Uri endpoint, AzureKeyCredential credential) { }
        public virtual Response<LivenessSession> CreateLivenessSession(CreateLivenessSessionContent body, CancellationToken cancellationToken = default) => null;
        public virtual Task<Response<LivenessSession>> CreateLivenessSessionAsync(CreateLivenessSessionContent body, CancellationToken cancellationToken = default) => null;
        public virtual Response<LivenessSession> GetLivenessSessionResult(string sessionId, CancellationToken cancellationToken = default) => null;
        public virtual Task<Response<LivenessWithVerifySession>> CreateLivenessWithVerifySessionAsync(CreateLivenessWithVerifySessionContent jsonContent, Stream verifyImage, CancellationToken cancellationToken = default) => null;
        public virtual Response<LivenessWithVerifySession> GetLivenessWithVerifySessionResult(string sessionId, CancellationToken cancellationToken = default) => null;
    }
}
