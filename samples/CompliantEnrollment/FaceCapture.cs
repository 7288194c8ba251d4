using OpenCvSharp;

namespace CompliantEnrollment;

/// <summary>Takes the traveller's live photo with the kiosk camera and crops the one face in front of it.</summary>
public sealed class FaceCapture(int deviceIndex, string cascadeFolder, TravellerNotice notice)
{
    private const string FaceCascade = "haarcascade_frontalface_default.xml";

    /// <summary>The face of the traveller at the kiosk as a JPEG, or null when no single face is in view.</summary>
    public byte[]? CaptureFace(TravellerSession session)
    {
        notice.EnsureAcknowledged(session);

        using var capture = new VideoCapture(deviceIndex);
        using var detector = new CascadeClassifier(Path.Combine(cascadeFolder, FaceCascade));
        using var frame = new Mat();
        if (!capture.Read(frame) || frame.Empty())
        {
            return null;
        }

        using var gray = frame.CvtColor(ColorConversionCodes.BGR2GRAY);
        var faces = detector.DetectMultiScale(gray, 1.1, 5);
        if (faces.Length != 1)
        {
            return null;
        }

        using var face = new Mat(frame, faces[0]);
        return face.ToBytes(".jpg");
    }
}
