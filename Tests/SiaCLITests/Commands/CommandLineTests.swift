import Foundation
import XCTest

/// The command line as a user meets it: help, version, options, exit statuses.
final class CommandLineTests: XCTestCase {
  var runner: SiaRunner!

  override func setUpWithError() throws { runner = try SiaRunner() }
  override func tearDown() { runner.cleanUp() }

  func testHelpListsSubcommandsAndVersionPrints() throws {
    let help = try runner.run(["--help"])
    XCTAssertEqual(help.status, 0)
    XCTAssertTrue(help.stdout.contains("SOUS-COMMANDES :"), help.stdout)
    XCTAssertTrue(help.stdout.contains("lint"))
    XCTAssertTrue(help.stdout.contains("guide"))
    let version = try runner.run(["--version"])
    XCTAssertEqual(version.status, 0)
    XCTAssertTrue(version.stdout.range(of: #"^sia \d+\.\d+\.\d+\n"#, options: .regularExpression) != nil)
  }

  func testPipedSessionPrintsHelpInFrenchAndExitsZero() throws {
    let result = try runner.run([], input: "/aide\n/quitter\n")
    XCTAssertEqual(result.status, 0)
    XCTAssertTrue(result.stdout.contains("Commandes :"))
    XCTAssertTrue(result.stdout.hasSuffix("Au revoir.\n"))
    XCTAssertFalse(result.stdout.contains("\u{1B}"), "no escape sequences when piped")
  }

  func testLanguageFromOptionAndFromLANG() throws {
    XCTAssertTrue(try runner.run(["--lang", "en"], input: "/help\n").stdout.contains("Commands:"))
    XCTAssertTrue(
      try runner.run([], input: "/help\n", extraEnvironment: ["LANG": "en_US.UTF-8"]).stdout.contains("Commands:"))
    let bad = try runner.run(["--lang", "de"], input: "")
    XCTAssertEqual(bad.status, 64, "a bad option value is a usage error, like the parser's own")
    XCTAssertTrue(bad.stderr.contains("de"))
    XCTAssertFalse(bad.stderr.contains("Fatal error"))
  }

  func testMissingKnowledgeIsAClearErrorNotACrash() throws {
    let result = try runner.run(["--knowledge", "/nonexistent/knowledge"], input: "/quitter\n")
    XCTAssertEqual(result.status, 2)
    XCTAssertTrue(result.stderr.contains("/nonexistent/knowledge"))
    let empty = runner.home.appendingPathComponent("empty-knowledge")
    try FileManager.default.createDirectory(
      at: empty.appendingPathComponent("guide"), withIntermediateDirectories: true)
    let emptyResult = try runner.run(["--knowledge", empty.path], input: "/quitter\n")
    XCTAssertEqual(emptyResult.status, 2)
    XCTAssertTrue(emptyResult.stderr.contains("aucune section"))
  }

  func testLintExitsZeroOnTheShippedKnowledgeAndOneOnABrokenFixture() throws {
    let clean = try runner.run(["lint"])
    XCTAssertEqual(clean.status, 0, clean.stdout)
    let fixture = SiaRunner.repositoryRoot.appendingPathComponent("Tests/SiaKitTests/Fixtures/lint/dangling").path
    let broken = try runner.run(["lint", "--knowledge", fixture])
    XCTAssertEqual(broken.status, 1)
    XCTAssertTrue(
      broken.stdout.contains("guide/alpha.md:15: erreur : alpha : renvoi vers une section inexistante [§nowhere]"),
      broken.stdout)
    let english = try runner.run(["--lang", "en", "lint", "--knowledge", fixture])
    XCTAssertTrue(
      english.stdout.contains("guide/alpha.md:15: error: alpha: dangling reference [§nowhere]"), english.stdout)
  }

  func testTheCommittedGuideIndexIsUpToDate() throws {
    let generated = try runner.run(["guide", "--markdown"])
    XCTAssertEqual(generated.status, 0)
    let committed = try String(
      contentsOf: SiaRunner.repositoryRoot.appendingPathComponent("Knowledge/README.md"), encoding: .utf8)
    XCTAssertEqual(generated.stdout, committed, "regenerate with: sia guide --markdown > Knowledge/README.md")
  }

  func testGuideCommandPrintsASectionOrRefusesAnUnknownOne() throws {
    let section = try runner.run(["guide", "contacts"])
    XCTAssertEqual(section.status, 0)
    XCTAssertTrue(section.stdout.contains("[§contacts]"))
    let unknown = try runner.run(["guide", "nope"])
    XCTAssertEqual(unknown.status, 2)
  }

  func testHugeLinesInvalidUTF8AndNULsAreHandled() throws {
    var input = Data("/lire ".utf8) + Data(repeating: UInt8(ascii: "a"), count: 1_000_000) + Data("\n".utf8)
    // "/lire \xff\xfe\0ESC[31m"
    input += Data([0x2F, 0x6C, 0x69, 0x72, 0x65, 0x20, 0xFF, 0xFE, 0x00, 0x1B, 0x5B, 0x33, 0x31, 0x6D, 0x0A])
    input += Data("/quitter\n".utf8)
    let result = try runner.runProgram(
      SiaRunner.executable.path, [], input: String(decoding: input, as: UTF8.self), extraEnvironment: [:])
    XCTAssertEqual(result.status, 0)
    XCTAssertTrue(result.stdout.contains("Ligne trop longue (1000006 octets)"), String(result.stdout.prefix(500)))
    XCTAssertFalse(result.stdout.contains("\u{1B}"), "escape sequences are neutralised")
    XCTAssertTrue(result.stdout.contains("^[[31m"))
    XCTAssertTrue(result.stdout.hasSuffix("Au revoir.\n"))
  }

  func testEscapeSequencesInKnowledgeFilesAreNeverPrintedRaw() throws {
    let fixture = SiaRunner.repositoryRoot.appendingPathComponent("Tests/SiaKitTests/Fixtures/lint/valid")
    let knowledge = runner.home.appendingPathComponent("knowledge")
    try FileManager.default.copyItem(at: fixture, to: knowledge)
    let file = knowledge.appendingPathComponent("guide/alpha.md")
    let text = try String(contentsOf: file, encoding: .utf8)
      .replacingOccurrences(of: "title: Section alpha", with: "title: \"Section \\e[2J\\e]0;pwned\\a alpha\"")
      .replacingOccurrences(of: "Texte de la section", with: "Texte \u{1B}[31mrouge\u{1B}[0m de la section")
    try text.write(to: file, atomically: true, encoding: .utf8)
    for result in [
      try runner.run(["guide", "alpha", "--knowledge", knowledge.path]),
      try runner.run(["--knowledge", knowledge.path], input: "/lire alpha\n/guide\n"),
    ] {
      XCTAssertEqual(result.status, 0, result.stderr)
      XCTAssertFalse(result.stdout.contains("\u{1B}"), "raw escape printed")
      XCTAssertFalse(result.stdout.contains("\u{07}"), "raw bell printed")
      XCTAssertTrue(result.stdout.contains("^[[31mrouge") || result.stdout.contains("^[[2J"), result.stdout)
    }
  }

  func testAClosedPipeIsNotACrash() throws {
    let result = try runner.shell(
      "sia guide | head -1 >/dev/null; sia ask 'données de santé' --top 12 | head -1 >/dev/null; "
        + "printf '/guide\\n/guide\\n' | sia | head -1 >/dev/null; echo done")
    XCTAssertEqual(result.stdout, "done\n")
    XCTAssertFalse(result.stderr.contains("Fatal error"), result.stderr)
    XCTAssertFalse(result.stderr.contains("Crash") || result.stderr.contains("Stack"), result.stderr)
  }
}
