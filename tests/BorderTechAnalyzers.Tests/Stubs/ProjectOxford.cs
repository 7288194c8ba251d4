// Stub of the retired Project Oxford SDKs (namespaces Microsoft.ProjectOxford.Face(.Contract), .Emotion, .Common.Contract, .Vision(.Contract)): exact names, no behaviour.
// Source of the names: github.com/microsoft/Cognitive-Face-Windows ClientLibrary/IFaceServiceClient.cs;
// github.com/microsoft/Cognitive-Emotion-Windows ClientLibrary/IEmotionServiceClient.cs; Vision names as used in public calling code.
#nullable disable
using System;
using System.Collections.Generic;
using System.IO;
using System.Threading.Tasks;

namespace Microsoft.ProjectOxford.Face.Contract
{
    public class Face { public Guid FaceId { get; set; } public FaceAttributes FaceAttributes { get; set; } }
    public class FaceAttributes { public double Age { get; set; } public string Gender { get; set; } }
    public class IdentifyResult { public Guid FaceId { get; set; } }
    public class VerifyResult { public bool IsIdentical { get; set; } }
    public class CreatePersonResult { public Guid PersonId { get; set; } }
    public class AddPersistedFaceResult { }
}

namespace Microsoft.ProjectOxford.Face
{
    using Microsoft.ProjectOxford.Face.Contract;

    public enum FaceAttributeType { Age, Gender, HeadPose, Smile, FacialHair, Glasses, Emotion, Hair, Makeup, Occlusion, Accessories, Blur, Exposure, Noise }

    public interface IFaceServiceClient
    {
        Task<Face[]> DetectAsync(Stream imageStream, bool returnFaceId = true, bool returnFaceLandmarks = false, IEnumerable<FaceAttributeType> returnFaceAttributes = null);
        Task<Face[]> DetectAsync(string imageUrl, bool returnFaceId = true, bool returnFaceLandmarks = false, IEnumerable<FaceAttributeType> returnFaceAttributes = null);
        Task<IdentifyResult[]> IdentifyAsync(string personGroupId, Guid[] faceIds, int maxNumOfCandidatesReturned = 1);
        Task<VerifyResult> VerifyAsync(Guid faceId1, Guid faceId2);
        Task<CreatePersonResult> CreatePersonAsync(string personGroupId, string name, string userData = null);
        Task<AddPersistedFaceResult> AddPersonFaceAsync(string personGroupId, Guid personId, Stream imageStream, string userData = null, object targetFace = null);
        Task TrainPersonGroupAsync(string personGroupId);
    }

    public class FaceServiceClient : IFaceServiceClient
    {
        public FaceServiceClient(string subscriptionKey, string apiRoot = null) { }
        public Task<Face[]> DetectAsync(Stream imageStream, bool returnFaceId = true, bool returnFaceLandmarks = false, IEnumerable<FaceAttributeType> returnFaceAttributes = null) => null;
        public Task<Face[]> DetectAsync(string imageUrl, bool returnFaceId = true, bool returnFaceLandmarks = false, IEnumerable<FaceAttributeType> returnFaceAttributes = null) => null;
        public Task<IdentifyResult[]> IdentifyAsync(string personGroupId, Guid[] faceIds, int maxNumOfCandidatesReturned = 1) => null;
        public Task<VerifyResult> VerifyAsync(Guid faceId1, Guid faceId2) => null;
        public Task<CreatePersonResult> CreatePersonAsync(string personGroupId, string name, string userData = null) => null;
        public Task<AddPersistedFaceResult> AddPersonFaceAsync(string personGroupId, Guid personId, Stream imageStream, string userData = null, object targetFace = null) => null;
        public Task TrainPersonGroupAsync(string personGroupId) => null;
    }
}

namespace Microsoft.ProjectOxford.Common.Contract
{
    public class EmotionScores { public float Anger { get; set; } public float Happiness { get; set; } public IEnumerable<KeyValuePair<string, float>> ToRankedList() => null; }
    public class Emotion { public EmotionScores Scores { get; set; } }
}

namespace Microsoft.ProjectOxford.Emotion
{
    using Microsoft.ProjectOxford.Common.Contract;

    public interface IEmotionServiceClient
    {
        Task<Emotion[]> RecognizeAsync(string imageUrl);
        Task<Emotion[]> RecognizeAsync(Stream imageStream);
    }

    public class EmotionServiceClient : IEmotionServiceClient
    {
        public EmotionServiceClient(string subscriptionKey) { }
        public Task<Emotion[]> RecognizeAsync(string imageUrl) => null;
        public Task<Emotion[]> RecognizeAsync(Stream imageStream) => null;
    }
}

namespace Microsoft.ProjectOxford.Vision.Contract
{
    public class AnalysisResult { }
}

namespace Microsoft.ProjectOxford.Vision
{
    using Microsoft.ProjectOxford.Vision.Contract;

    public enum VisualFeature { ImageType, Color, Faces, Adult, Categories, Tags, Description }

    public interface IVisionServiceClient
    {
        Task<AnalysisResult> AnalyzeImageAsync(Stream imageStream, IEnumerable<VisualFeature> visualFeatures = null, IEnumerable<string> details = null);
        Task<AnalysisResult> AnalyzeImageAsync(string url, IEnumerable<VisualFeature> visualFeatures = null, IEnumerable<string> details = null);
    }

    public class VisionServiceClient : IVisionServiceClient
    {
        public VisionServiceClient(string subscriptionKey, string apiRoot = null) { }
        public Task<AnalysisResult> AnalyzeImageAsync(Stream imageStream, IEnumerable<VisualFeature> visualFeatures = null, IEnumerable<string> details = null) => null;
        public Task<AnalysisResult> AnalyzeImageAsync(string url, IEnumerable<VisualFeature> visualFeatures = null, IEnumerable<string> details = null) => null;
    }
}
