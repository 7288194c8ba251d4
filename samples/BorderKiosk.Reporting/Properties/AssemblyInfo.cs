using System.Runtime.CompilerServices;

// The statistics module's tests check the age banding directly.
[assembly: InternalsVisibleTo("BorderKiosk.Reporting.Tests")]
