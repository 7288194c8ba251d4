// Stub of Emgu.CV (namespaces Emgu.CV, Emgu.CV.Face, Emgu.CV.Structure): exact names, no behaviour.
// Source of the names: github.com/emgucv/emgucv Emgu.CV.Contrib/Face/*.cs, Emgu.CV/Objdetect/*.cs.
#nullable disable
using System;
using System.Drawing;

namespace Emgu.CV
{
    public interface IInputArray { }
    public interface IInputArrayOfArrays : IInputArray { }
    public interface IOutputArray { }
    public class Mat : IInputArray, IOutputArray, IDisposable { public Mat() { } public Mat(string fileName) { } public void Dispose() { } }
    public class VectorOfMat : IInputArrayOfArrays, IDisposable { public VectorOfMat(params Mat[] values) { } public void Dispose() { } }
    public class VectorOfInt : IInputArray, IDisposable { public VectorOfInt(int[] values) { } public void Dispose() { } }

    public class CascadeClassifier : IDisposable
    {
        public CascadeClassifier() { }
        public CascadeClassifier(string fileName) { }
        public Rectangle[] DetectMultiScale(IInputArray image, double scaleFactor = 1.1, int minNeighbors = 3, Size minSize = default, Size maxSize = default) => null;
        public void Dispose() { }
    }

    public class FaceDetectorYN : IDisposable
    {
        public FaceDetectorYN(string model, string config, Size inputSize, float scoreThreshold = 0.9f, float nmsThreshold = 0.3f, int topK = 5000, int backendId = 0, int targetId = 0) { }
        public int Detect(IInputArray image, IOutputArray faces) => 0;
        public void Dispose() { }
    }

    public class FaceRecognizerSF : IDisposable
    {
        public enum DisType { Cosine = 0, NormL2 = 1 }
        public FaceRecognizerSF(string model, string config, int backendId = 0, int targetId = 0) { }
        public void AlignCrop(IInputArray srcImg, IInputArray faceBox, IOutputArray alignedImg) { }
        public void Feature(IInputArray alignedImg, IOutputArray faceFeature) { }
        public double Match(IInputArray faceFeature1, IInputArray faceFeature2, DisType disType = DisType.Cosine) => 0;
        public void Dispose() { }
    }
}

namespace Emgu.CV.Face
{
    public abstract class FaceRecognizer : IDisposable
    {
        public struct PredictionResult { public int Label; public double Distance; }
        public void Train(IInputArrayOfArrays images, IInputArray labels) { }
        public void Train(Mat[] images, int[] labels) { }
        public PredictionResult Predict(IInputArray image) => default;
        public void Write(string fileName) { }
        public void Read(string fileName) { }
        public void Dispose() { }
    }

    public abstract class BasicFaceRecognizer : FaceRecognizer { }
    public class EigenFaceRecognizer : BasicFaceRecognizer { public EigenFaceRecognizer(int numComponents = 0, double threshold = double.MaxValue) { } }
    public class FisherFaceRecognizer : BasicFaceRecognizer { public FisherFaceRecognizer(int numComponents = 0, double threshold = double.MaxValue) { } }
    public class LBPHFaceRecognizer : FaceRecognizer
    {
        public LBPHFaceRecognizer(int radius = 1, int neighbors = 8, int gridX = 8, int gridY = 8, double threshold = double.MaxValue) { }
        public void Update(IInputArrayOfArrays images, IInputArray labels) { }
    }

    public class MACE : IDisposable
    {
        public MACE(int imgSize = 64) { }
        public void Salt(string passphrase) { }
        public void Train(IInputArrayOfArrays images) { }
        public bool Same(IInputArray query) => false;
        public void Dispose() { }
    }

    public class FacemarkLBFParams { }
    public class FacemarkLBF : IDisposable
    {
        public FacemarkLBF(FacemarkLBFParams parameters) { }
        public void LoadModel(string model) { }
        public bool Fit(IInputArray image, IInputArray faces, IOutputArray landmarks) => false;
        public void Dispose() { }
    }
}
