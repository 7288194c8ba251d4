// Stub of ViewFaceCore (namespaces ViewFaceCore.Core, ViewFaceCore.Model, ViewFaceCore.Configs): exact names, no behaviour.
// Source of the names: github.com/ViewFaceCore/ViewFaceCore src/ViewFaceCore/Core/**, src/Extensions/** (extensions live in ViewFaceCore.Core).
#nullable disable
using System;
using System.Threading.Tasks;
using ViewFaceCore.Configs;
using ViewFaceCore.Model;

namespace ViewFaceCore.Model
{
    public struct FaceImage { }
    public struct FaceInfo { public float Score; }
    public struct FaceMarkPoint { public double X; public double Y; }
    public enum Gender { Male, Female, Unknown }
    public enum AntiSpoofingStatus { Error, Real, Spoof, Fuzzy, Detecting }
}

namespace ViewFaceCore.Configs
{
    public class FaceDetectConfig { public double Threshold { get; set; } }
    public class FaceRecognizeConfig { public double Threshold { get; set; } }
}

namespace ViewFaceCore.Core
{
    public abstract class BaseViewFace : IDisposable { public void Dispose() { } }

    public sealed class FaceDetector : BaseViewFace
    {
        public FaceDetector(FaceDetectConfig config = null) { }
        public FaceInfo[] Detect(FaceImage image) => null;
    }

    public sealed class FaceLandmarker : BaseViewFace { public FaceMarkPoint[] Mark(FaceImage image, FaceInfo info) => null; }

    public sealed class FaceRecognizer : BaseViewFace
    {
        public FaceRecognizer(FaceRecognizeConfig config = null) { }
        public float[] Extract(FaceImage image, FaceMarkPoint[] points) => null;
        public float Compare(float[] lfs, float[] rfs) => 0;
        public bool IsSelf(float similarity) => false;
        public bool IsSelf(float[] lfs, float[] rfs) => false;
    }

    public sealed class FaceAntiSpoofing : BaseViewFace { public AntiSpoofingStatus AntiSpoofing(FaceImage image, FaceInfo info, FaceMarkPoint[] points) => default; }
    public sealed class AgePredictor : BaseViewFace { public int PredictAge(FaceImage image, FaceMarkPoint[] points) => 0; }
    public sealed class GenderPredictor : BaseViewFace { public Gender PredictGender(FaceImage image, FaceMarkPoint[] points) => default; }
    public sealed class FaceTracker : BaseViewFace { public FaceInfo[] Track(FaceImage image) => null; }

    public static class ViewFaceCoreExtension
    {
        public static FaceInfo[] Detect<T>(this FaceDetector viewFace, T image) where T : class => null;
        public static FaceMarkPoint[] Mark<T>(this FaceLandmarker viewFace, T image, FaceInfo info) where T : class => null;
        public static float[] Extract<T>(this FaceRecognizer viewFace, T image, FaceMarkPoint[] points) where T : class => null;
        public static int PredictAge<T>(this AgePredictor viewFace, T image, FaceMarkPoint[] points) where T : class => 0;
        public static Gender PredictGender<T>(this GenderPredictor viewFace, T image, FaceMarkPoint[] points) where T : class => default;
    }

    public static class ViewFaceAsyncExtensions
    {
        public static Task<FaceInfo[]> DetectAsync(this FaceDetector viewFace, FaceImage image) => null;
        public static Task<float[]> ExtractAsync(this FaceRecognizer viewFace, FaceImage image, FaceMarkPoint[] points) => null;
        public static Task<int> PredictAgeAsync(this AgePredictor viewFace, FaceImage image, FaceMarkPoint[] points) => null;
    }
}
