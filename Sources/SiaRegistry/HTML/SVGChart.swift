import Plot
import SiaKit

/// Horizontal bar charts as inline SVG, drawn by sia (no script, no font download):
/// a label, a bar proportional to the count, the count. Labels are text nodes, so a
/// system called `<script>` is drawn as those characters.
struct SVGChart {
  struct Bar {
    var label: String
    var count: Int
    /// A CSS class from a fixed set (`bar-ok`, `bar-interdit`…), never file text.
    var style: String
  }

  var title: String
  var bars: [Bar]

  static let width = 340
  static let rowHeight = 18
  static let labelWidth = 120

  func node() -> Node<HTML.BodyContext> {
    let maximum = max(bars.map(\.count).max() ?? 0, 1)
    let height = max(bars.count, 1) * SVGChart.rowHeight + 6
    let barSpace = SVGChart.width - SVGChart.labelWidth - 40
    var shapes: [Node<HTML.BodyContext>] = []
    for (index, bar) in bars.enumerated() {
      let y = 3 + index * SVGChart.rowHeight
      let length = bar.count == 0 ? 0 : max(2, bar.count * barSpace / maximum)
      shapes.append(
        element(
          "text", [("x", "\(SVGChart.labelWidth - 6)"), ("y", "\(y + 12)"), ("text-anchor", "end"), ("class", "lbl")],
          text: SVGChart.shortened(Sanitizer.neutralize(bar.label))))
      shapes.append(
        element(
          "rect",
          [
            ("x", "\(SVGChart.labelWidth)"), ("y", "\(y + 2)"), ("width", "\(length)"),
            ("height", "\(SVGChart.rowHeight - 5)"),
            ("class", bar.style), ("rx", "2"),
          ]))
      shapes.append(
        element(
          "text", [("x", "\(SVGChart.labelWidth + length + 4)"), ("y", "\(y + 12)"), ("class", "num")],
          text: "\(bar.count)"))
    }
    let svg = Node<HTML.BodyContext>.element(
      named: "svg",
      nodes: [
        .attribute(named: "xmlns", value: "http://www.w3.org/2000/svg"),
        .attribute(named: "viewBox", value: "0 0 \(SVGChart.width) \(height)"),
        .attribute(named: "width", value: "\(SVGChart.width)"),
        .attribute(named: "height", value: "\(height)"),
        .attribute(named: "role", value: "img"),
      ] + shapes)
    return .div(.class("chart"), .h3(.text(title)), svg)
  }

  func element(_ name: String, _ attributes: [(String, String)], text: String? = nil) -> Node<HTML.BodyContext> {
    var nodes: [Node<HTML.BodyContext>] = attributes.map { .attribute(named: $0.0, value: $0.1) }
    if let text { nodes.append(.text(text)) }
    return .element(named: name, nodes: nodes)
  }

  static func shortened(_ label: String) -> String {
    label.count > 18 ? String(label.prefix(17)) + "…" : label
  }
}
