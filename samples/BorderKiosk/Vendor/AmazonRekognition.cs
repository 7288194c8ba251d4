// The kiosk talks to Amazon Rekognition through AWSSDK.Rekognition. That package is not available on every build
// machine, so this file declares the few types the sample uses, with the SDK's own namespaces and names.
#nullable disable
namespace Amazon.Rekognition
{
    using System.Threading;
    using System.Threading.Tasks;
    using Amazon.Rekognition.Model;

    public interface IAmazonRekognition
    {
        Task<SearchFacesByImageResponse> SearchFacesByImageAsync(SearchFacesByImageRequest request, CancellationToken cancellationToken = default);
        Task<DetectFacesResponse> DetectFacesAsync(DetectFacesRequest request, CancellationToken cancellationToken = default);
        Task<IndexFacesResponse> IndexFacesAsync(IndexFacesRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonRekognitionClient : IAmazonRekognition
    {
        public virtual Task<SearchFacesByImageResponse> SearchFacesByImageAsync(SearchFacesByImageRequest request, CancellationToken cancellationToken = default)
            => Task.FromResult(new SearchFacesByImageResponse());
        public virtual Task<DetectFacesResponse> DetectFacesAsync(DetectFacesRequest request, CancellationToken cancellationToken = default)
            => Task.FromResult(new DetectFacesResponse());
        public virtual Task<IndexFacesResponse> IndexFacesAsync(IndexFacesRequest request, CancellationToken cancellationToken = default)
            => Task.FromResult(new IndexFacesResponse());
    }
}

namespace Amazon.Rekognition.Model
{
    using System.Collections.Generic;
    using System.IO;

    public class Image { public MemoryStream Bytes { get; set; } }
    public class Emotion { public string Type { get; set; } public float Confidence { get; set; } }
    public class FaceDetail { public List<Emotion> Emotions { get; set; } = new(); }
    public class FaceMatch { public float Similarity { get; set; } }
    public class SearchFacesByImageRequest { public string CollectionId { get; set; } public Image Image { get; set; } public float FaceMatchThreshold { get; set; } }
    public class SearchFacesByImageResponse { public List<FaceMatch> FaceMatches { get; set; } = new(); }
    public class DetectFacesRequest { public Image Image { get; set; } public List<string> Attributes { get; set; } = new(); }
    public class DetectFacesResponse { public List<FaceDetail> FaceDetails { get; set; } = new(); }
    public class IndexFacesRequest { public string CollectionId { get; set; } public string ExternalImageId { get; set; } public Image Image { get; set; } }
    public class IndexFacesResponse { }
}
