using System.Threading.Tasks;
using BorderTechAnalyzers.Tests.Verifiers;
using Xunit;
using Verify = BorderTechAnalyzers.Tests.Verifiers.CSharpAnalyzerVerifier<BorderTechAnalyzers.Processing.BiometricApiUsageAnalyzer>;

namespace BorderTechAnalyzers.Tests.Processing.Vendors;

/// <summary>OpenCvSharp4 (real OpenCvSharp.dll): face cascades, YuNet, face recognizers, facemarks, DNN models by file name.</summary>
public sealed class OpenCvSharpTests
{
    [Fact]
    public async Task CascadeClassifier_WithFaceCascade_ReportsDetection()
    {
        const string source = """
            using OpenCvSharp;

            class Camera
            {
                Rect[] Run(Mat gray)
                {
                    using var classifier = new {|BT1006:CascadeClassifier|}("haarcascade_frontalface_alt.xml");
                    return classifier.DetectMultiScale(gray, 1.08, 2, HaarDetectionTypes.ScaleImage, new Size(30, 30));
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.OpenCvSharp);
    }

    [Fact]
    public async Task CascadeClassifier_ModelNameThroughPathCombineConcatenationInterpolationAndConstant_ReportsDetection()
    {
        const string source = """
            using System.IO;
            using OpenCvSharp;

            class Camera
            {
                private const string Eyes = "haarcascade_eye_tree_eyeglasses.xml";
                private readonly string _dir = "models";

                void Run()
                {
                    var a = new {|BT1006:CascadeClassifier|}(Path.Combine(_dir, "haarcascade_frontalface_default.xml"));
                    var b = new {|BT1006:CascadeClassifier|}(_dir + "\\lbpcascade_frontalface_improved.xml");
                    var c = new {|BT1006:CascadeClassifier|}($"{_dir}/haarcascade_profileface.xml");
                    var d = new {|BT1006:CascadeClassifier|}(Eyes);
                    CascadeClassifier e = {|BT1006:new|}("HAARCASCADE_SMILE.XML");
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.OpenCvSharp);
    }

    [Fact]
    public async Task CascadeClassifier_LoadedLater_ReportsTheLoad()
    {
        const string source = """
            using OpenCvSharp;

            class Camera
            {
                void Run(string folder)
                {
                    var classifier = new CascadeClassifier();
                    var file = System.IO.Path.Combine(folder, "haarcascade_frontalface_alt2.xml");
                    classifier.{|BT1006:Load|}(file);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.OpenCvSharp);
    }

    [Fact]
    public async Task CascadeClassifier_WithNonFaceCascade_DoesNotTrigger()
    {
        const string source = """
            using OpenCvSharp;

            class ParkingGate
            {
                Rect[] Plates(Mat gray)
                {
                    using var plates = new CascadeClassifier("haarcascade_licence_plate_rus_16stages.xml");
                    using var cats = new CascadeClassifier();
                    cats.Load("haarcascade_frontalcatface.xml".Replace("cat", "cat_"));
                    return plates.DetectMultiScale(gray);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.OpenCvSharp);
    }

    [Fact]
    public async Task FaceDetectorYN_ReportsDetection()
    {
        const string source = """
            using OpenCvSharp;
            using OpenCvSharp.Dnn;

            class Camera
            {
                void Run(Mat frame, Mat faces)
                {
                    using var detector = FaceDetectorYN.{|BT1006:Create|}("face_detection_yunet_2023mar.onnx", "", new Size(320, 320), 0.9f, 0.3f, 5000, Backend.OPENCV, Target.CPU);
                    detector.{|BT1006:Detect|}(frame, faces);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.OpenCvSharp);
    }

    [Fact]
    public async Task FaceRecognizerFactoriesAndTraining_ReportEnrolment_PredictReportsIdentification()
    {
        const string source = """
            using System;
            using System.Collections.Generic;
            using OpenCvSharp;
            using OpenCvSharp.Face;

            class Gallery
            {
                void Run(IEnumerable<Mat> faces, IEnumerable<int> labels, Mat probe)
                {
                    using var lbph = LBPHFaceRecognizer.{|BT1005:Create|}(1, 8, 8, 8, 123);
                    lbph.{|BT1005:Train|}(faces, labels);
                    lbph.{|BT1005:Update|}(faces, labels);
                    Func<InputArray, int> predict = lbph.{|BT1004:Predict|};
                    lbph.{|BT1004:Predict|}(probe, out var label, out var confidence);
                    using var fisher = FisherFaceRecognizer.{|BT1005:Create|}();
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.OpenCvSharp);
    }

    [Fact]
    public async Task Facemark_ReportsDetection_ParamsDoNot()
    {
        const string source = """
            using OpenCvSharp;
            using OpenCvSharp.Face;

            class Landmarks
            {
                void Run(Mat image, Mat faces)
                {
                    var parameters = new FacemarkLBF.Params { ModelFilename = "lbfmodel.yaml" };
                    using var facemark = FacemarkLBF.{|BT1006:Create|}(parameters);
                    facemark.{|BT1006:LoadModel|}("lbfmodel.yaml");
                    facemark.{|BT1006:Fit|}(image, faces, out var landmarks);
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.OpenCvSharp);
    }

    [Fact]
    public async Task DnnLoaders_ReportByModelFile()
    {
        const string source = """
            using OpenCvSharp.Dnn;

            class Models
            {
                private const string ConfigFile = "model/deploy.prototxt";
                private const string FaceModel = "model/res10_300x300_ssd_iter_140000_fp16.caffemodel";

                void Run(string dir)
                {
                    using var detector = CvDnn.{|BT1006:ReadNetFromCaffe|}(ConfigFile, FaceModel);
                    using var tf = CvDnn.{|BT1006:ReadNetFromTensorflow|}("opencv_face_detector_uint8.pb", "opencv_face_detector.pbtxt");
                    using var sface = CvDnn.{|BT1005:ReadNetFromOnnx|}(System.IO.Path.Combine(dir, "face_recognition_sface_2021dec.onnx"));
                    using var openface = CvDnn.{|BT1005:ReadNetFromTorch|}("openface.nn4.small2.v1.t7", true);
                    using var emotion = CvDnn.{|BT1001:ReadNetFromOnnx|}($"{dir}/emotion-ferplus-8.onnx");
                    using var age = CvDnn.{|BT1003:ReadNetFromCaffe|}("age_deploy.prototxt", "age_net.caffemodel");
                    using var gender = Net.{|BT1003:ReadNetFromCaffe|}("gender_deploy.prototxt", "gender_net.caffemodel");
                    using var yunet = Net.{|BT1006:ReadNetFromONNX|}("face_detection_yunet_2023mar.onnx");
                    using var any = CvDnn.{|BT1001:ReadNet|}("FERPlus.onnx", "", "onnx");
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.OpenCvSharp);
    }

    [Fact]
    public async Task DnnLoaders_WithModelsThatAreNotAboutFaces_DoNotTrigger()
    {
        const string source = """
            using OpenCvSharp.Dnn;

            class Models
            {
                void Run(byte[] bytes)
                {
                    using var classifier = CvDnn.ReadNetFromOnnx("resnet50.onnx");
                    using var yolo = CvDnn.ReadNetFromDarknet("yolov4.cfg", "yolov4.weights");
                    using var fromBytes = CvDnn.ReadNetFromOnnx(bytes);
                    using var ssd = Net.ReadNetFromCaffe("MobileNetSSD_deploy.prototxt", "MobileNetSSD_deploy.caffemodel");
                }
            }
            """;

        await Verify.AnalyzerAsync(source, Sdk.OpenCvSharp);
    }
}
