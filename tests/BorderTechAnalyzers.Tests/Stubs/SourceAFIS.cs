// Stub of SourceAFIS (namespaces SourceAFIS, SourceAFIS.Simple for the legacy 1.x API): exact names, no behaviour.
// Source of the names: github.com/robertvazan/sourceafis-net SourceAFIS/FingerprintTemplate.cs, FingerprintMatcher.cs, FingerprintImage.cs.
#nullable disable
using System.Collections.Generic;

namespace SourceAFIS
{
    public class FingerprintImageOptions { public double Dpi { get; set; } = 500; }
    public class FingerprintImage
    {
        public FingerprintImage(byte[] image, FingerprintImageOptions options = null) { }
        public FingerprintImage(int width, int height, byte[] pixels, FingerprintImageOptions options = null) { }
    }
    public class FingerprintTemplate
    {
        public FingerprintTemplate(FingerprintImage image) { }
        public FingerprintTemplate(byte[] serialized) { }
        public static readonly FingerprintTemplate Empty = null;
        public byte[] ToByteArray() => null;
    }
    public class FingerprintMatcher
    {
        public FingerprintMatcher(FingerprintTemplate probe) { }
        public double Match(FingerprintTemplate candidate) => 0;
    }
}

namespace SourceAFIS.Simple
{
    public class Fingerprint { }
    public class Person { public List<Fingerprint> Fingerprints { get; } = new List<Fingerprint>(); }
    public class AfisEngine
    {
        public float Threshold { get; set; }
        public void Extract(Person person) { }
        public float Verify(Person probe, Person candidate) => 0;
        public IEnumerable<Person> Identify(Person probe, IEnumerable<Person> candidates) => null;
    }
}
