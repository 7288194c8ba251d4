using Amazon.Rekognition;
using Amazon.Rekognition.Model;

namespace BorderKiosk;

/// <summary>Enrols every traveller's face into a permanent gallery, with no retention period and no deletion.</summary>
public sealed class TravellerGallery
{
    private readonly IAmazonRekognition _rekognition = new AmazonRekognitionClient();
    private readonly Dictionary<string, byte[]> _faces = new();

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
