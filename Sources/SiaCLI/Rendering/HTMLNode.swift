/// A tiny HTML tree whose texts and attribute values are escaped when rendered, so no
/// text read from a file can become markup: escaping by construction. Written by hand
/// because Plot, the kept library for HTML, is not a dependency of this package yet and
/// one printable page does not justify adding it.
indirect enum HTMLNode {
  case element(String, attributes: [(String, String)] = [], children: [HTMLNode] = [])
  case text(String)

  static func el(_ name: String, _ children: [HTMLNode]) -> HTMLNode {
    .element(name, attributes: [], children: children)
  }

  static func el(_ name: String, attrs: [(String, String)], _ children: [HTMLNode]) -> HTMLNode {
    .element(name, attributes: attrs, children: children)
  }

  static func el(_ name: String, _ text: String) -> HTMLNode {
    .element(name, attributes: [], children: [.text(text)])
  }

  static func el(_ name: String, attrs: [(String, String)], _ text: String) -> HTMLNode {
    .element(name, attributes: attrs, children: [.text(text)])
  }

  static let voidElements: Set<String> = ["meta", "br", "hr"]

  var rendered: String {
    switch self {
    case .text(let text): return HTMLNode.escape(text)
    case let .element(name, attributes, children):
      let attributeText = attributes.map { " \($0.0)=\"\(HTMLNode.escape($0.1))\"" }.joined()
      if HTMLNode.voidElements.contains(name) { return "<\(name)\(attributeText)>" }
      return "<\(name)\(attributeText)>" + children.map(\.rendered).joined() + "</\(name)>"
    }
  }

  static func escape(_ text: String) -> String {
    var out = ""
    out.reserveCapacity(text.utf8.count)
    for character in text.unicodeScalars {
      switch character {
      case "&": out += "&amp;"
      case "<": out += "&lt;"
      case ">": out += "&gt;"
      case "\"": out += "&quot;"
      case "'": out += "&#39;"
      default: out.unicodeScalars.append(character)
      }
    }
    return out
  }
}
