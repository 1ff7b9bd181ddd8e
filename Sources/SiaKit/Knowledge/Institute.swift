/// The institute-specific names (`institute.yaml`), substituted for `{{key}}` in every
/// text of the knowledge base so another institute can adapt it without code.
public struct Institute: Sendable {
  public var values: [String: String]

  public init(values: [String: String]) { self.values = values }

  public func value(_ key: String, _ lang: Lang = .fr) -> String? {
    if lang == .en, let english = values["\(key)_en"] { return english }
    return values[key]
  }

  /// Replaces every `{{key}}`; unknown keys are reported through `unknown` and left as-is.
  public func expand(_ text: String, _ lang: Lang = .fr, unknown: (String) -> Void = { _ in }) -> String {
    guard text.containsBytes("{{") else { return text }
    var out = ""
    var rest = Substring(text)
    while let open = rest.firstBytesRange(of: "{{") {
      out += rest[..<open.lowerBound]
      let after = rest[open.upperBound...]
      guard let close = after.firstBytesRange(of: "}}") else {
        out += rest[open.lowerBound...]
        return out
      }
      let key = String(after[..<close.lowerBound].trimmed)
      if let value = value(key, lang) {
        out += value
      } else {
        unknown(key)
        out += rest[open.lowerBound..<close.upperBound]
      }
      rest = after[close.upperBound...]
    }
    return out + rest
  }
}

/// A theme that tags sections, FAQ entries and exercises (`themes.yaml`).
public struct Theme: Sendable, Hashable {
  public var id: String
  public var label: Bilingual
}
