import XCTest

@testable import SiaCLI

/// The conventions command-line users rely on: NO_COLOR, --color, --version, "did you mean".
final class CommandLineConventionsTests: XCTestCase {
  func testNoColorIsHonouredOnlyWhenNotEmpty() {
    XCTAssertTrue(ColorChoice.auto.styles(terminal: true, environment: [:]))
    XCTAssertFalse(ColorChoice.auto.styles(terminal: true, environment: ["NO_COLOR": "1"]))
    XCTAssertTrue(ColorChoice.auto.styles(terminal: true, environment: ["NO_COLOR": ""]))
    XCTAssertFalse(ColorChoice.auto.styles(terminal: false, environment: [:]))
    XCTAssertFalse(ColorChoice.auto.styles(terminal: true, environment: ["TERM": "dumb"]))
  }

  func testAnExplicitColorChoiceWinsOverTheEnvironment() {
    XCTAssertTrue(ColorChoice.always.styles(terminal: false, environment: ["NO_COLOR": "1"]))
    XCTAssertFalse(ColorChoice.never.styles(terminal: true, environment: [:]))
  }
}

/// The same conventions through the real binary.
final class CommandLineConventionsEndToEndTests: XCTestCase {
  var runner: SiaRunner!
  override func setUpWithError() throws { runner = try SiaRunner() }
  override func tearDown() { runner.cleanUp() }

  func testAFrenchReplCommandTypedAsASubcommandIsExplained() throws {
    let result = try runner.run(["evaluer"])
    XCTAssertEqual(result.status, 64)
    XCTAssertTrue(result.stderr.contains("« sia assess »"), result.stderr)
    XCTAssertTrue(result.stderr.contains("/evaluer"), result.stderr)
    let english = try runner.run(["--lang", "en", "declaration"])
    XCTAssertEqual(english.status, 64)
    XCTAssertTrue(english.stderr.contains("“sia declare”"), english.stderr)
  }

  func testANearMissAndAQuestionGetTheirSuggestion() throws {
    let typo = try runner.run(["verfy", "x.md"])
    XCTAssertEqual(typo.status, 64)
    XCTAssertTrue(typo.stderr.contains("« sia verify »"), typo.stderr)
    let question = try runner.run(["puis-je utiliser ChatGPT ?"])
    XCTAssertEqual(question.status, 64)
    XCTAssertTrue(question.stderr.contains("sia ask \"puis-je utiliser ChatGPT ?\""), question.stderr)
    XCTAssertEqual(try runner.run(["guide", "contacts"]).status, 0, "real subcommands are untouched")
  }

  func testVersionNamesTheGuideVersionAndItsFolder() throws {
    let result = try runner.run(["--version"])
    XCTAssertEqual(result.status, 0)
    let lines = result.stdout.split(separator: "\n")
    XCTAssertEqual(lines.first, "sia \(Sia.version)")
    XCTAssertTrue(lines.count == 2 && lines[1].hasPrefix("guide ") && lines[1].contains("/Knowledge)"), result.stdout)
  }

  func testLanguageComesFromLANGUAGEFirst() throws {
    let result = try runner.run([], input: "/aide\n", extraEnvironment: ["LANGUAGE": "en:fr"])
    XCTAssertTrue(result.stdout.contains("Commands:"), result.stdout)
  }
}

extension CommandLineConventionsEndToEndTests {
  func testTheParsersOwnOptionsAreNotMistakenForSubcommands() throws {
    let script = try runner.run(["--generate-completion-script", "bash"])
    XCTAssertEqual(script.status, 0, script.stderr)
    XCTAssertTrue(script.stdout.contains("_sia"))
    // Exactly how the generated bash script calls back (see __sia_custom_complete).
    let ids = try runner.run(["---completion", "guide", "--", "positional@0", "2", "9", "sia", "guide", "donnees-s"])
    XCTAssertEqual(ids.status, 0, ids.stderr)
    XCTAssertTrue(ids.stdout.split(separator: "\n").contains("donnees-sante"), ids.stdout)
  }
}

extension CommandLineConventionsEndToEndTests {
  func testADashReadsTheAnswersFromStandardInput() throws {
    let answers = try String(
      contentsOf: SiaRunner.repositoryRoot.appendingPathComponent("Tests/Fixtures/engine-bibliographie.yaml"),
      encoding: .utf8)
    let result = try runner.run(["assess", "--answers", "-"], input: answers)
    XCTAssertEqual(result.status, 0, result.stderr)
    XCTAssertTrue(result.stdout.contains("Verdict"), result.stdout)
    let bad = try runner.run(["assess", "--answers", "-"], input: "outil: ChatGPT\n")
    XCTAssertEqual(bad.status, 2)
    XCTAssertTrue(bad.stderr.contains("<stdin>:1:"), bad.stderr)
  }
}

extension CommandLineConventionsEndToEndTests {
  /// The man pages are generated from this JSON: it must stay JSON in both languages
  /// (the help translation and word wrapping apply to the help text, not to data).
  func testTheHelpDumpStaysJSONInEveryLanguage() throws {
    for lang in ["fr_FR.UTF-8", "en_GB.UTF-8"] {
      let dump = try runner.run(["--experimental-dump-help"], extraEnvironment: ["LANG": lang])
      XCTAssertEqual(dump.status, 0, dump.stderr)
      XCTAssertNoThrow(try JSONSerialization.jsonObject(with: Data(dump.stdout.utf8)), lang)
    }
  }
}
