import XCTest

@testable import SiaKit

/// Secrets: private keys, provider tokens, assignments, connection strings; and the
/// placeholders that are not secrets.
final class ScanSecretTests: XCTestCase {
  func testPrivateKeyBlockIsOneFindingAndItsBodyIsNotScanned() {
    let text =
      "-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA Jean Dupont\n-----END OPENSSH PRIVATE KEY-----\nDr Marie Curie"
    let found = ScanFixture.found(text)
    XCTAssertEqual(found.filter { $0.0 == .privateKey }.count, 1)
    XCTAssertEqual(
      found.filter { $0.0 == .name }.map(\.1), ["Marie Curie"], "the key body is skipped, the scan resumes after END")
  }

  func testProviderTokensByPrefix() {
    XCTAssertNotNil(ScanFixture.value(.apiToken, in: "token: ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8"))
    XCTAssertEqual(ScanFixture.value(.apiToken, in: "aws AKIAIOSFODNN7EXAMPLE here"), "AKIAIOSFODNN7EXAMPLE")
    XCTAssertNotNil(ScanFixture.value(.apiToken, in: "OPENAI sk-proj-Ab12Cd34Ef56Gh78Ij90Kl12"))
    XCTAssertNil(ScanFixture.value(.apiToken, in: "pip install sk-learn-extensions-toolkit"))
  }

  func testAssignmentsAndPlaceholders() {
    XCTAssertEqual(ScanFixture.value(.credential, in: "password = \"Tr0ub4dor&3x\""), "password = \"Tr0ub4dor&3x\"")
    XCTAssertEqual(ScanFixture.value(.credential, in: "mot de passe : azerty1234"), "mot de passe : azerty1234")
    XCTAssertNil(ScanFixture.value(.credential, in: "password = os.environ[\"DB_PASSWORD\"]"))
    XCTAssertNil(ScanFixture.value(.credential, in: "token: ${GITHUB_TOKEN}"))
    XCTAssertNil(ScanFixture.value(.credential, in: "password_min_length = 12"))
    XCTAssertNil(ScanFixture.value(.credential, in: "password = changeme"))
  }

  func testConnectionStringsWithAPassword() {
    XCTAssertEqual(
      ScanFixture.value(.connectionString, in: "DATABASE_URL=postgres://admin:S3cr3t@db.internal:5432/app"),
      "postgres://admin:S3cr3t@db.internal:5432/app")
    XCTAssertNil(ScanFixture.value(.connectionString, in: "see https://inserm.fr/guide"))
  }

  func testExcerptsAreMasked() {
    let report = ScanFixture.report("API_TOKEN=\"ghp_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8\" for Mme Jeanne Martin")
    for finding in report.findings {
      XCTAssertFalse(finding.excerpt.contains("A1b2C3"), finding.excerpt)
      XCTAssertFalse(finding.excerpt.contains("Jeanne"), finding.excerpt)
    }
    XCTAssertTrue(report.findings.contains { $0.masked.hasPrefix("ghp_•") })
    XCTAssertTrue(report.conclusion.secrets)
  }
}
