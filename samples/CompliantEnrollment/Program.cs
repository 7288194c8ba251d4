using Amazon.Rekognition;
using CompliantEnrollment;

// The enrolment kiosk of an Entry/Exit System border crossing, done with evidence: each traveller reads the notice
// (or asks for a border guard), the live photo is matched 1:1 to the passport chip, checked against alerts for a
// border guard's review, and enrolled with a three-year retention. Nothing infers emotion, age or gender.
var notice = new TravellerNotice(Console.Out);
var rekognition = new AmazonRekognitionClient();
var camera = new FaceCapture(deviceIndex: 0, cascadeFolder: "cascades", notice);
var enrolment = new Enrolment(rekognition, notice);
var alerts = new AlertCheck(rekognition, notice);

var session = new TravellerSession(travellerId: args.FirstOrDefault() ?? "demo-traveller", language: "en")
{
    NoticeAcknowledgedAt = DateTimeOffset.UtcNow,
};
var chipPhoto = args.Length > 1 ? File.ReadAllBytes(args[1]) : [];

try
{
    if (camera.CaptureFace(session) is not { } livePhoto)
    {
        Console.WriteLine("No single face in view: please step in front of the camera, or ask a border guard.");
        return;
    }

    if (!await enrolment.MatchesPassportAsync(session, livePhoto, chipPhoto))
    {
        Console.WriteLine("The photo does not match the passport: a border guard will help you.");
        return;
    }

    var review = await alerts.NeedsBorderGuardReviewAsync(session, livePhoto);
    var record = await enrolment.EnrolAsync(session, livePhoto);
    Console.WriteLine(review || record is null ? "Please proceed to the border guard desk." : "Enrolled: please proceed to the gate.");
}
catch (ManualProcessingRequestedException)
{
    Console.WriteLine("A border guard will process you in person.");
}
