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
        Task<CompareFacesResponse> CompareFacesAsync(CompareFacesRequest request, CancellationToken cancellationToken = default);
        Task<IndexFacesResponse> IndexFacesAsync(IndexFacesRequest request, CancellationToken cancellationToken = default);
        Task<SearchFacesByImageResponse> SearchFacesByImageAsync(SearchFacesByImageRequest request, CancellationToken cancellationToken = default);
    }

    public class AmazonRekognitionClient : IAmazonRekognition
    {
        public virtual Task<CompareFacesResponse> CompareFacesAsync(CompareFacesRequest request, CancellationToken cancellationToken = default)
            => Task.FromResult(new CompareFacesResponse());
        public virtual Task<IndexFacesResponse> IndexFacesAsync(IndexFacesRequest request, CancellationToken cancellationToken = default)
            => Task.FromResult(new IndexFacesResponse());
        public virtual Task<SearchFacesByImageResponse> SearchFacesByImageAsync(SearchFacesByImageRequest request, CancellationToken cancellationToken = default)
            => Task.FromResult(new SearchFacesByImageResponse());
    }
}

namespace Amazon.Rekognition.Model
{
    using System.Collections.Generic;
    using System.IO;

    public class Image { public MemoryStream Bytes { get; set; } }
    public class Face { public string FaceId { get; set; } public string ExternalImageId { get; set; } }
    public class FaceRecord { public Face Face { get; set; } }
    public class FaceMatch { public float Similarity { get; set; } public Face Face { get; set; } }
    public class CompareFacesMatch { public float Similarity { get; set; } }
    public class CompareFacesRequest { public Image SourceImage { get; set; } public Image TargetImage { get; set; } public float SimilarityThreshold { get; set; } }
    public class CompareFacesResponse { public List<CompareFacesMatch> FaceMatches { get; set; } = new(); }
    public class IndexFacesRequest { public string CollectionId { get; set; } public string ExternalImageId { get; set; } public Image Image { get; set; } public int MaxFaces { get; set; } }
    public class IndexFacesResponse { public List<FaceRecord> FaceRecords { get; set; } = new(); }
    public class SearchFacesByImageRequest { public string CollectionId { get; set; } public Image Image { get; set; } public float FaceMatchThreshold { get; set; } public int MaxFaces { get; set; } }
    public class SearchFacesByImageResponse { public List<FaceMatch> FaceMatches { get; set; } = new(); }
}
