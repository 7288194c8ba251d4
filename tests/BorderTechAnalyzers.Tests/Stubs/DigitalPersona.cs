// Stub of the DigitalPersona (HID) fingerprint SDKs: U.are.U (namespace DPUruNet) and One Touch (namespaces DPFP, DPFP.Processing, DPFP.Verification).
// Exact names, no behaviour. Source of the names: public calling code of both SDKs (the vendor assemblies are not on the public NuGet gallery).
#nullable disable
using System.Collections.Generic;

namespace DPUruNet
{
    public class Fid { }
    public class Fmd { public static string SerializeXml(Fmd fmd) => null; }
    public class DataResult<T> { public T Data { get; set; } public Constants.ResultCode ResultCode { get; set; } }
    public class CompareResult { public int Score { get; set; } }
    public class IdentifyResult { public int[][] Indexes { get; set; } }
    public static class Constants
    {
        public enum ResultCode { DP_SUCCESS = 0 }
        public static class Formats { public enum Fmd { ANSI = 1, ISO = 2, DP_PRE_REGISTRATION = 3, DP_REGISTRATION = 4, DP_VERIFICATION = 5 } }
    }
    public static class FeatureExtraction { public static DataResult<Fmd> CreateFmdFromFid(Fid fid, Constants.Formats.Fmd format) => null; }
    public static class Enrollment { public static DataResult<Fmd> CreateEnrollmentFmd(Constants.Formats.Fmd format, IEnumerable<Fmd> fmds) => null; }
    public static class Comparison
    {
        public static CompareResult Compare(Fmd fmd1, int viewIndex1, Fmd fmd2, int viewIndex2) => null;
        public static IdentifyResult Identify(Fmd fmd, int viewIndex, IEnumerable<Fmd> fmds, int thresholdScore, int candidateCount) => null;
    }
}

namespace DPFP
{
    public class Sample { }
    public class FeatureSet { }
    public class Template { public void Serialize(System.IO.Stream stream) { } }
}

namespace DPFP.Processing
{
    public enum DataPurpose { Unknown, Enrollment, Verification }
    public enum CaptureFeedback { Good, None }
    public class FeatureExtraction
    {
        public void CreateFeatureSet(DPFP.Sample sample, DataPurpose purpose, ref CaptureFeedback feedback, ref DPFP.FeatureSet features) { }
    }
    public class Enrollment
    {
        public void AddFeatures(DPFP.FeatureSet features) { }
        public DPFP.Template Template => null;
    }
}

namespace DPFP.Verification
{
    public class Verification
    {
        public class Result { public bool Verified { get; set; } }
        public void Verify(DPFP.FeatureSet featureSet, DPFP.Template template, ref Result result) { }
    }
}
