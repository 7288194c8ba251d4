// Stub of a WPF-like control (namespace System.Windows.Controls): a near miss whose names mention borders, not biometrics.
#nullable disable
namespace System.Windows.Controls
{
    public class Border { public object Child { get; set; } public double BorderThickness { get; set; } }
    public class Image { public object Source { get; set; } }
}
