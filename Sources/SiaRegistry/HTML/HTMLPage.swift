import Plot
import SiaKit

/// What every page sia writes shares: one self-contained file, inline CSS, no script
/// and no external resource — and a Content-Security-Policy that forbids both, so even
/// a value that slipped through escaping could neither run nor call out.
///
/// Values from files only ever reach the page as Plot text nodes, which escape `<`,
/// `>` and `&`. Plot does not escape attribute values, so attributes here are only
/// ever constants or numbers computed by sia, never text read from a file.
public enum HTMLPage {
  public static let contentSecurityPolicy =
    "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action 'none'; base-uri 'none'"

  public static func render(lang: Lang, title: String, css: String, body: [Node<HTML.BodyContext>]) -> String {
    let html = HTML(
      .lang(lang == .en ? .english : .french),
      .head(
        .meta(.charset(.utf8)),
        .meta(.attribute(named: "http-equiv", value: "Content-Security-Policy"), .content(contentSecurityPolicy)),
        .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
        .element(named: "title", text: title),
        .style(css)
      ),
      .body(.group(body))
    )
    return html.render(indentedBy: .spaces(1)) + "\n"
  }

  /// `label : value` rows (French spacing) for the facts tables.
  static func label(_ text: String, lang: Lang) -> String { text }

  /// Text as it may be shown: control and bidi characters made visible, so a name
  /// cannot reorder what surrounds it (`\u{202e}` shows as such).
  public static func text(_ value: String) -> Node<HTML.BodyContext> { .text(Sanitizer.neutralize(value)) }

  /// The shared style: A4 pages with 16 mm margins, system fonts, tables that do not
  /// split a row across pages, colours that print (status banners keep a border).
  static let baseCSS = """
    @page { size: A4; margin: 14mm 15mm 16mm 15mm; }
    * { box-sizing: border-box; }
    html { font-family: "DejaVu Sans", "Liberation Sans", Arial, sans-serif; font-size: 10pt; color: #1b1f23; }
    body { margin: 0 auto; max-width: 190mm; padding: 8mm 6mm; line-height: 1.35; background: #fff; }
    h1 { font-size: 17pt; margin: 0 0 2mm; color: #0b3d66; }
    h2 { font-size: 12pt; margin: 5mm 0 2mm; color: #0b3d66; border-bottom: 0.4mm solid #c9d6e2; padding-bottom: 0.8mm; break-after: avoid; }
    h3 { font-size: 10.5pt; margin: 3mm 0 1mm; break-after: avoid; }
    p { margin: 1mm 0 2mm; }
    table { border-collapse: collapse; width: 100%; }
    tr { break-inside: avoid; }
    th, td { text-align: left; vertical-align: top; padding: 1mm 2mm; border-bottom: 0.2mm solid #dde3ea; }
    .facts th { width: 38mm; color: #44505c; font-weight: 600; }
    .status { border: 0.6mm solid; border-radius: 2mm; padding: 2.5mm 3.5mm; margin: 3mm 0; font-weight: 700; }
    .ok { border-color: #1e7b34; background: #e9f6ec; color: #14521f; }
    .warn { border-color: #b26a00; background: #fff4e0; color: #6b3f00; }
    .bad { border-color: #b00020; background: #fde8eb; color: #8a0018; }
    .verdict-ok { color: #1e7b34; } .verdict-conditions { color: #8a5a00; } .verdict-validation { color: #9a4400; } .verdict-interdit { color: #b00020; }
    .tag { display: inline-block; border: 0.3mm solid currentColor; border-radius: 1.2mm; padding: 0 1.5mm; font-size: 8.5pt; font-weight: 700; }
    .muted { color: #5b6670; font-size: 8.5pt; }
    code, pre, .mono { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; }
    .mono { font-size: 8.5pt; word-break: break-all; }
    pre.cmd { font-size: 8pt; background: #f3f5f7; padding: 2mm; white-space: pre-wrap; word-break: break-all; margin: 1mm 0 2mm; }
    .appendix { margin-top: 6mm; }
    pre.json { font-size: 6.5pt; line-height: 1.25; white-space: pre-wrap; word-break: break-all; overflow-wrap: anywhere; margin: 0; }
    ol.answers li { margin-bottom: 1mm; break-inside: avoid; }
    ol.answers .a { font-weight: 600; }
    ul.commitments { list-style: none; padding-left: 1mm; }
    ul.commitments li::before { content: "\\2611\\00a0"; }
    footer { margin-top: 5mm; }
    @media print { body { padding: 0; max-width: none; } a { color: inherit; text-decoration: none; } }
    """
}
