// Stub of the Affectiva Affdex .NET SDK (namespace Affdex): exact names (lower-camel methods, as in the SDK), no behaviour.
// Source of the names: public calling code, e.g. github.com/TKosch/kobelu KoBeLUAdmin/Backend/AffectivaFaceDetector.cs.
#nullable disable
using System.Collections.Generic;

namespace Affdex
{
    public class Frame { }
    public class Emotions { public float Joy { get; set; } public float Anger { get; set; } public float Valence { get; set; } }
    public class Expressions { public float Smile { get; set; } }
    public class Appearance { public int Gender { get; set; } public int Age { get; set; } }
    public class Face
    {
        public int Id { get; set; }
        public Emotions Emotions { get; set; }
        public Expressions Expressions { get; set; }
        public Appearance Appearance { get; set; }
    }

    public interface ImageListener { void onImageResults(Dictionary<int, Face> faces, Frame frame); void onImageCapture(Frame frame); }
    public interface FaceListener { void onFaceFound(float timestamp, int faceId); void onFaceLost(float timestamp, int faceId); }

    public abstract class Detector
    {
        public void setClassifierPath(string path) { }
        public void setDetectAllEmotions(bool enabled) { }
        public void setDetectAllExpressions(bool enabled) { }
        public void setDetectAllAppearances(bool enabled) { }
        public void setImageListener(ImageListener listener) { }
        public void setFaceListener(FaceListener listener) { }
        public void start() { }
        public void stop() { }
    }

    public class CameraDetector : Detector { public CameraDetector() { } public CameraDetector(int cameraId, double cameraFPS, double processFPS, uint maxNumFaces, int faceMode) { } }
    public class PhotoDetector : Detector { public PhotoDetector(uint maxNumFaces, int faceMode) { } public void process(Frame frame) { } }
}
