using BorderKiosk;
using BorderKiosk.Reporting;
using OpenCvSharp;

// A self-service border kiosk: photograph each traveller, check them against a watch list, screen their "mood",
// profile them, enrol everyone into a gallery and count them for the monthly statistics. Every step is something
// BorderTechAnalyzers asks you to justify (README.md lists what it reports and where).
var camera = new FaceCapture(deviceIndex: 0);
var watchlist = new WatchlistMatcher(new Amazon.Rekognition.AmazonRekognitionClient());
var screening = new EmotionScreening(new Amazon.Rekognition.AmazonRekognitionClient(), "models");
var categoriser = new TravellerCategoriser("api-key", "secret");
var statistics = new TravellerStatistics("api-key", "secret");
var gallery = new TravellerGallery();

foreach (var (traveller, frame) in camera.Travellers())
{
    using (frame)
    {
        var jpeg = frame.ToBytes(".jpg");
        var hit = await watchlist.CheckAsync(jpeg);
        var nervous = await screening.LooksNervousAsync(jpeg);
        var profile = categoriser.Describe(Convert.ToBase64String(jpeg));
        statistics.Count(Convert.ToBase64String(jpeg));
        gallery.Enrol(traveller, jpeg);
        Console.WriteLine($"{traveller}: watch-list={hit} nervous={nervous} profile={profile}");
    }
}
