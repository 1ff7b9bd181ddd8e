import Foundation
import GRDB
import SiaKit
import XCTest

@testable import SiaRegistry

/// A re-run reads only what changed (one stat per file, FileStamp), yet misses no
/// change: renamed, replaced and rewritten files, a damaged index found mid-way, an
/// index written by the previous schema.
final class RegistryRerunTests: XCTestCase {
  var fixtures: RegistryFixtures!
  var dataFolder: String!

  override func setUpWithError() throws {
    fixtures = try RegistryFixtures()
    dataFolder = NSTemporaryDirectory() + "sia-registry-data-\(UUID().uuidString)"
  }

  override func tearDown() {
    fixtures.remove()
    try? FileManager.default.removeItem(atPath: dataFolder)
  }

  func counts(_ outcome: RegistryScanner.Outcome) -> [Int] {
    [outcome.new, outcome.changed, outcome.unchanged, outcome.removed]
  }

  func testARenamedDocumentIsListedUnderItsNewNameAndTheOldOneForgotten() throws {
    let path = try fixtures.write(try RegistryFixtures.declaration(), slug: "un")
    try fixtures.write(try RegistryFixtures.declaration(), slug: "deux")
    let index = RegistryIndex(folder: dataFolder)
    _ = try fixtures.scanner().scan([fixtures.folder], index: index)
    let renamed = fixtures.folder + "/declaration-renommee.md"
    try FileManager.default.moveItem(atPath: path, toPath: renamed)
    try FileManager.default.moveItem(atPath: path + ".sig", toPath: renamed + ".sig")
    let outcome = try fixtures.scanner().scan([fixtures.folder], index: index)
    XCTAssertEqual(counts(outcome), [1, 0, 1, 1])
    let paths = try index.entries(under: [fixtures.folder], matching: fixtures.query()).map(\.path)
    XCTAssertTrue(paths.contains(renamed))
    XCTAssertFalse(paths.contains(path))
    XCTAssertEqual(paths.count, 2)
  }

  /// The same size and modification time, other bytes (an edit whose date was put back
  /// with `touch -r`): the change time differs, so the file is read; its hash differs,
  /// so it is verified again and the tampering shows.
  func testAFileRewrittenInPlaceWithTheSameSizeAndDateIsVerifiedAgain() throws {
    let path = try fixtures.write(try RegistryFixtures.declaration(), slug: "un")
    let index = RegistryIndex(folder: dataFolder)
    _ = try fixtures.scanner().scan([fixtures.folder], index: index)
    let before = try statOf(path)
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let edited = original.replacingOccurrences(of: "Marie Curie", with: "Marie Kurie")
    XCTAssertEqual(edited.utf8.count, original.utf8.count)
    // Rewritten in place (same inode) until the change time has moved on: the clock
    // the kernel stamps with may tick coarsely.
    var after = before
    for _ in 0..<200
    where after.st_ctim.tv_sec == before.st_ctim.tv_sec && after.st_ctim.tv_nsec == before.st_ctim.tv_nsec {
      usleep(2_000)
      let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
      try handle.write(contentsOf: Data(edited.utf8))
      try handle.close()
      after = try statOf(path)
    }
    try setModificationTime(path, to: before.st_mtim)
    after = try statOf(path)
    XCTAssertEqual(after.st_size, before.st_size)
    XCTAssertEqual(after.st_ino, before.st_ino)
    XCTAssertEqual([after.st_mtim.tv_sec, after.st_mtim.tv_nsec], [before.st_mtim.tv_sec, before.st_mtim.tv_nsec])

    let outcome = try fixtures.scanner().scan([fixtures.folder], index: index)
    XCTAssertEqual(counts(outcome), [0, 1, 0, 0])
    XCTAssertEqual(try index.entries(under: [fixtures.folder], matching: fixtures.query()).first?.signature, .invalid)
  }

  /// Replaced by another file of the same size and date (a copy made with `cp -p`, then
  /// renamed over it): a new inode, so it is read and verified again.
  func testAFileReplacedByAnotherOfTheSameSizeAndDateIsVerifiedAgain() throws {
    let path = try fixtures.write(try RegistryFixtures.declaration(), slug: "un")
    let index = RegistryIndex(folder: dataFolder)
    _ = try fixtures.scanner().scan([fixtures.folder], index: index)
    let before = try statOf(path)
    let original = try String(contentsOfFile: path, encoding: .utf8)
    let replacement = fixtures.folder + "/.remplacement"
    try Data(original.replacingOccurrences(of: "Marie Curie", with: "Marie Kurie").utf8)
      .write(to: URL(fileURLWithPath: replacement))
    try setModificationTime(replacement, to: before.st_mtim)
    XCTAssertEqual(rename(replacement, path), 0)
    let after = try statOf(path)
    XCTAssertEqual(after.st_size, before.st_size)
    XCTAssertEqual([after.st_mtim.tv_sec, after.st_mtim.tv_nsec], [before.st_mtim.tv_sec, before.st_mtim.tv_nsec])

    let outcome = try fixtures.scanner().scan([fixtures.folder], index: index)
    XCTAssertEqual(counts(outcome), [0, 1, 0, 0])
    XCTAssertEqual(try index.entries(under: [fixtures.folder], matching: fixtures.query()).first?.signature, .invalid)
  }

  func testASignatureAddedOrRemovedBesideAnUnchangedDocumentIsNoticed() throws {
    let path = try fixtures.write(try RegistryFixtures.declaration(), slug: "un", sign: false)
    let index = RegistryIndex(folder: dataFolder)
    _ = try fixtures.scanner().scan([fixtures.folder], index: index)
    XCTAssertEqual(try index.entries(under: [fixtures.folder], matching: fixtures.query()).first?.signature, .unsigned)
    _ = try DocumentSigner.sign(path: path, key: fixtures.declarantKey, force: true)
    XCTAssertEqual(counts(try fixtures.scanner().scan([fixtures.folder], index: index)), [0, 1, 0, 0])
    XCTAssertEqual(try index.entries(under: [fixtures.folder], matching: fixtures.query()).first?.signature, .trusted)
    try FileManager.default.removeItem(atPath: path + ".sig")
    XCTAssertEqual(counts(try fixtures.scanner().scan([fixtures.folder], index: index)), [0, 1, 0, 0])
    XCTAssertEqual(try index.entries(under: [fixtures.folder], matching: fixtures.query()).first?.signature, .unsigned)
  }

  /// A file that stays a candidate (a signature beside it) but is no sia document any
  /// more is removed from the index, not left with its old line.
  func testADocumentOverwrittenWithSomethingElseIsForgotten() throws {
    let path = fixtures.folder + "/notes.md"
    let declaration = try fixtures.write(try RegistryFixtures.declaration(), slug: "un")
    try FileManager.default.copyItem(atPath: declaration, toPath: path)
    try FileManager.default.copyItem(atPath: declaration + ".sig", toPath: path + ".sig")
    let index = RegistryIndex(folder: dataFolder)
    XCTAssertEqual(try fixtures.scanner().scan([fixtures.folder], index: index).new, 2)
    try Data("Des notes, sans bloc sia.\n".utf8).write(to: URL(fileURLWithPath: path))
    let outcome = try fixtures.scanner().scan([fixtures.folder], index: index)
    XCTAssertEqual(counts(outcome), [0, 0, 1, 1])
    XCTAssertEqual(try index.entries(under: [fixtures.folder], matching: fixtures.query()).map(\.path), [declaration])
  }

  /// Damage in the middle of the file is not looked for at opening (that would read
  /// every page): the scan meets it, and the index is made again from the files.
  func testDamageFoundDuringAScanRebuildsTheIndex() throws {
    for number in 0..<40 {
      try fixtures.write(try RegistryFixtures.declaration(), in: "d\(number % 4)", slug: "n\(number)", sign: false)
    }
    let path = dataFolder + "/" + RegistryIndex.fileName
    do {
      let index = RegistryIndex(folder: dataFolder)
      XCTAssertEqual(try fixtures.scanner().scan([fixtures.folder], index: index).new, 40)
    }
    // The second half of the file overwritten: the schema and the migrations' table,
    // written first, stay whole, so opening finds nothing wrong.
    let size = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int)
    let pages = size / 4096
    XCTAssertGreaterThan(pages, 8)
    let handle = try XCTUnwrap(FileHandle(forWritingAtPath: path))
    try handle.seek(toOffset: UInt64(pages / 2 * 4096))
    try handle.write(contentsOf: Data(repeating: 0x42, count: size - pages / 2 * 4096))
    try handle.close()

    let index = RegistryIndex(folder: dataFolder)
    XCTAssertEqual(index.notices, [], "found by the scan, not at opening")
    let outcome = try fixtures.scanner().scan([fixtures.folder], index: index)
    XCTAssertEqual(index.notices, [.rebuilt(path: path)])
    XCTAssertEqual(counts(outcome), [40, 0, 0, 0])
    XCTAssertEqual(try index.entries(under: [fixtures.folder], matching: fixtures.query()).count, 40)
  }

  /// An index written by the previous schema (v3, text stamps, as `sia` before this
  /// change wrote it) is migrated in place: its lines stay, each file is read and hashed
  /// once to get the new stamp, and none is verified again.
  func testAnIndexFromTheV3SchemaIsMigratedWithoutVerifyingAgain() throws {
    let approved = try fixtures.write(try RegistryFixtures.declaration(), slug: "un")
    try fixtures.approve(approved)
    try fixtures.write(try RegistryFixtures.declaration("answers-conditions.yaml"), slug: "deux")
    // The lines as this code makes them, in memory, copied into a v3 file.
    let memory = RegistryIndex()
    _ = try fixtures.scanner().scan([fixtures.folder], index: memory)
    let expected = try memory.entries(under: [fixtures.folder], matching: fixtures.query(), withStates: true)
    let documents = try memory.database.read { try Row.fetchAll($0, sql: "SELECT * FROM document") }
    let states = try memory.database.read { try Row.fetchAll($0, sql: "SELECT * FROM documentState") }
    try FileManager.default.createDirectory(atPath: dataFolder, withIntermediateDirectories: true)
    let path = dataFolder + "/" + RegistryIndex.fileName
    do {
      let v3 = try DatabaseQueue(path: path)
      try RegistrySchema.migrator.migrate(v3, upTo: "v3")
      try v3.write { db in
        try db.execute(sql: "INSERT INTO meta (key, value) VALUES ('context', 'test')")
        for row in documents {
          let columns = Array(row.columnNames)
          let placeholders = columns.map { _ in "?" }.joined(separator: ", ")
          try db.execute(
            sql: "INSERT INTO document (\(columns.joined(separator: ", "))) VALUES (\(placeholders))",
            arguments: StatementArguments(row.databaseValues))
        }
        // v3's stamps were text: size.mtime.ns.ctime.ns.inode of the four files.
        try db.execute(
          sql: "UPDATE document SET stamp = '9920.1796626988.149239170.1796634719.512597960.16482738,-,-,-'")
        for row in states {
          try db.execute(
            sql: "INSERT INTO documentState (path, fr, en) VALUES (?, ?, ?)",
            arguments: StatementArguments(row.databaseValues))
        }
      }
    }

    let index = RegistryIndex(folder: dataFolder)
    XCTAssertEqual(index.notices, [])
    let applied = try index.database.read { try RegistrySchema.migrator.appliedIdentifiers($0) }
    XCTAssertEqual(applied, ["v1", "v2", "v3", "v4"])
    let indexes = try index.database.read {
      try String.fetchAll($0, sql: "SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE 'document_%'")
    }
    XCTAssertEqual(
      Set(indexes),
      [
        "document_validUntil", "document_date", "document_outcome", "document_stamp", "document_line",
        "document_approval_order",
      ])
    XCTAssertEqual(try index.entries(under: [fixtures.folder], matching: fixtures.query(), withStates: true), expected)
    // Each file is read and hashed for its new stamp, found unchanged, not verified.
    XCTAssertEqual(counts(try fixtures.scanner().scan([fixtures.folder], index: index)), [0, 0, 2, 0])
    XCTAssertEqual(try index.entries(under: [fixtures.folder], matching: fixtures.query(), withStates: true), expected)
    XCTAssertEqual(counts(try fixtures.scanner().scan([fixtures.folder], index: index)), [0, 0, 2, 0])
  }

  func statOf(_ path: String) throws -> stat {
    var info = stat()
    guard lstat(path, &info) == 0 else { throw NSError(domain: "stat", code: Int(errno)) }
    return info
  }

  func setModificationTime(_ path: String, to time: timespec) throws {
    // UTIME_OMIT (a macro Swift does not import): the access time is left alone.
    let omit = (1 << 30) - 2
    var times = [timespec(tv_sec: 0, tv_nsec: omit), time]
    guard utimensat(AT_FDCWD, path, &times, 0) == 0 else { throw NSError(domain: "utimensat", code: Int(errno)) }
  }
}

/// The table's lines now come from covering indexes (`document_approval_order`,
/// `document_line`): the same lines, in the same order, as filtering and sorting every
/// line by hand.
final class RegistryOrderTests: XCTestCase {
  func testPendingAndDefaultOrderAreTheLinesSortedByHand() throws {
    let fixtures = try RegistryFixtures()
    defer { fixtures.remove() }
    let days = ["2026-10-02", "2026-11-10", "2025-12-15", "2026-10-02", "2026-11-28", "2026-10-02"]
    let people = [
      ("Marie Curie", "marie.curie@inserm.fr"), ("Irène Joliot", "irene.joliot@inserm.fr"),
      ("Marie Curie", "marie.curie@inserm.fr"), ("Irène Joliot", "irene.joliot@inserm.fr"),
      ("Marie Curie", "marie.curie@inserm.fr"), ("Marie Curie", "marie.curie@inserm.fr"),
    ]
    for (number, (day, person)) in zip(days, people).enumerated() {
      let date = try XCTUnwrap(ISO8601DateFormatter().date(from: day + "T09:00:00Z"))
      let path = try fixtures.write(
        try RegistryFixtures.declaration(name: person.0, email: person.1, date: date), in: "p\(number % 2)",
        slug: "n\(number)")
      if number % 3 == 0 { try fixtures.approve(path) }
      if number == 4 { try fixtures.approve(path, decision: .refused) }
    }
    let index = RegistryIndex()
    _ = try fixtures.scanner().scan([fixtures.folder], index: index)
    let all = try index.entries(under: [fixtures.folder], matching: fixtures.query())
    let byHand = all.sorted { a, b in
      if a.date != b.date { return a.date > b.date }
      if a.declarantName != b.declarantName { return a.declarantName < b.declarantName }
      return a.path < b.path
    }
    XCTAssertEqual(all.map(\.path), byHand.map(\.path))
    var pending = fixtures.query()
    pending.pending = true
    let pendingLines = try index.entries(under: [fixtures.folder], matching: pending)
    XCTAssertEqual(pendingLines.map(\.path), byHand.filter { $0.approval == .pending }.map(\.path))
    XCTAssertEqual(pendingLines.count, 3)
    XCTAssertEqual(Set(all.map(\.approval)), [.pending, .approved, .refused])
    // The table's own columns (what `sia registry` reads for the terminal) make the
    // same table, cards and summary as every field.
    for query in [fixtures.query(), pending] {
      let full = try index.entries(under: [fixtures.folder], matching: query)
      let lean = try index.entries(under: [fixtures.folder], matching: query, detail: .table)
      for lang in [Lang.fr, .en] {
        let table = RegistryTable(labels: RegistryLabels(lang: lang, today: fixtures.query().today))
        XCTAssertEqual(table.render(lean), table.render(full))
        XCTAssertEqual(table.render(lean, width: 60), table.render(full, width: 60))
        XCTAssertEqual(table.compact(lean), table.compact(full))
      }
      XCTAssertEqual(
        RegistrySummary(lean, today: fixtures.query().today), RegistrySummary(full, today: fixtures.query().today))
      XCTAssertEqual(RegistryTodo.soleDeclarant(lean), RegistryTodo.soleDeclarant(full))
    }
    // The pending lines are read from one index, already in order; the other filters
    // scan the narrow index by path rather than the rows (checked on the query plan).
    let plan = { (query: RegistryQuery) in
      let (sql, arguments) = RegistryIndex.select(
        under: [fixtures.folder], matching: query, withStates: false, detail: .table)
      return try index.database.read { db in
        try Row.fetchAll(db, sql: "EXPLAIN QUERY PLAN " + sql, arguments: arguments).map { $0["detail"] as String }
      }.joined(separator: "\n")
    }
    let pendingPlan = try plan(pending)
    XCTAssertTrue(pendingPlan.contains("COVERING INDEX document_approval_order"), pendingPlan)
    XCTAssertFalse(pendingPlan.contains("TEMP B-TREE"), pendingPlan)
    var person = fixtures.query()
    person.declarant = "curie"
    let personPlan = try plan(person)
    XCTAssertTrue(personPlan.contains("COVERING INDEX document_line"), personPlan)
    // Below one sub-folder only, still from the index.
    let sub = fixtures.folder + "/p1"
    XCTAssertEqual(
      try index.entries(under: [sub], matching: pending).map(\.path),
      byHand.filter { $0.approval == .pending && $0.path.hasPrefix(sub + "/") }.map(\.path))
  }
}
