import Foundation
import SiaKit

/// `/verifier`: takes pasted lines as they are until a line holding only `.` or Ctrl-D,
/// scans them in memory, shows the report, and forgets the text. Only the report (no
/// text: masked excerpts and counts) stays for the session, for /evaluer and the
/// declaration. Lines are never remembered in the history (see `takesRawInput`).
final class ScanConversation: Conversation {
  private var lines: [String] = []
  private var bytes = 0
  private var tooLong = false
  static let maxBytes = ScanLimits().maxBytes

  var prompt: String { "… " }
  var takesRawInput: Bool { true }

  static func start(session: ReplSession) {
    session.say(Messages.scanPasteIntro)
    session.conversation = ScanConversation()
  }

  func handle(_ line: String, session: ReplSession) {
    if line.trimmingCharacters(in: .whitespaces) == "." {
      finish(session: session)
      return
    }
    bytes += line.utf8.count + 1
    if bytes > ScanConversation.maxBytes {
      tooLong = true
      return
    }
    lines.append(line)
  }

  func endOfInput(session: ReplSession) { finish(session: session) }

  func interrupt(session: ReplSession) {
    forget()
    session.conversation = nil
    session.say(Messages.scanPasteCancelled)
  }

  private func forget() {
    lines.removeAll()
    bytes = 0
  }

  private func finish(session: ReplSession) {
    session.conversation = nil
    defer { forget() }
    if tooLong {
      session.say(ScanProblem.tooLarge(limit: ScanConversation.maxBytes).message(source: Messages.scanPastedSource.text(session.lang)).text(session.lang))
      return
    }
    guard lines.contains(where: { !$0.trimmingCharacters(in: .whitespaces).isEmpty }) else {
      session.say(Messages.scanPasteEmpty)
      return
    }
    let source = Messages.scanPastedSource.text(session.lang)
    switch session.textScanner().scan(text: lines.joined(separator: "\n"), source: source) {
    case .failure(let problem):
      session.say(problem.message(source: source).text(session.lang))
    case .success(let report):
      session.say(ScanRenderer(lang: session.lang).text(report))
      session.lastScan = report
      session.say(Messages.scanPasteFollowUp)
    }
  }
}

extension ReplSession {
  static let scannerKey = "scan.scanner"
  static let lastScanKey = "scan.last"

  /// The scanner, loaded on first use (word lists and lexicon).
  func textScanner() -> TextScanner {
    if let scanner = featureState[ReplSession.scannerKey] as? TextScanner { return scanner }
    let scanner = ScanSetup.scanner(knowledgeRoot: knowledge.root, lang: lang) { [weak self] text in self?.say(text) }
    featureState[ReplSession.scannerKey] = scanner
    return scanner
  }

  /// The report of the last `/verifier` of the session (no text, counts and masked
  /// excerpts only).
  var lastScan: ScanReport? {
    get { featureState[ReplSession.lastScanKey] as? ScanReport }
    set { featureState[ReplSession.lastScanKey] = newValue }
  }
}

extension ReplCommands {
  static let scan: [ReplCommand] = [
    ReplCommand("verifier", aliases: ["scan", "vérifier", "check"], summary: Messages.cmdScan) { session, _ in
      ScanConversation.start(session: session)
    }
  ]
}
