using Amazon.Rekognition;
using Amazon.Rekognition.Model;
using BorderTech.Annotations;

namespace CompliantEnrollment;

/// <summary>A traveller's enrolled face in the entry/exit gallery: the gallery's face id, never the image itself.</summary>
[BiometricData(BiometricModality.Face)]
[BiometricRetention(1095, Trigger = RetentionTrigger.AfterLastInteraction, DeletionProcedure = "EES retention job ees-purge (runbook RB-EES-07) deletes the face from the gallery and this record")]
public sealed record EnrolmentRecord(string TravellerId, string FaceId, DateTimeOffset EnrolledAt);

/// <summary>
/// Verifies the live photo against the passport chip photo (1:1) and enrols the face into the entry/exit gallery, as
/// the Entry/Exit System regulation requires for third-country nationals.
/// </summary>
public sealed class Enrolment(IAmazonRekognition rekognition, TravellerNotice notice)
{
    private const string Gallery = "ees-entry-exit";

    // Three years after the traveller's last exit (Regulation (EU) 2017/2226 Art 34), then deleted.
    [BiometricRetention(1095, Trigger = RetentionTrigger.AfterLastInteraction, DeletionProcedure = "EES retention job ees-purge (runbook RB-EES-07)")]
    private readonly Dictionary<string, EnrolmentRecord> _records = new();

    /// <summary>True when the live photo matches the photo on the passport chip; a border guard decides otherwise.</summary>
    [BiometricConsent("Verify that the traveller is the holder of the travel document", Basis = LegalBasis.LegalObligation, ConsentRecord = "Regulation (EU) 2017/399 (Schengen Borders Code) Art 8(3); Regulation (EU) 2017/2226 Art 23")]
    public async Task<bool> MatchesPassportAsync(TravellerSession session, byte[] livePhoto, byte[] chipPhoto)
    {
        notice.EnsureAcknowledged(session);
        var response = await rekognition.CompareFacesAsync(new CompareFacesRequest
        {
            SourceImage = new Amazon.Rekognition.Model.Image { Bytes = new MemoryStream(chipPhoto) },
            TargetImage = new Amazon.Rekognition.Model.Image { Bytes = new MemoryStream(livePhoto) },
            SimilarityThreshold = 95f,
        });
        return response.FaceMatches.Count == 1;
    }

    /// <summary>Enrols the traveller's face and keeps only the gallery's face id.</summary>
    [BiometricConsent("Create the traveller's Entry/Exit System individual file", Basis = LegalBasis.LegalObligation, ConsentRecord = "Regulation (EU) 2017/2226 Art 16-17")]
    public async Task<EnrolmentRecord?> EnrolAsync(TravellerSession session, byte[] livePhoto)
    {
        notice.EnsureAcknowledged(session);
        var response = await rekognition.IndexFacesAsync(new IndexFacesRequest
        {
            CollectionId = Gallery,
            ExternalImageId = session.TravellerId,
            Image = new Amazon.Rekognition.Model.Image { Bytes = new MemoryStream(livePhoto) },
            MaxFaces = 1,
        });
        if (response.FaceRecords.Count != 1)
        {
            return null;
        }

        var record = new EnrolmentRecord(session.TravellerId, response.FaceRecords[0].Face.FaceId, DateTimeOffset.UtcNow);
        _records[session.TravellerId] = record;
        return record;
    }
}
