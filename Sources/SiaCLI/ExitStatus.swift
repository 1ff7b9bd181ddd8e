/// The exit statuses every command shares (README, « Codes de sortie »). Commands that
/// report several states of their own (`verify`, `scan`) document theirs beside these.
enum ExitStatus {
  /// Done, nothing to report.
  static let success: Int32 = 0
  /// The command worked and found something to act on: lint errors, no answer, refusal.
  static let found: Int32 = 1
  /// An input problem: a missing or unreadable file, an invalid document or profile.
  static let input: Int32 = 2
  /// A usage error: unknown subcommand or option, a bad option value (EX_USAGE, the
  /// argument parser's own code).
  static let usage: Int32 = 64
}
