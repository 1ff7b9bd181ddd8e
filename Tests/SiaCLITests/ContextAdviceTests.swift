import Foundation
import SiaKit
import SiaTestSupport
import XCTest

@testable import SiaCLI

/// Advice names a command the person can type where they read it: a shell command
/// (`sia ask`, `sia train`…) never advises a REPL-only `/command`, and the REPL never
/// advises `sia profile` or `sia keygen` when `/profil` or `/cle` exists. Checked by
/// context: statically on the messages that only shell commands or only the REPL show,
/// and on what the recorded sessions (Transcripts/) and a few shell runs print.
final class ContextAdviceTests: XCTestCase {
  static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

  /// Shell subcommands the REPL does itself, and so must not send the person to.
  static let shellWithReplEquivalent = ["profile", "keygen", "guide", "ask", "assess", "declare", "train", "scan"]

  /// Every name and alias of the REPL's own commands (`/aide`, `/profil`, `/cle`…).
  static var replCommandWords: Set<String> {
    Set(ReplCommands.all.flatMap { [$0.name] + $0.aliases }.filter { $0.first?.isLetter == true })
  }

  /// `/word` mentions of REPL commands in a text.
  static func replAdvice(in text: String) -> [String] {
    let words = replCommandWords
    return text.matches(of: #/(?:^|[\s(«"“:])/([a-zé]+)/#).map { String($0.output.1) }.filter(words.contains)
  }

  /// Shell commands of a trainer that the REPL has no equivalent of, so it may name them:
  /// certifying attendees' attestations and a group's summary.
  static let trainerOnly: Set<String> = ["train --certify", "train --summary"]

  /// `sia X` mentions of shell commands that the REPL does itself.
  static func shellAdvice(in text: String) -> [String] {
    text.matches(of: #/\bsia ([a-z]+)\b( --[a-z-]+)?/#).filter {
      !trainerOnly.contains(String($0.output.1) + String($0.output.2 ?? ""))
    }.map { String($0.output.1) }.filter(shellWithReplEquivalent.contains)
  }

  /// Catalogue constant names → messages, read from the catalogue sources.
  static func catalogueByName() throws -> [String: Message] {
    let byKey = Dictionary(Messages.all.map { ($0.key, $0) }) { first, _ in first }
    var result: [String: Message] = [:]
    let folder = root.appendingPathComponent("Sources/SiaKit/Messages")
    for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".swift") {
      let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
      for match in text.matches(of: #/static let (\w+) = Message\(\s*"([^"]+)"/#) {
        if let message = byKey[String(match.output.2)] { result[String(match.output.1)] = message }
      }
    }
    return result
  }

  /// Swift sources of one folder of SiaCLI, as (file, text).
  static func sources(_ folder: String) throws -> [(String, String)] {
    let url = root.appendingPathComponent("Sources/SiaCLI/\(folder)")
    return try FileManager.default.contentsOfDirectory(atPath: url.path).filter { $0.hasSuffix(".swift") }.sorted().map
    {
      ($0, try String(contentsOf: url.appendingPathComponent($0), encoding: .utf8))
    }
  }

  func testTheDetectorsFindAdvice() {
    XCTAssertEqual(Self.replAdvice(in: "Tapez /aide pour la liste, ou /lire contacts."), ["aide", "lire"])
    XCTAssertEqual(Self.replAdvice(in: "Voir docs/schemas/ask.schema.json et /usr/bin"), [])
    XCTAssertEqual(Self.shellAdvice(in: "Créez-la avec sia keygen, puis : sia sign x.md"), ["keygen"])
    XCTAssertEqual(Self.shellAdvice(in: "contresignée (sia train --certify), refaites sia train --seed 4"), ["train"])
  }

  /// Messages that only shell commands show (referenced from Commands/ and nowhere in
  /// the REPL's files) advise no REPL-only command, and the REPL's own messages no
  /// shell command that the REPL does itself.
  func testMessagesShownInOneContextAdviseThatContextsCommands() throws {
    let catalogue = try Self.catalogueByName()
    let shellFiles = try Self.sources("Commands").filter { $0.0 != "Sia.swift" }
    let replFiles = try Self.sources("REPL")
    let everyFile =
      try ["Commands", "REPL", "Rendering", "Documents", "Training", "Scanning"].flatMap(Self.sources)
      + [
        (
          "AppContext.swift",
          try String(contentsOf: Self.root.appendingPathComponent("Sources/SiaCLI/AppContext.swift"), encoding: .utf8)
        )
      ]
    func users(_ name: String, in files: [(String, String)]) -> Set<String> {
      let pattern = try! Regex("Messages\\.\(name)\\b")
      return Set(files.filter { $0.1.contains(pattern) }.map(\.0))
    }
    var offenders: [String] = []
    var checkedShell = 0
    var checkedRepl = 0
    for (name, message) in catalogue {
      let all = users(name, in: everyFile)
      guard !all.isEmpty else { continue }
      let shell = users(name, in: shellFiles)
      let repl = users(name, in: replFiles)
      for lang in Lang.allCases {
        let text = message.text(lang)
        if shell == all {
          checkedShell += 1
          let advice = Self.replAdvice(in: text)
          if !advice.isEmpty { offenders.append("shell \(name) (\(shell.sorted())): /\(advice) in «\(text)»") }
        }
        if repl == all {
          checkedRepl += 1
          let advice = Self.shellAdvice(in: text)
          if !advice.isEmpty { offenders.append("REPL \(name) (\(repl.sorted())): sia \(advice) in «\(text)»") }
        }
      }
    }
    XCTAssertGreaterThan(checkedShell, 40)
    XCTAssertGreaterThan(checkedRepl, 40)
    XCTAssertEqual(offenders, [], offenders.joined(separator: "\n"))
  }

  /// What the recorded sessions print: REPL sessions advise no shell command the REPL
  /// does itself; the ones started as a shell command (`% args: train …`, `scan …`)
  /// advise no REPL-only command other than those of their own dialogue.
  func testRecordedSessionsAdviseTheirOwnContextsCommands() throws {
    let folder = Self.root.appendingPathComponent("Transcripts")
    let files =
      FileManager.default.enumerator(atPath: folder.path)?.compactMap { $0 as? String }
      .filter { $0.hasSuffix(".txt") }.sorted() ?? []
    XCTAssertGreaterThan(files.count, 30)
    var offenders: [String] = []
    for file in files {
      let transcript = Transcript.parse(try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8))
      let subcommand = transcript.arguments.first { !$0.hasPrefix("-") && $0 != "en" && $0 != "fr" }
      let output = transcript.sessions.flatMap(\.expected).filter {
        Transcript.promptInput($0) == nil && !$0.hasPrefix("%")
      }
      // A session's record wraps long lines: advice may straddle two of them.
      let text = output.joined(separator: " ")
      if let subcommand {
        // `sia train` runs the training dialogue, whose own commands are /lire and /pause.
        let own: Set<String> = subcommand == "train" ? ["lire", "read", "pause"] : []
        let advice = Self.replAdvice(in: text).filter { !own.contains($0) }
        if !advice.isEmpty { offenders.append("\(file) (sia \(subcommand)): /\(advice)") }
      } else {
        let advice = Self.shellAdvice(in: text)
        if !advice.isEmpty { offenders.append("\(file) (REPL): sia \(advice)") }
      }
    }
    XCTAssertEqual(offenders, [], offenders.joined(separator: "\n"))
  }

  /// The shell commands whose advice depends on what they find: `sia ask` with an
  /// answer, with the closest passages, with nothing; `sia guide` with an unknown id;
  /// `sia train --resume` with nothing to resume; in both languages.
  func testShellCommandsAdviseShellCommands() throws {
    let runner = try SiaRunner()
    let runs: [[String]] = [
      ["ask", "données de santé ChatGPT"], ["ask", "xylophone quantique"], ["ask", "le la les"],
      ["ask", "puis-je utiliser mon ordinateur pour une recette de cuisine avec un modèle"],
      ["guide", "section-qui-n-existe-pas"], ["train", "--resume"], ["assess", "--answers", "/nonexistent.yaml"],
    ]
    for lang in ["fr", "en"] {
      for arguments in runs {
        let result = try runner.run(["--lang", lang] + arguments)
        let advice = Self.replAdvice(in: result.stdout + "\n" + result.stderr)
        XCTAssertEqual(
          advice, [], "sia \(arguments.joined(separator: " ")) (\(lang)):\n\(result.stdout)\(result.stderr)")
      }
    }
  }
}
