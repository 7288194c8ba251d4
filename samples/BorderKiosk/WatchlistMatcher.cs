using Amazon.Rekognition;
using Amazon.Rekognition.Model;
using BorderTech.Annotations;
using OpenCvSharp;
using OpenCvSharp.Face;

namespace BorderKiosk;

/// <summary>Searches every traveller against the watch list: a cloud gallery and an on-device one.</summary>
public sealed class WatchlistMatcher(IAmazonRekognition rekognition)
{
    private readonly FaceRecognizer _offline = LBPHFaceRecognizer.Create();

    // The on-device watch list is kept for ten years "just in case": far beyond BIPA's three-year limit.
    [BiometricData(BiometricModality.Face)]
    [BiometricRetention(3650, DeletionProcedure = "manual purge by the kiosk operator")]
    private readonly List<Mat> _watchlistFaces = new();

    public async Task<bool> CheckAsync(byte[] jpeg)
    {
        var request = new SearchFacesByImageRequest
        {
            CollectionId = "watchlist",
            Image = new Amazon.Rekognition.Model.Image { Bytes = new MemoryStream(jpeg) },
            FaceMatchThreshold = 80f,
        };
        var response = await rekognition.SearchFacesByImageAsync(request);
        return response.FaceMatches.Count > 0 || MatchesOffline(jpeg);
    }

    private bool MatchesOffline(byte[] jpeg)
    {
        using var face = Cv2.ImDecode(jpeg, ImreadModes.Grayscale);
        _offline.Predict(face, out var label, out var distance);
        return label >= 0 && distance < 50;
    }

    public void TrainOffline(IReadOnlyList<Mat> faces, IEnumerable<int> labels)
    {
        _watchlistFaces.AddRange(faces);
        _offline.Train(faces, labels);
    }
}
