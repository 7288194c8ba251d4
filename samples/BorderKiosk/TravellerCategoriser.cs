using Baidu.Aip.Face;

namespace BorderKiosk;

/// <summary>Builds a "profile" of each traveller from their face: age, gender — and ethnicity.</summary>
public sealed class TravellerCategoriser(string apiKey, string secretKey)
{
    private readonly Face _client = new(apiKey, secretKey) { Timeout = 5000 };

    public string Describe(string base64Jpeg)
    {
        var options = new Dictionary<string, object> { { "face_field", "age,gender,race" }, { "max_face_num", 1 } };
        var result = _client.Detect(base64Jpeg, "BASE64", options);
        return result.ToString();
    }
}
