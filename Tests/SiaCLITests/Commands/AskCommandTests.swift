import Foundation
import XCTest

@testable import SiaCLI
import SiaKit

/// `sia ask` from the shell, on the repository's guide, and the REPL's search commands.
final class AskCommandTests: XCTestCase {
  var runner: SiaRunner!

  override func setUpWithError() throws { runner = try SiaRunner() }
  override func tearDown() { runner.cleanUp() }

  func testJSONHasTheDocumentedShapeInAStableKeyOrder() throws {
    let result = try runner.run(["ask", "--json", "--top", "2", "anonimisation des données de santé"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    XCTAssertEqual(Set(object.keys), ["confidence", "query", "understood_terms", "results"])
    XCTAssertEqual(object["confidence"] as? String, "answer")
    XCTAssertEqual(object["query"] as? String, "anonimisation des données de santé")
    let understood = try XCTUnwrap(object["understood_terms"] as? [String])
    XCTAssertTrue(understood.contains("anonymisation"), "the correction, not the typo: \(understood)")
    XCTAssertFalse(understood.contains("anonimisation"))
    let results = try XCTUnwrap(object["results"] as? [[String: Any]])
    XCTAssertEqual(results.count, 2)
    for item in results {
      XCTAssertEqual(Set(item.keys), ["id", "title", "score", "snippet"])
      XCTAssertFalse((item["snippet"] as? String ?? "").isEmpty)
      XCTAssertFalse((item["snippet"] as? String ?? "").contains("*"), "JSON snippets are plain text")
    }
    XCTAssertGreaterThanOrEqual(results[0]["score"] as? Double ?? 0, results[1]["score"] as? Double ?? 0)
    // Keys sorted at every level, so the bytes are stable.
    func position(_ key: String) -> Int {
      result.stdout.range(of: "\"\(key)\" :").map {
        result.stdout.distance(from: result.stdout.startIndex, to: $0.lowerBound)
      } ?? -1
    }
    XCTAssertEqual(
      ["confidence", "query", "results", "id", "score", "snippet", "title", "understood_terms"].map(position).sorted(),
      ["confidence", "query", "results", "id", "score", "snippet", "title", "understood_terms"].map(position))
    XCTAssertEqual(
      try runner.run(["ask", "--json", "--top", "2", "anonimisation des données de santé"]).stdout, result.stdout)
  }

  func testTextAnswerCitesAndHighlightsWhenPiped() throws {
    let result = try runner.run(["ask", "anonimisation"])
    XCTAssertEqual(result.status, 0, result.stderr)
    let lines = result.stdout.split(separator: "\n").map(String.init)
    // Wrapped at the width (80 when piped), with a no-break space before French punctuation.
    XCTAssertEqual(
      lines.prefix(2).joined(separator: " ").replacingOccurrences(of: "\u{A0}", with: " "),
      "Compris : anonimisation → anonymisation (et anonymization, anonymiser, anonymize)")
    XCTAssertTrue(lines.contains("1. L'anonymisation [§anonymisation]"))
    XCTAssertNotNil(
      result.stdout.range(of: #"\*[Aa]nonym\w*\*"#, options: .regularExpression), "matched words are marked")
    XCTAssertFalse(result.stdout.contains("\u{1B}"))
    XCTAssertFalse(result.stdout.contains("4. "), "three passages by default")
  }

  func testEnglishInterface() throws {
    let result = try runner.run(["ask", "--lang", "en", "--json", "--top", "1", "who is the data protection officer?"])
    let object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any])
    let first = try XCTUnwrap((object["results"] as? [[String: Any]])?.first)
    XCTAssertEqual(first["id"] as? String, "dpo")
    XCTAssertEqual(first["title"] as? String, "The role of the data protection officer (DPO)")
  }

  func testNoMatchSaysSoPointsToContactsWithAShellCommandAndExitsOne() throws {
    let result = try runner.run(["ask", "recette de la tarte aux pommes"])
    XCTAssertEqual(result.status, 1)
    XCTAssertTrue(result.stdout.contains("Je n'ai rien trouvé"))
    XCTAssertTrue(result.stdout.contains("sia guide contacts"), result.stdout)
    XCTAssertFalse(result.stdout.contains("/aide") || result.stdout.contains("/lire"), "no REPL command from the shell")
    let json = try runner.run(["ask", "--json", "recette de la tarte aux pommes"])
    XCTAssertEqual(json.status, 1)
    XCTAssertTrue(json.stdout.contains("\"results\" : [\n\n  ]") || json.stdout.contains("\"results\" : []"))
  }

  /// A long question full of ordinary words still gets passages — labelled as the
  /// closest when they are — and who to contact, never "nothing found".
  func testALongQuestionGetsPassagesAndWhoToContact() throws {
    let result = try runner.run([
      "ask",
      "est-ce que je peux coller des comptes rendus de consultation de l'hôpital dans ChatGPT pour les résumer ? j'ai enlevé les noms",
    ])
    XCTAssertEqual(result.status, 0, result.stdout)
    XCTAssertTrue(result.stdout.contains("[§faq-retirer-noms-chatbot]"), result.stdout)
    XCTAssertTrue(result.stdout.contains("\n   Non"), "the Q&A's answer comes first:\n\(result.stdout)")
    if result.stdout.contains("passages les plus proches") {
      XCTAssertTrue(result.stdout.contains("sia guide contacts"), result.stdout)
    }
    XCTAssertFalse(result.stdout.contains("/lire"), result.stdout)
  }

  func testAFAQIdCitedByAResultOpens() throws {
    let result = try runner.run(["guide", "faq-retirer-noms-chatbot"])
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.contains("Si j'enlève les noms"), result.stdout)
    let typo = try runner.run(["guide", "faq-retirer-noms"])
    XCTAssertNotEqual(typo.status, 0)
    XCTAssertTrue(typo.stderr.contains("faq-retirer-noms-chatbot"), typo.stderr)
    XCTAssertFalse(typo.stderr.contains("/guide"), "no REPL command from the shell: \(typo.stderr)")
  }

  func testAReaderThatGoesAwayIsNotACrash() throws {
    let process = Process()
    process.executableURL = SiaRunner.executable
    process.arguments = ["ask", "--top", "12", "données de santé"]
    process.environment = runner.environment
    let output = Pipe(), errors = Pipe()
    process.standardOutput = output
    process.standardError = errors
    try output.fileHandleForReading.close()
    try process.run()
    let stderr = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
    process.waitUntilExit()
    XCTAssertFalse(stderr.contains("Fatal error"), stderr)
    XCTAssertFalse(process.terminationReason == .uncaughtSignal && process.terminationStatus == SIGILL)
  }

  func testBadArgumentsAreUsageErrors() throws {
    XCTAssertEqual(try runner.run(["ask", "--top", "0", "rgpd"]).status, 64)
    XCTAssertEqual(try runner.run(["ask", "  "]).status, 64)
  }

  func testCompletionOffersKeywordsAndTheNewCommands() throws {
    let root = SiaRunner.repositoryRoot.appendingPathComponent("Knowledge").path
    let session = ReplSession(
      app: try AppContext.make(
        options: try GlobalOptions.parse(["--knowledge", root]), console: Console(styled: false, width: 80)))
    XCTAssertEqual(Completion.candidates(for: "/pl", commands: session.commands, session: session), ["/plus"])
    let keywords = Completion.candidates(for: "/chercher utiliser Chat", commands: session.commands, session: session)
    XCTAssertTrue(keywords.contains("ChatGPT"), "\(keywords)")
    XCTAssertTrue(keywords.allSatisfy { $0.hasPrefix("Chat") })
  }
}
