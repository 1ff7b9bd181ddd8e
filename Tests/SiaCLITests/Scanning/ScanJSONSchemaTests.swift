import Foundation
import XCTest

/// `sia scan --json` matches docs/schemas/scan.schema.json, with findings of every
/// family and with nothing found.
extension JSONSchemaTests {
  func testScanMatchesItsSchema() throws {
    let notes = runner.home.appendingPathComponent("notes.txt")
    try Data(
      """
      Mme Jeanne Martin, née le 12/03/1958 à Lille ; IPP : 00123456 ; tél. 06 12 34 56 78.
      Diabète de type 2. password = "Tr0ub4dor&3x" ; Hier, Zorglub parle.

      """.utf8
    ).write(to: notes)
    let clean = runner.home.appendingPathComponent("clean.txt")
    try Data("Le budget est validé.\n".utf8).write(to: clean)
    try assertValid("scan", ["scan", "--json", "--all", notes.path], status: 1)
    try assertValid("scan", ["scan", "--json", clean.path, notes.path], status: 1)
    try assertValid("scan", ["scan", "--json", clean.path], status: 0)
  }
}
