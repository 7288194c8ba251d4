namespace BorderTechAnalyzers.Cli.Inventory;

internal static class InventoryWriters
{
    public static void Write(InventoryReport report, string format, TextWriter writer)
    {
        switch (format)
        {
            case "json": InventoryJsonWriter.Write(report, writer); break;
            case "html": InventoryHtmlWriter.Write(report, writer); break;
            case "fides": FidesWriter.Write(report, writer); break;
            default: InventoryMarkdownWriter.Write(report, writer); break;
        }
    }
}
