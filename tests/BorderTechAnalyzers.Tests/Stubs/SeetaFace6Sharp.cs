// Stub of SeetaFace6Sharp (namespace SeetaFace6Sharp): exact names, no behaviour.
// Source of the names: github.com/SeetaFace6Sharp/SeetaFace6Sharp src/SeetaFace6Sharp/*.cs.
#nullable disable
using System;

namespace SeetaFace6Sharp
{
    public struct FaceImage { }
    public struct FaceInfo { public float Score; }
    public struct FaceMarkPoint { public double X; public double Y; }
    public enum Gender { Male, Female, Unknown }
    public enum AntiSpoofingResult { Error, Real, Spoof, Fuzzy, Detecting }

    public abstract class BaseSeetaFace6<TConfig> : IDisposable where TConfig : class, new() { public void Dispose() { } }
    public class FaceDetectConfig { }
    public class FaceRecognizeConfig { }
    public class AgePredictConfig { }
    public class GenderPredictConfig { }
    public class FaceAntiSpoofingConfig { }

    public sealed class FaceDetector : BaseSeetaFace6<FaceDetectConfig> { public FaceDetector(FaceDetectConfig config = null) { } public FaceInfo[] Detect(FaceImage image, int maxFaceCount = 30) => null; }
    public sealed class FaceLandmarker : BaseSeetaFace6<FaceDetectConfig> { public FaceMarkPoint[] Mark(FaceImage image, FaceInfo info) => null; }
    public sealed class FaceRecognizer : BaseSeetaFace6<FaceRecognizeConfig>
    {
        public FaceRecognizer(FaceRecognizeConfig config = null) { }
        public float[] Extract(FaceImage image, FaceMarkPoint[] points) => null;
        public float Compare(float[] lfs, float[] rfs) => 0;
        public bool IsSelf(float[] lfs, float[] rfs) => false;
    }
    public sealed class FaceAntiSpoofing : BaseSeetaFace6<FaceAntiSpoofingConfig> { public AntiSpoofingResult Predict(FaceImage image, FaceInfo info, FaceMarkPoint[] points) => default; }
    public sealed class AgePredictor : BaseSeetaFace6<AgePredictConfig> { public AgePredictor(AgePredictConfig config = null) { } public int PredictAge(FaceImage image) => 0; public int PredictAgeWithCrop(FaceImage image, FaceMarkPoint[] points) => 0; }
    public sealed class GenderPredictor : BaseSeetaFace6<GenderPredictConfig> { public Gender PredictGender(FaceImage image) => default; }
}
