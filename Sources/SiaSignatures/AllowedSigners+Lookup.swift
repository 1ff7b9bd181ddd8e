/// Which lines of an allowed-signers file may name a principal, found without matching
/// every line: an institute's file lists thousands of people, one literal e-mail a
/// line, and `sia registry` asks for each of 50,000 documents (matching all lines was a
/// quarter of its time). A line whose principals are only literals (no `*`, `?` or `!`,
/// none longer than OpenSSH's limit) matches exactly when the principal equals one of
/// them byte for byte, so it is filed under those; every other line stays a candidate
/// for every principal. The candidates are then matched as before, in file order, so
/// the answer is the one a walk over all lines gives.
struct AllowedSignersLookup: Sendable {
  /// Line indexes (into `lines`) by literal principal, each list in file order.
  private var byLiteral: [[UInt8]: [Int]] = [:]
  /// Lines with a pattern, a negation or no readable principals field.
  private var others: [Int] = []

  init(_ lines: [AllowedSigners.Line]) {
    for (index, line) in lines.enumerated() {
      guard let literals = AllowedSignersLookup.literals(line.principals) else {
        others.append(index)
        continue
      }
      for literal in Set(literals) { byLiteral[literal, default: []].append(index) }
    }
  }

  /// The sub-patterns of `list` as `PatternList.matches` walks them (a trailing comma
  /// adds none), or nil when one is not a plain literal.
  static func literals(_ list: String?) -> [[UInt8]]? {
    guard let list else { return nil }
    let bytes = Array(list.utf8)
    guard !bytes.contains(where: { $0 == UInt8(ascii: "*") || $0 == UInt8(ascii: "?") || $0 == UInt8(ascii: "!") })
    else { return nil }
    var parts = bytes.split(separator: UInt8(ascii: ","), omittingEmptySubsequences: false).map(Array.init)
    if parts.last?.isEmpty == true { parts.removeLast() }
    guard parts.allSatisfy({ $0.count <= PatternList.longestPattern }) else { return nil }
    return parts
  }

  /// The lines that may match `principal`, in file order.
  func candidates(for principal: String) -> [Int] {
    let listed = byLiteral[Array(principal.utf8)] ?? []
    if others.isEmpty { return listed }
    if listed.isEmpty { return others }
    return (listed + others).sorted()
  }
}
