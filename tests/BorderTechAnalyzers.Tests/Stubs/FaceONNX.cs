// Stub of FaceONNX and FaceONNX.Addons (namespace FaceONNX): exact names, no behaviour.
// Source of the names: github.com/FaceONNX/FaceONNX netstandard/FaceONNX/**, netstandard/FaceONNX.Addons/**.
#nullable disable
using System;
using System.Drawing;

namespace FaceONNX
{
    public interface IFaceClassifier : IDisposable { float[] Forward(float[][,] image); }
    public interface IFaceDetector : IDisposable { Rectangle[] Forward(float[][,] image); }

    public sealed class FaceDetector : IFaceDetector
    {
        public FaceDetector(float detectionThreshold = 0.3f, float confidenceThreshold = 0.4f, float nmsThreshold = 0.5f) { }
        public Rectangle[] Forward(float[][,] image) => null;
        public void Dispose() { }
    }

    public sealed class FaceEmbedder : IFaceClassifier { public FaceEmbedder() { } public float[] Forward(float[][,] image) => null; public void Dispose() { } }
    public sealed class FaceEmotionClassifier : IFaceClassifier { public FaceEmotionClassifier() { } public static string[] Labels => null; public float[] Forward(float[][,] image) => null; public void Dispose() { } }
    public sealed class FaceAgeEstimator : IFaceClassifier { public FaceAgeEstimator() { } public float[] Forward(float[][,] image) => null; public void Dispose() { } }
    public sealed class FaceGenderClassifier : IFaceClassifier { public FaceGenderClassifier() { } public static string[] Labels => null; public float[] Forward(float[][,] image) => null; public void Dispose() { } }
    public sealed class FaceBeautyEstimator : IFaceClassifier { public FaceBeautyEstimator() { } public float[] Forward(float[][,] image) => null; public void Dispose() { } }
}
