using System.Net;
using System.Text;

namespace BorderTechAnalyzers.Cli.Reporting;

/// <summary>
/// Shared pieces of the self-contained HTML reports: one file, inline CSS, inline SVG charts and a little inline script;
/// nothing is fetched from the network.
/// </summary>
internal static class Html
{
    public static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);

    public static void Begin(TextWriter writer, string title)
    {
        writer.WriteLine("<!DOCTYPE html>");
        writer.WriteLine("<html lang=\"en\">");
        writer.WriteLine("<head>");
        writer.WriteLine("<meta charset=\"utf-8\">");
        writer.WriteLine("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        writer.WriteLine("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">");
        writer.WriteLine($"<title>{E(title)}</title>");
        writer.WriteLine("<style>");
        writer.WriteLine(Css);
        writer.WriteLine("</style>");
        writer.WriteLine("</head>");
        writer.WriteLine("<body>");
    }

    public static void End(TextWriter writer)
    {
        writer.WriteLine("<script>");
        writer.WriteLine(Script);
        writer.WriteLine("</script>");
        writer.WriteLine("</body>");
        writer.WriteLine("</html>");
    }

    /// <summary>A horizontal bar chart as inline SVG; each bar may be split into coloured segments.</summary>
    public static void BarChart(TextWriter writer, string id, string title, IReadOnlyList<(string Label, IReadOnlyList<(int Count, string CssClass)> Segments)> rows)
    {
        writer.WriteLine($"<figure class=\"chart\" id=\"{E(id)}\">");
        writer.WriteLine($"<figcaption>{E(title)}</figcaption>");
        if (rows.Count == 0)
        {
            writer.WriteLine("<p class=\"empty\">Nothing to chart.</p></figure>");
            return;
        }

        const int labelWidth = 250, barWidth = 220, rowHeight = 26, countWidth = 40;
        var max = Math.Max(1, rows.Max(r => r.Segments.Sum(s => s.Count)));
        var height = rows.Count * rowHeight + 6;
        var svg = new StringBuilder();
        svg.Append(FormattableString.Invariant($"<svg role=\"img\" aria-label=\"{E(title)}\" width=\"{labelWidth + barWidth + countWidth}\" height=\"{height}\" viewBox=\"0 0 {labelWidth + barWidth + countWidth} {height}\" xmlns=\"http://www.w3.org/2000/svg\">"));
        for (var i = 0; i < rows.Count; i++)
        {
            var (label, segments) = rows[i];
            var y = i * rowHeight + 4;
            var total = segments.Sum(s => s.Count);
            svg.Append(FormattableString.Invariant($"<text x=\"{labelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\" class=\"label\">{E(Shorten(label, 38))}<title>{E(label)}</title></text>"));
            double x = labelWidth;
            foreach (var (count, cssClass) in segments.Where(s => s.Count > 0))
            {
                var width = Math.Max(2.0, count * (double)barWidth / max);
                svg.Append(FormattableString.Invariant($"<rect x=\"{x:0.#}\" y=\"{y}\" width=\"{width:0.#}\" height=\"{rowHeight - 8}\" class=\"{cssClass}\"><title>{E(label)}: {count}</title></rect>"));
                x += width;
            }

            svg.Append(FormattableString.Invariant($"<text x=\"{x + 6:0.#}\" y=\"{y + 15}\" class=\"count\">{total}</text>"));
        }

        svg.Append("</svg>");
        writer.WriteLine(svg.ToString());
        writer.WriteLine("</figure>");
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";

    private const string Css = """
        :root { --error: #c62828; --warning: #b26a00; --info: #1565c0; --muted: #5f6b7a; --line: #d9dee5; --bg: #f6f8fa; }
        * { box-sizing: border-box; }
        body { font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; color: #1f2328; margin: 0; padding: 24px 32px; background: #fff; }
        h1 { font-size: 22px; margin: 0 0 4px; }
        h2 { font-size: 17px; margin: 28px 0 10px; border-bottom: 1px solid var(--line); padding-bottom: 4px; }
        h3 { font-size: 15px; margin: 18px 0 8px; }
        .sub { color: var(--muted); margin: 0 0 16px; }
        .totals { display: flex; flex-wrap: wrap; gap: 12px; margin: 16px 0; }
        .tile { border: 1px solid var(--line); border-radius: 8px; padding: 10px 16px; min-width: 120px; background: var(--bg); }
        .tile b { display: block; font-size: 24px; }
        .tile.error b { color: var(--error); } .tile.warning b { color: var(--warning); } .tile.info b { color: var(--info); }
        .charts { display: flex; flex-wrap: wrap; gap: 24px; }
        figure.chart { margin: 0; border: 1px solid var(--line); border-radius: 8px; padding: 12px; }
        figcaption { font-weight: 600; margin-bottom: 6px; }
        svg .label, svg .count { font-size: 12px; fill: #1f2328; }
        rect.error { fill: var(--error); } rect.warning { fill: var(--warning); } rect.info { fill: var(--info); } rect.bar { fill: #4f6d8f; }
        rect.consent { fill: #2e7d32; } rect.noconsent { fill: #9e9e9e; }
        .legend span { display: inline-block; margin-right: 12px; font-size: 12px; } .legend i { display: inline-block; width: 10px; height: 10px; margin-right: 4px; }
        table { border-collapse: collapse; width: 100%; margin: 8px 0 16px; }
        th, td { text-align: left; vertical-align: top; padding: 6px 8px; border-bottom: 1px solid var(--line); }
        th { background: var(--bg); position: sticky; top: 0; }
        td.num, th.num { text-align: right; }
        code { font: 12px ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
        .sev { font-weight: 600; } .sev.error { color: var(--error); } .sev.warning { color: var(--warning); } .sev.info { color: var(--info); }
        .none { color: var(--error); font-style: italic; }
        .warn { color: var(--warning); } .fail { color: var(--error); }
        .filter { margin: 8px 0; } .filter input { padding: 4px 8px; width: 320px; max-width: 100%; border: 1px solid var(--line); border-radius: 6px; }
        footer { margin-top: 32px; color: var(--muted); font-size: 12px; }
        """;

    private const string Script = """
        (function () {
          var input = document.getElementById('filter');
          var rows = Array.prototype.slice.call(document.querySelectorAll('table.findings tbody tr'));
          var shown = document.getElementById('shown');
          function update() {
            var q = input ? input.value.toLowerCase() : '';
            var n = 0;
            rows.forEach(function (row) {
              var visible = !q || row.textContent.toLowerCase().indexOf(q) >= 0;
              row.style.display = visible ? '' : 'none';
              if (visible) { n++; }
            });
            if (shown) { shown.textContent = n + ' of ' + rows.length + ' shown'; }
          }
          if (input) { input.addEventListener('input', update); }
          update();
          document.body.setAttribute('data-rendered', 'true');
        })();
        """;
}
