namespace StalemateSim.Cli.Report;

/// <summary>The report's style sheet: readable on screen, and on paper without the navigation. Free of '&lt;', '&gt;' and '&amp;' so it survives XML escaping.</summary>
internal static class ReportStyle
{
    public const string Css = """
        * { box-sizing: border-box; }
        body { font-family: "DejaVu Sans", Arial, Helvetica, sans-serif; color: #222222; background: #ffffff;
               margin: 0 auto; max-width: 1264px; padding: 24px 32px 48px; line-height: 1.45; font-size: 15px; }
        h1 { font-size: 28px; margin: 0 0 6px; }
        h2 { font-size: 21px; margin: 40px 0 12px; padding-bottom: 4px; border-bottom: 2px solid #0072b2; }
        h3 { font-size: 16px; margin: 22px 0 6px; }
        p, li { max-width: 960px; }
        .lead { color: #444444; font-size: 16px; }
        .muted, figcaption, .note { color: #555555; }
        .note { font-size: 14px; }
        .status { display: inline-block; padding: 1px 10px; border-radius: 3px; font-weight: bold; }
        .status-complete { background: #e1f2ea; color: #00603f; }
        .status-partial { background: #fde5d2; color: #8a3b00; }
        .warning { background: #fff4e0; border-left: 4px solid #e69f00; padding: 8px 12px; max-width: 960px; }
        nav { background: #f5f7fa; border: 1px solid #dde3ea; padding: 8px 16px; margin: 18px 0; }
        nav ol { margin: 4px 0; padding-left: 22px; columns: 2; }
        a { color: #0061a0; }
        table { border-collapse: collapse; margin: 8px 0 16px; font-variant-numeric: tabular-nums; }
        th, td { border-bottom: 1px solid #dddddd; padding: 5px 12px; text-align: left; vertical-align: top; }
        thead th { border-bottom: 2px solid #999999; background: #f3f3f3; }
        .num { text-align: right; white-space: nowrap; }
        th.num { white-space: normal; max-width: 170px; }
        td .band { display: block; color: #666666; font-size: 12px; }
        dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: 4px 18px; margin: 8px 0 16px; }
        dl.facts dt { font-weight: bold; color: #444444; }
        dl.facts dd { margin: 0; }
        code, .hash { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 13px; overflow-wrap: anywhere; }
        figure { margin: 28px 0; break-inside: avoid; page-break-inside: avoid; }
        figure svg { display: block; width: 100%; max-width: 1200px; height: auto; border: 1px solid #e5e5e5; }
        figcaption { font-size: 14px; margin-top: 6px; max-width: 1200px; }
        pre { background: #f7f7f7; border: 1px solid #dddddd; padding: 12px; font-size: 12px;
              white-space: pre-wrap; overflow-wrap: anywhere; }
        footer { margin-top: 40px; font-size: 13px; color: #666666; }
        @media print {
          body { max-width: none; padding: 0; font-size: 10pt; }
          nav { display: none; }
          h2 { break-after: avoid; page-break-after: avoid; }
          figure, table, dl.facts { break-inside: avoid; page-break-inside: avoid; }
          figure svg { border: none; }
          a { color: inherit; text-decoration: none; }
        }
        @page { size: A4; margin: 14mm; }
        """;
}
