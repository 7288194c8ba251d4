using Amazon.Rekognition;
using Amazon.Rekognition.Model;
using BorderTech.Annotations;

namespace BorderKiosk;

/// <summary>Enrols every traveller's face into a permanent gallery, with no retention period and no deletion.</summary>
public sealed class TravellerGallery
{
    private readonly IAmazonRekognition _rekognition = new AmazonRekognitionClient();

    // Every face photo, kept in memory forever.
    [BiometricData(BiometricModality.Face)]
    private readonly Dictionary<string, byte[]> _faces = new();

    // "Consent" whose purpose nobody wrote down — and consent is no free choice at a border anyway.
    [BiometricConsent("TODO")]
    public void Enrol(string traveller, byte[] jpeg)
    {
        _faces[traveller] = jpeg;
        _rekognition.IndexFacesAsync(new IndexFacesRequest
        {
            CollectionId = "all-travellers",
            ExternalImageId = traveller,
            Image = new Amazon.Rekognition.Model.Image { Bytes = new MemoryStream(jpeg) },
        }).GetAwaiter().GetResult();
        Console.WriteLine($"enrolled {traveller}: {Convert.ToBase64String(jpeg)[..16]}");
    }
}
