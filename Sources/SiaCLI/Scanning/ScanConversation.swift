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
  private let lang: Lang
  static let maxBytes = ScanLimits().maxBytes

  init(lang: Lang) { self.lang = lang }

  /// The `sia[…]> ` form of every other prompt, so transcripts read pasted lines as input.
  var prompt: String { lang == .en ? "sia[text to check]> " : "sia[texte à vérifier]> " }
  var takesRawInput: Bool { true }

  static func start(session: ReplSession) {
    session.say(Messages.scanPasteIntro)
    session.conversation = ScanConversation(lang: session.lang)
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
      session.say(
        ScanProblem.tooLarge(limit: ScanConversation.maxBytes).message(
          source: Messages.scanPastedSource.text(session.lang)
        ).text(session.lang))
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
      session.say(ScanRenderer(lang: session.lang, width: session.console.width).text(report))
      session.lastScan = report
      session.say(Messages.scanPasteFollowUp)
    }
  }
}

extension ReplSession {
  /// The scanner, loaded on first use (word lists and lexicon).
  func textScanner() -> TextScanner {
    if let scanner = featureState.textScanner { return scanner }
    let scanner = ScanSetup.scanner(knowledgeRoot: knowledge.root, lang: lang) { [weak self] text in self?.say(text) }
    featureState.textScanner = scanner
    return scanner
  }

  /// The report of the last `/verifier` of the session (no text, counts and masked
  /// excerpts only).
  var lastScan: ScanReport? {
    get { featureState.lastScan }
    set { featureState.lastScan = newValue }
  }
}

extension InterviewConversation {
  /// The answers the last `/verifier` supports, with its counts as evidence, to be
  /// confirmed like any other pre-answer.
  static func scanPreAnswers(session: ReplSession) -> [PreAnswer] {
    guard let scan = session.lastScan else { return [] }
    let list = ScanRenderer(lang: session.lang).countList(scan.counts)
    let evidence = Messages.scanEvidence.text(session.lang, [.list: list])
    let answers = scan.conclusion.suggestedAnswers
    if !answers.isEmpty { session.sayWrapped(Messages.scanEvidenceShown.text(session.lang, [.list: list])) }
    return answers.map {
      PreAnswer(question: $0.question, values: $0.values, sources: ["scan"], matched: evidence)
    }
  }
}

extension ReplCommands {
  static let scan: [ReplCommand] = [
    ReplCommand("verifier", aliases: ["scan", "vérifier"], summary: Messages.cmdScan) { session, _ in
      ScanConversation.start(session: session)
    }
  ]
}

extension PreAnswer {
  /// `found` with `added` merged in: a multiple-choice question gains the new options
  /// (sources joined), a single choice takes the scan's answer, which reads the text
  /// itself rather than how it was described.
  static func merging(_ found: [PreAnswer], _ added: [PreAnswer], model: DecisionModel) -> [PreAnswer] {
    var result = found
    for answer in added {
      guard let index = result.firstIndex(where: { $0.question == answer.question }) else {
        result.append(answer)
        continue
      }
      if model.question(answer.question)?.kind == .multiple {
        let options = model.question(answer.question)?.optionIDs ?? []
        let values = Set(result[index].values + answer.values)
        result[index].values = options.filter(values.contains)
        result[index].sources += answer.sources
        result[index].matched += " ; " + answer.matched
      } else {
        result[index] = answer
      }
    }
    return result
  }
}
