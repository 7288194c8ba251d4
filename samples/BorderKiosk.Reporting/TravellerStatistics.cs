using Baidu.Aip.Face;

namespace BorderKiosk.Reporting;

/// <summary>
/// Counts travellers by estimated age band and gender for the ministry's monthly report, by running every kiosk photo
/// through a cloud face-attribute service.
/// </summary>
public sealed class TravellerStatistics(string apiKey, string secretKey)
{
    private readonly Face _client = new(apiKey, secretKey) { Timeout = 5000 };
    private readonly Dictionary<string, int> _counts = new();

    public IReadOnlyDictionary<string, int> Counts => _counts;

    public void Count(string base64Jpeg)
    {
        var options = new Dictionary<string, object> { { "face_field", "age,gender" } };
        var result = _client.Detect(base64Jpeg, "BASE64", options);
        var face = result["result"]?["face_list"]?[0];
        var age = (int?)face?["age"] ?? -1;
        var bucket = $"{AgeBand(age)}/{face?["gender"]?["type"] ?? "unknown"}";
        _counts[bucket] = _counts.GetValueOrDefault(bucket) + 1;
    }

    internal static string AgeBand(int age) => age switch
    {
        < 0 => "unknown",
        < 18 => "minor",
        < 65 => "adult",
        _ => "senior",
    };
}
