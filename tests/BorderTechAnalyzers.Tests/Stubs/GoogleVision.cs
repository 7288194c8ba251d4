// Stub of Google.Cloud.Vision.V1 (namespace Google.Cloud.Vision.V1): exact names, no behaviour.
// Source of the names: github.com/googleapis/google-cloud-dotnet apis/Google.Cloud.Vision.V1/Google.Cloud.Vision.V1/ImageAnnotatorClientPartial.cs
// and the generated Image/Feature/FaceAnnotation messages.
#nullable disable
using System.Collections.Generic;
using System.Threading.Tasks;

namespace Google.Api.Gax.Grpc
{
    public class CallSettings { }
}

namespace Google.Cloud.Vision.V1
{
    using Google.Api.Gax.Grpc;

    public enum Likelihood { Unknown = 0, VeryUnlikely = 1, Unlikely = 2, Possible = 3, Likely = 4, VeryLikely = 5 }

    public sealed class Image
    {
        public static Image FromFile(string path) => null;
        public static Image FromUri(string uri) => null;
    }

    public sealed class ImageContext { }

    public sealed class Feature
    {
        public Types.Type Type { get; set; }
        public int MaxResults { get; set; }
        public static partial class Types
        {
            public enum Type { Unspecified = 0, FaceDetection = 1, LandmarkDetection = 2, LogoDetection = 3, LabelDetection = 4, TextDetection = 5 }
        }
    }

    public sealed class AnnotateImageRequest
    {
        public Image Image { get; set; }
        public List<Feature> Features { get; } = new List<Feature>();
    }

    public sealed class FaceAnnotation
    {
        public Likelihood JoyLikelihood { get; set; }
        public Likelihood SorrowLikelihood { get; set; }
        public Likelihood AngerLikelihood { get; set; }
        public Likelihood SurpriseLikelihood { get; set; }
        public Likelihood BlurredLikelihood { get; set; }
        public Likelihood HeadwearLikelihood { get; set; }
        public float DetectionConfidence { get; set; }
        public float RollAngle { get; set; }
    }

    public sealed class EntityAnnotation { public string Description { get; set; } }

    public sealed class AnnotateImageResponse
    {
        public List<FaceAnnotation> FaceAnnotations { get; } = new List<FaceAnnotation>();
        public List<EntityAnnotation> LabelAnnotations { get; } = new List<EntityAnnotation>();
    }

    public abstract partial class ImageAnnotatorClient
    {
        public static ImageAnnotatorClient Create() => null;
        public static Task<ImageAnnotatorClient> CreateAsync() => null;
        public virtual AnnotateImageResponse Annotate(AnnotateImageRequest request, CallSettings callSettings = null) => null;
        public virtual Task<AnnotateImageResponse> AnnotateAsync(AnnotateImageRequest request, CallSettings callSettings = null) => null;
        public virtual IReadOnlyList<FaceAnnotation> DetectFaces(Image image, ImageContext context = null, int maxResults = 0, CallSettings callSettings = null) => null;
        public virtual Task<IReadOnlyList<FaceAnnotation>> DetectFacesAsync(Image image, ImageContext context = null, int maxResults = 0, CallSettings callSettings = null) => null;
        public virtual IReadOnlyList<EntityAnnotation> DetectLabels(Image image, ImageContext context = null, int maxResults = 0, CallSettings callSettings = null) => null;
    }
}
