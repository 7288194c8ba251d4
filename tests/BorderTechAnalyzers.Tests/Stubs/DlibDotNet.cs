// Stub of DlibDotNet (namespaces DlibDotNet, DlibDotNet.Dnn): exact names, no behaviour.
// Source of the names: github.com/takuya-takeuchi/DlibDotNet examples/DnnFaceRecognition/Program.cs, src/DlibDotNet/ImageProcessing/*.cs.
#nullable disable
using System;

namespace DlibDotNet
{
    public struct RgbPixel { }
    public struct Rectangle { }
    public class Array2D<T> : IDisposable where T : struct { public void Dispose() { } }
    public class Matrix<T> : IDisposable where T : struct { public void Dispose() { } }
    public class FullObjectDetection : IDisposable { public void Dispose() { } }
    public class ChipDetails : IDisposable { public void Dispose() { } }

    public static class Dlib
    {
        public static FrontalFaceDetector GetFrontalFaceDetector() => null;
        public static Array2D<T> LoadImage<T>(string path) where T : struct => null;
        public static Matrix<T> LoadImageAsMatrix<T>(string path) where T : struct => null;
        public static ChipDetails GetFaceChipDetails(FullObjectDetection detection, uint size = 200, double padding = 0.2) => null;
        public static Matrix<T> ExtractImageChip<T>(Matrix<T> image, ChipDetails chip) where T : struct => null;
        public static uint ChineseWhispers(object edges, uint iterations, out uint numClusters, out uint[] labels) { numClusters = 0; labels = null; return 0; }
    }

    public sealed class FrontalFaceDetector : IDisposable
    {
        public Rectangle[] Operator<T>(Array2D<T> image) where T : struct => null;
        public Rectangle[] Operator<T>(Matrix<T> image) where T : struct => null;
        public void Dispose() { }
    }

    public sealed class ShapePredictor : IDisposable
    {
        public static ShapePredictor Deserialize(string path) => null;
        public FullObjectDetection Detect<T>(Array2D<T> image, Rectangle rect) where T : struct => null;
        public void Dispose() { }
    }
}

namespace DlibDotNet.Dnn
{
    public sealed class LossMetric : IDisposable
    {
        public static LossMetric Deserialize(string path) => null;
        public object Operator<T>(params Matrix<T>[] images) where T : struct => null;
        public void Dispose() { }
    }

    public sealed class LossMmod : IDisposable
    {
        public static LossMmod Deserialize(string path) => null;
        public object Operator<T>(Matrix<T> image) where T : struct => null;
        public void Dispose() { }
    }
}
