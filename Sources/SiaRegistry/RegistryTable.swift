import SiaKit

/// The registry in a terminal: one aligned line per use under a header, long values cut
/// with `…` so columns stay aligned; every value from a file is neutralised (control and
/// bidi characters made visible) before it reaches the terminal.
public struct RegistryTable {
  public var labels: RegistryLabels
  /// Widest a column may grow, by position (declarant, unit, system, verdict, kind, approval, validity, signature).
  static let maxWidths = [24, 10, 20, 26, 11, 26, 20, 18]

  public init(labels: RegistryLabels) { self.labels = labels }

  public func render(_ entries: [RegistryEntry]) -> [String] {
    let rows = [labels.headers] + entries.map { labels.cells($0).map(Sanitizer.neutralize) }
    var widths = Array(repeating: 0, count: labels.headers.count)
    for row in rows {
      for (column, cell) in row.enumerated() { widths[column] = min(max(widths[column], cell.count), RegistryTable.maxWidths[column]) }
    }
    return rows.map { row in
      row.enumerated().map { column, cell in
        let fitted = RegistryTable.fit(cell, to: widths[column])
        return column == row.count - 1 ? fitted.trimmingTrailingSpaces : fitted
      }.joined(separator: "  ").trimmingTrailingSpaces
    }
  }

  /// `text` cut with `…` or padded with spaces to `width` characters.
  static func fit(_ text: String, to width: Int) -> String {
    if text.count > width { return String(text.prefix(width - 1)) + "…" }
    return text + String(repeating: " ", count: width - text.count)
  }
}

extension String {
  var trimmingTrailingSpaces: String {
    var text = self
    while text.last == " " { text.removeLast() }
    return text
  }
}
