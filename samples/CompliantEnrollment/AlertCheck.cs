using Amazon.Rekognition;
using Amazon.Rekognition.Model;
using BorderTech.Annotations;

namespace CompliantEnrollment;

/// <summary>
/// Checks the traveller's face against the gallery of persons with a Schengen Information System alert. A hit is
/// never acted on by the kiosk: it only asks a border guard to review the case (human oversight, EU AI Act Art 14).
/// </summary>
public sealed class AlertCheck(IAmazonRekognition rekognition, TravellerNotice notice)
{
    private const string AlertGallery = "sis-alerts";

    [BiometricConsent("Check the traveller against Schengen Information System alerts", Basis = LegalBasis.SubstantialPublicInterest, ConsentRecord = "Regulation (EU) 2018/1861 Art 33; Regulation (EU) 2017/399 Art 8(3)(a)")]
    public async Task<bool> NeedsBorderGuardReviewAsync(TravellerSession session, byte[] livePhoto)
    {
        notice.EnsureAcknowledged(session);
        var response = await rekognition.SearchFacesByImageAsync(new SearchFacesByImageRequest
        {
            CollectionId = AlertGallery,
            Image = new Amazon.Rekognition.Model.Image { Bytes = new MemoryStream(livePhoto) },
            FaceMatchThreshold = 99f,
            MaxFaces = 5,
        });
        return response.FaceMatches.Count > 0;
    }
}
