using OpenCvSharp;

namespace BorderKiosk;

/// <summary>Grabs frames from the kiosk camera and crops the travellers' faces.</summary>
public sealed class FaceCapture(int deviceIndex)
{
    private const string FaceCascade = "haarcascade_frontalface_default.xml";

    public IEnumerable<(string Traveller, Mat Face)> Travellers()
    {
        using var capture = new VideoCapture(deviceIndex);
        using var detector = new CascadeClassifier(Path.Combine("cascades", FaceCascade));
        using var frame = new Mat();
        var count = 0;
        while (capture.Read(frame) && !frame.Empty())
        {
            using var gray = frame.CvtColor(ColorConversionCodes.BGR2GRAY);
            foreach (var box in detector.DetectMultiScale(gray, 1.1, 5))
            {
                yield return ($"traveller-{++count}", new Mat(frame, box));
            }
        }
    }
}
