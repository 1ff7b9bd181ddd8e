import Foundation
import XCTest

@testable import SiaKit

/// A declaration records that the text was checked: counts per category and the
/// conclusion, in the prose and in the signed block; never the text, an excerpt or a file
/// name. Without a check, the document is what it always was.
final class ScanInDeclarationTests: XCTestCase {
  /// Consultation notes whose every identifying value is distinctive, so that finding any
  /// of them anywhere is a leak.
  static let notes = """
    Patiente : Mme Zéphyrine Quimperlé, née le 14/02/1961 à Roubaix, domiciliée à Tourcoing.
    Suivie pour une maladie de Huntington. IRM cérébrale. Tél. 06 12 34 56 78.
    """
  static let values = [
    "Zéphyrine", "Quimperlé", "14/02/1961", "Roubaix", "Tourcoing", "Huntington", "06 12 34 56 78", "Patiente",
  ]

  func declaration(scan: ScanRecord?, lang: Lang = .fr) throws -> Declaration {
    var input = try DeclarationFixtures.input()
    input.scan = scan
    return try DeclarationBuilder(
      input: input, acceptedActions: Set(input.assessment.actions.map(\.id)), date: DeclarationFixtures.date, lang: lang
    ).build()
  }

  func testTheRecordHoldsCountsAndConclusionOnly() throws {
    let report = ScanFixture.report(Self.notes)
    let record = ScanRecord(report)
    XCTAssertEqual(record.counts["name"], 1)
    XCTAssertEqual(record.counts["birth-date"], 1)
    XCTAssertEqual(record.counts["phone"], 1)
    XCTAssertEqual(record.counts["rare-condition"], 1)
    XCTAssertNil(record.counts["email"], "categories with nothing found are left out")
    XCTAssertEqual(record.data, "identifying")
    XCTAssertTrue(record.health)
    XCTAssertFalse(record.secrets)
    let json = try CanonicalJSON.encode(record)
    for value in Self.values + ["test"] {
      XCTAssertFalse(json.contains(value), "\(value) in \(json)")
    }
  }

  func testTheDeclarationShowsTheCountsAndSignsThem() throws {
    let record = ScanRecord(ScanFixture.report(Self.notes))
    let french = try DeclarationRenderer(try declaration(scan: record)).markdown()
    XCTAssertTrue(
      french.contains(
        "Texte vérifié par sia avant l'évaluation (décompte seul, le texte n'est pas conservé) : téléphone 1, "
          + "date de naissance 1, ville 2, maladie rare, petit groupe 1, nom de personne 1, contenu de santé 1 — "
          + "conclusion : données de santé identifiantes."), french)
    XCTAssertTrue(
      french.contains(
        #""scan":{"counts":{"birth-date":1,"health":1,"name":1,"phone":1,"rare-condition":1,"town":2},"data":"identifying","health":true,"secrets":false}"#
      ), french)
    let english = try DeclarationRenderer(try declaration(scan: record, lang: .en)).markdown()
    XCTAssertTrue(
      english.contains(
        "Text checked by sia before the assessment (counts only, the text is not kept): phone number 1, date of birth 1, "
          + "town 2, rare condition, small group 1, person's name 1, health content 1 — conclusion: identifying health data."
      ),
      english)
    for value in Self.values {
      XCTAssertFalse(french.contains(value) || english.contains(value), value)
    }
  }

  func testNothingFoundIsRecordedToo() throws {
    let record = ScanRecord(ScanFixture.report("Le protocole est amendé ; le budget est validé.\n"))
    XCTAssertEqual(record.counts, [:])
    let text = try DeclarationRenderer(try declaration(scan: record)).markdown()
    XCTAssertTrue(
      text.contains(
        ": rien détecté — conclusion : aucune donnée personnelle détectée — ce n'est pas une preuve d'anonymat."), text)
    XCTAssertTrue(text.contains(#""scan":{"counts":{},"data":"nothing-found","health":false,"secrets":false}"#), text)
  }

  /// `sia verify` re-renders the document from its block: a declaration with a scan reads
  /// back equal and renders the same bytes; without one there is no trace of the field.
  func testVerifyReadsAndReRendersIt() throws {
    let record = ScanRecord(ScanFixture.report(Self.notes))
    let text = try DeclarationRenderer(try declaration(scan: record)).markdown()
    let parsed = try XCTUnwrap(DeclarationFile.parse(text))
    XCTAssertEqual(parsed.scan, record)
    XCTAssertEqual(try DeclarationRenderer(parsed).markdown(), text)
    let tampered = text.replacingOccurrences(of: "ville 2", with: "ville 0")
    XCTAssertNotEqual(tampered, text)
    XCTAssertNotEqual(try DeclarationRenderer(parsed).markdown(), tampered, "the prose must match the signed counts")
    let plain = try DeclarationRenderer(try declaration(scan: nil)).markdown()
    XCTAssertFalse(plain.contains("\"scan\"") || plain.contains("Texte vérifié"))
  }

  /// A category of a later `sia` still renders (by its id), and an unknown conclusion
  /// reads as the careful one.
  func testARecordFromALaterSiaStillRenders() throws {
    let record = ScanRecord(
      counts: ["name": 2, "voice-print": 1], data: "re-identifiable", health: false, secrets: false)
    XCTAssertEqual(record.countList(.fr), "nom de personne 2, voice-print 1")
    XCTAssertEqual(record.conclusion.dataClass, .identifying)
  }

  func testAScanJSONReportGivesItsOverallCountsOnly() throws {
    let json = """
      {"counts":{"name":2,"health":3},"conclusion":{"data":"nothing-found","health":false,"secrets":false,"text":"x"},
       "sources":[{"source":"dupont-jean.txt","lines":3,"bytes":90,"counts":{"name":2,"health":3},
       "findings":[{"category":"name","excerpt":"M. D•••••","masked":"D•••••"}],"omitted":0}]}
      """
    let record = try ScanRecord.fromScanJSON(Data(json.utf8))
    XCTAssertEqual(record.counts, ["name": 2, "health": 3])
    XCTAssertEqual(record.data, "identifying", "the conclusion is computed again from the counts")
    XCTAssertTrue(record.health)
    XCTAssertFalse(try CanonicalJSON.encode(record).contains("dupont"), "the file name is not recorded")
    let bad: [(String, String)] = [
      ("not json", "invalid JSON"),
      (#"{"counts":{}}"#, "no 'sources' and 'counts'"),
      (#"{"sources":[],"counts":{"names":1}}"#, "unknown category 'names'"),
      (#"{"sources":[],"counts":{"name":-1}}"#, "'name' is not a count"),
      (#"{"sources":[],"counts":{"name":"2"}}"#, "'name' is not a count"),
      (#"[1,2]"#, "no 'sources' and 'counts'"),
    ]
    for (text, reason) in bad {
      XCTAssertThrowsError(try ScanRecord.fromScanJSON(Data(text.utf8)), text) { error in
        let problem = error as? ScanReportFileProblem
        XCTAssertTrue(problem?.reason.contains(reason) == true, "\(text): \(String(describing: problem))")
      }
    }
  }

  /// The saved evaluation and the interview state carry the record across a restart; files
  /// written before the field existed still load.
  func testSavedFilesCarryItAndOldOnesStillLoad() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent("scan-evaluation-\(UUID().uuidString)")
    defer { try? FileManager.default.removeItem(at: folder) }
    let store = EvaluationStore(path: folder.appendingPathComponent("evaluation.json").path)
    let record = ScanRecord(ScanFixture.report(Self.notes))
    try store.save(
      SavedEvaluation(
        answers: Answers(), sentence: nil, startedAt: "2026-11-29T10:00:00Z", finishedAt: "2026-11-29T10:05:00Z",
        verdict: .conditions, scan: record))
    XCTAssertEqual(store.saved?.scan, record)
    let saved = try String(contentsOfFile: store.path, encoding: .utf8)
    for value in Self.values { XCTAssertFalse(saved.contains(value), value) }
    let old = #"{"version":1,"answers":{"donnees":"publiques"},"startedAt":"a","finishedAt":"b","verdict":"ok"}"#
    try Data(old.utf8).write(to: URL(fileURLWithPath: store.path))
    if case .unreadable(let reason) = store.load() { XCTFail("an older evaluation no longer loads: \(reason)") }
    XCTAssertNil(store.saved?.scan)
    var state = InterviewState(startedAt: "2026-11-29T10:00:00Z")
    state.scan = record
    let decoded = try JSONDecoder().decode(InterviewState.self, from: try JSONEncoder().encode(state))
    XCTAssertEqual(decoded.scan, record)
  }
}
