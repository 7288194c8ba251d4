namespace BorderTechAnalyzers.Cli.Reporting;

internal static class Markdown
{
    /// <summary>Text safe inside a Markdown table cell.</summary>
    public static string Cell(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        foreach (var c in text)
        {
            switch (c)
            {
                case '|': builder.Append("\\|"); break;
                case '\r': break;
                case '\n': builder.Append("<br>"); break;
                case '<': builder.Append("&lt;"); break;
                case '>': builder.Append("&gt;"); break;
                case '*' or '_' or '`' or '[' or ']': builder.Append('\\').Append(c); break;
                default: builder.Append(c); break;
            }
        }

        return builder.ToString();
    }
}
