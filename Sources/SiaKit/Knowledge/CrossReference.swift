/// `[§id]` references between texts of the knowledge base.
public enum CrossReference {
  /// Every referenced id with the 0-based line (within `text`) where it appears.
  public static func references(in text: String) -> [(id: String, line: Int)] {
    var found: [(String, Int)] = []
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
      var rest = line[...]
      while let open = rest.firstBytesRange(of: "[§") {
        let after = rest[open.upperBound...]
        guard let close = after.firstIndex(of: "]") else { break }
        let id = String(after[..<close].trimmed)
        found.append((id, index))
        rest = after[after.index(after: close)...]
      }
    }
    return found
  }

  public static func ids(in text: String) -> [String] { references(in: text).map(\.id) }
}
