import Foundation

/// An `allowed_signers` file with its malformed lines as diagnostics (`file:line:
/// error: …`), for a warning or a lint; the file stays usable for the principals whose
/// lines are sound.
extension AllowedSigners {
  public static func parse(_ text: String, file: String) -> (AllowedSigners, [Diagnostic]) {
    parse(Data(text.utf8), file: file)
  }

  public static func parse(_ data: Data, file: String) -> (AllowedSigners, [Diagnostic]) {
    let signers = parse(data)
    let fatal = signers.lines.compactMap { line -> Diagnostic? in
      guard line.principals == nil, case .failure(let problem) = line.entry else { return nil }
      return diagnostic(problem, file: file, line: line.number)
    }
    let bad = signers.diagnostics(file: file).filter { diagnostic in !fatal.contains { $0.line == diagnostic.line } }
    return (signers, (fatal + bad).sorted { $0.line < $1.line })
  }

  /// The bad lines, as diagnostics, for a file check.
  public func diagnostics(file: String) -> [Diagnostic] {
    lines.compactMap { line in
      guard case .failure(let problem) = line.entry else { return nil }
      return Self.diagnostic(problem, file: file, line: line.number)
    }
  }

  /// OpenSSH's own wording, for logs: `sia verify` tells the person through
  /// `SignerTrust.malformedLine` (catalogue), never through these diagnostics. The
  /// problem quotes the line's bytes as they are; they are neutralised here, on their
  /// way to a terminal (the rest of each problem is plain ASCII).
  static func diagnostic(_ problem: Problem, file: String, line: Int) -> Diagnostic {
    let message = Sanitizer.neutralize(problem.message)
    return Diagnostic(file: file, line: line, Bilingual(fr: message, en: message))
  }
}
