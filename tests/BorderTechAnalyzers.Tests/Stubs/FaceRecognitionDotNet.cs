// Stub of FaceRecognitionDotNet (namespaces FaceRecognitionDotNet, FaceRecognitionDotNet.Extensions): exact names, no behaviour.
// Source of the names: github.com/takuya-takeuchi/FaceRecognitionDotNet src/FaceRecognitionDotNet/FaceRecognition.cs, src/.../Extensions/*.cs.
#nullable disable
using System;
using System.Collections.Generic;

namespace FaceRecognitionDotNet
{
    public enum Mode { Rgb, Greyscale }
    public enum Model { Hog, Cnn, Custom }
    public enum Gender { Male, Female }
    public sealed class Image : IDisposable { public void Dispose() { } }
    public sealed class Location { public int Top => 0; }
    public sealed class FaceEncoding : IDisposable { public double[] GetRawEncoding() => null; public void Dispose() { } }
    public sealed class ModelParameter { }

    public sealed class FaceRecognition : IDisposable
    {
        public static FaceRecognition Create(string directory) => null;
        public static FaceRecognition Create(ModelParameter parameter) => null;
        public static Image LoadImageFile(string file, Mode mode = Mode.Rgb) => null;
        public static FaceEncoding LoadFaceEncoding(double[] encoding) => null;
        public static bool CompareFace(FaceEncoding knownFaceEncoding, FaceEncoding faceEncodingToCheck, double tolerance = 0.6) => false;
        public static IEnumerable<bool> CompareFaces(IEnumerable<FaceEncoding> knownFaceEncodings, FaceEncoding faceEncodingToCheck, double tolerance = 0.6) => null;
        public static double FaceDistance(FaceEncoding faceEncoding, FaceEncoding faceToCompare) => 0;
        public static IEnumerable<double> FaceDistances(IEnumerable<FaceEncoding> faceEncodings, FaceEncoding faceToCompare) => null;

        public IEnumerable<Location> FaceLocations(Image image, int numberOfTimesToUpsample = 1, Model model = Model.Hog) => null;
        public IEnumerable<FaceEncoding> FaceEncodings(Image image, IEnumerable<Location> knownFaceLocation = null, int numJitters = 1, Model model = Model.Hog) => null;
        public uint PredictAge(Image image, Location location) => 0;
        public Gender PredictGender(Image image, Location location) => default;
        public string PredictEmotion(Image image, Location location) => null;
        public IDictionary<string, float> PredictProbabilityEmotion(Image image, Location location) => null;
        public void EyeBlinkDetect(IDictionary<string, object> landmark, out bool leftBlink, out bool rightBlink) { leftBlink = false; rightBlink = false; }

        public Extensions.AgeEstimator CustomAgeEstimator { get; set; }
        public Extensions.GenderEstimator CustomGenderEstimator { get; set; }
        public Extensions.EmotionEstimator CustomEmotionEstimator { get; set; }

        public void Dispose() { }
    }
}

namespace FaceRecognitionDotNet.Extensions
{
    public abstract class AgeEstimator : IDisposable { public void Dispose() { } }
    public abstract class GenderEstimator : IDisposable { public void Dispose() { } }
    public abstract class EmotionEstimator : IDisposable { public void Dispose() { } }
    public sealed class SimpleAgeEstimator : AgeEstimator { public SimpleAgeEstimator(string modelPath) { } }
    public sealed class SimpleGenderEstimator : GenderEstimator { public SimpleGenderEstimator(string modelPath) { } }
    public sealed class SimpleEmotionEstimator : EmotionEstimator { public SimpleEmotionEstimator(string modelPath) { } }
}
