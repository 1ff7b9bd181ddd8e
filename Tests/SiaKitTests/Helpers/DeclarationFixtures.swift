import Foundation

@testable import SiaKit

/// Shared inputs for the declaration tests: the YAML fixtures of Tests/Fixtures and a profile.
enum DeclarationFixtures {
  static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent().appendingPathComponent("Fixtures")

  static let profile = Profile(
    declarant: Person(name: "Marie Curie", email: "marie.curie@inserm.fr"),
    unit: ResearchUnit(name: "Laboratoire de radiobiologie", code: "U1234"),
    labHead: Person(name: "Paul Langevin", email: "paul.langevin@inserm.fr"))

  static let date = Date(timeIntervalSince1970: 1_795_946_400)  // 2026-11-29T10:00:00Z

  static func assessment(_ name: String) throws -> AssessmentSummary {
    let path = folder.appendingPathComponent(name).path
    let (summary, problems) = AssessmentFile.parse(try String(contentsOfFile: path, encoding: .utf8), file: name)
    guard let summary else { throw NSError(domain: "fixture", code: 1, userInfo: ["problems": "\(problems)"]) }
    return summary
  }

  static func input(_ name: String = "answers-conditions.yaml") throws -> DeclarationInput {
    DeclarationInput(
      profile: profile, assessment: try assessment(name), guideVersion: "sha256:abc123", toolVersion: "0.1.0")
  }
}
