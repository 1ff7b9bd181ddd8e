import SiaKit

/// The registry in a terminal: one aligned line per use under a header, long values cut
/// with `…` so columns stay aligned; every value from a file is neutralised (control and
/// bidi characters made visible) before it reaches the terminal.
public struct RegistryTable {
  public var labels: RegistryLabels
  /// Widest a column may grow, by position (declarant, unit, system, verdict, kind, approval, validity, signature).
  static let maxWidths = [24, 10, 20, 26, 11, 26, 20, 18]

  public init(labels: RegistryLabels) { self.labels = labels }

  /// The table when it fits in `width` columns (nil: no limit, e.g. a pipe), else one
  /// short block per use (`cards`), so a narrow terminal never wraps a line mid-cell.
  /// In between, a compact table: what every line shares said once above it (a single
  /// unit, a single approver) rather than in a column.
  public func render(_ entries: [RegistryEntry], width: Int?) -> [String] {
    let table = render(entries)
    guard let width, let widest = table.map(\.count).max(), widest > width else { return table }
    let compact = self.compact(entries)
    if let widest = compact.map(\.count).max(), widest <= width { return compact }
    return cards(entries, width: width)
  }

  /// The table without the unit column when all lines share one unit, and without the
  /// approver's name when one person made every decision; both named on a first line.
  public func compact(_ entries: [RegistryEntry]) -> [String] {
    let units = Set(entries.map(labels.unit).filter { !$0.isEmpty })
    let approvers = Set(entries.filter { $0.approval == .approved || $0.approval == .refused }.map(\.approverName))
    let dropUnit = units.count == 1
    let dropApprover = approvers.count == 1
    guard dropUnit || dropApprover else { return render(entries) }
    var columns = Array(labels.headers.indices)
    if dropUnit { columns.removeAll { $0 == 1 } }
    let rows =
      [columns.map { labels.headers[$0] }]
      + entries.map { entry in
        var cells = labels.cells(entry)
        if dropApprover { cells[5] = labels.approval(entry, naming: false) }
        return columns.map { Sanitizer.neutralize(cells[$0]) }
      }
    var shared: [String] = []
    if dropUnit, let unit = units.first {
      shared.append(labels.headers[1] + (labels.lang == .fr ? " : " : ": ") + unit)
    }
    if dropApprover, let who = approvers.first {
      shared.append(Messages.registryDecidedBy.text(labels.lang, [.who: who]))
    }
    return [Sanitizer.neutralize(shared.joined(separator: " · ")), ""]
      + aligned(rows, maxWidths: columns.map { RegistryTable.maxWidths[$0] })
  }

  /// One block per use: who, unit, system; verdict, kind, approval; validity and
  /// `sia verify`'s outcome — each line folded between words to `width`.
  public func cards(_ entries: [RegistryEntry], width: Int) -> [String] {
    var lines: [String] = []
    for (index, entry) in entries.enumerated() {
      if index > 0 { lines.append("") }
      let cells = labels.cells(entry).map(Sanitizer.neutralize)
      let validity = entry.validUntil.isEmpty ? nil : Messages.registryCardUntil.text(labels.lang, [.date: cells[6]])
      let check = Messages.registryCardCheck.text(labels.lang, [.outcome: cells[7]])
      let groups = [
        [cells[0], cells[1], cells[2]].filter { !$0.isEmpty && $0 != "—" },
        [cells[3], cells[4], cells[5]].filter { !$0.isEmpty && $0 != "—" },
        [validity, check].compactMap { $0 },
      ]
      for (number, group) in groups.enumerated() {
        lines += RegistryTable.fold(pieces: group, width: width, indent: number == 0 ? "" : "  ")
      }
    }
    return lines
  }

  /// `pieces` joined with « · » in lines of at most `width` characters, a line broken
  /// between pieces rather than inside one (and between words only when one piece alone
  /// is too long); lines after the first are indented two more spaces.
  public static func fold(pieces: [String], width: Int, indent: String) -> [String] {
    var lines: [String] = []
    var line = ""
    for piece in pieces {
      let lead = lines.isEmpty && line.isEmpty ? indent : (line.isEmpty ? indent + "  " : "")
      let candidate = line.isEmpty ? lead + piece : line + " · " + piece
      if candidate.count <= width || line.isEmpty && piece.count + lead.count <= width {
        line = candidate
        continue
      }
      if !line.isEmpty { lines.append(line) }
      let words = fold(piece, width: width, indent: lines.isEmpty ? indent : indent + "  ")
      lines += words.dropLast()
      line = words.last ?? ""
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  /// `text` in lines of at most `width` characters, cut between words; the first after
  /// `indent`, the others after `continuation` (default: two more spaces). A word longer
  /// than a line (a path) keeps a line of its own.
  /// French puts a space before these; a line never starts with one.
  static let frenchPunctuation: Set<String> = [":", ";", "?", "!", "»"]

  public static func fold(_ text: String, width: Int, indent: String, continuation: String? = nil) -> [String] {
    let next = continuation ?? indent + "  "
    var lines: [String] = []
    var line = ""
    for word in text.split(separator: " ", omittingEmptySubsequences: true) {
      if line.isEmpty {
        line = (lines.isEmpty ? indent : next) + word
      } else if line.count + 1 + word.count > width && !RegistryTable.frenchPunctuation.contains(String(word)) {
        lines.append(line)
        line = next + word
      } else {
        line += " " + word
      }
    }
    if !line.isEmpty { lines.append(line) }
    return lines
  }

  public func render(_ entries: [RegistryEntry]) -> [String] {
    aligned(
      [labels.headers] + entries.map { labels.cells($0).map(Sanitizer.neutralize) }, maxWidths: RegistryTable.maxWidths)
  }

  /// Rows in columns two spaces apart, each column as wide as its widest cell up to its
  /// maximum; trailing spaces dropped. Each cell's width is counted once, and each line
  /// is built by appending into one string (a table may have 50,000 lines).
  func aligned(_ rows: [[String]], maxWidths: [Int]) -> [String] {
    var widths = Array(repeating: 0, count: maxWidths.count)
    let cellWidths = rows.map { row in row.map(RegistryTable.width) }
    for row in cellWidths {
      for (column, cell) in row.enumerated() {
        widths[column] = min(max(widths[column], cell), maxWidths[column])
      }
    }
    return zip(rows, cellWidths).map { row, rowWidths in
      var line = ""
      line.reserveCapacity(160)
      for (column, cell) in row.enumerated() {
        if column > 0 { line.append("  ") }
        let width = widths[column]
        if rowWidths[column] > width {
          line.append(String(cell.prefix(width - 1)))
          line.append("…")
        } else {
          line.append(cell)
          if column < row.count - 1 {
            for _ in 0..<(width - rowWidths[column]) { line.append(" ") }
          }
        }
      }
      return line.trimmingTrailingSpaces
    }
  }

  /// How many characters `text` has (its width in the table): counted on Unicode scalars
  /// when every one is below U+0300 (Latin scripts, precomposed accents), where a scalar
  /// is a character, and as Swift's characters otherwise (combining marks, emoji…).
  static func width(_ text: String) -> Int {
    var count = 0
    for scalar in text.unicodeScalars {
      // CR LF is one character; above U+02FF come combining marks and joiners.
      if scalar.value >= 0x300 || scalar.value == 0x0D { return text.count }
      count += 1
    }
    return count
  }
}

extension String {
  /// Without its trailing spaces: counted on bytes, one slice made (not a Character
  /// removed at a time).
  var trimmingTrailingSpaces: String {
    var trailing = 0
    for byte in utf8.reversed() {
      guard byte == UInt8(ascii: " ") else { break }
      trailing += 1
    }
    return trailing == 0 ? self : String(decoding: utf8.dropLast(trailing), as: UTF8.self)
  }
}
