import XCTest

@testable import SiaKit

/// Direct identifiers: each found where it is, and its near misses left alone.
final class ScanIdentifierTests: XCTestCase {
  func testNIRWithValidKeyIncludingCorsica() {
    XCTAssertEqual(ScanFixture.value(.nir, in: "NIR : 2 58 03 59 350 012 36"), "2 58 03 59 350 012 36")
    XCTAssertEqual(ScanFixture.value(.nir, in: "n° SS 258035935001236."), "258035935001236")
    // 2A and 2B count as 19 and 18 in the key.
    let corsican = "1850" + "32A" + "004" + "012"
    let key = 97 - Int(("1850319004012"))! % 97
    XCTAssertTrue(NIRCheck.isValid(corsican + String(format: "%02d", key)))
    XCTAssertEqual(
      ScanFixture.value(.nir, in: "NIR \(corsican)\(String(format: "%02d", key))"),
      corsican + String(format: "%02d", key))
  }

  func testNIRNearMisses() {
    XCTAssertNil(ScanFixture.value(.nir, in: "NIR : 2 58 03 59 350 012 23"), "wrong key")
    XCTAssertNil(ScanFixture.value(.nir, in: "commande 2580359350012361"), "16 digits")
    XCTAssertFalse(NIRCheck.isValid("1850399004012" + "00"))
    XCTAssertFalse(NIRCheck.isValid("18503" + "2C" + "00401200"))
  }

  func testEmail() {
    XCTAssertEqual(ScanFixture.value(.email, in: "écrire à marie.curie@inserm.fr."), "marie.curie@inserm.fr")
    XCTAssertNil(ScanFixture.value(.email, in: "le @ seul, ou user@localhost"))
  }

  func testFrenchAndInternationalPhones() {
    XCTAssertEqual(ScanFixture.value(.phone, in: "Tél. 03 20 12 34 56."), "03 20 12 34 56")
    XCTAssertEqual(ScanFixture.value(.phone, in: "appeler le +33 (0)1 44 27 20 00"), "+33 (0)1 44 27 20 00")
    XCTAssertEqual(ScanFixture.value(.phone, in: "mobile 0612345678"), "0612345678")
    XCTAssertEqual(ScanFixture.value(.phone, in: "call (555) 123-4567x89 today"), "(555) 123-4567x89")
    XCTAssertEqual(ScanFixture.value(.phone, in: "UK office +44 20 7946 0958"), "+44 20 7946 0958")
  }

  func testPhoneNearMisses() {
    XCTAssertFalse(ScanFixture.categories("Le budget est de 12 345 678 euros.").contains(.phone))
    XCTAssertFalse(ScanFixture.categories("Échantillon 1234567890 du lot.").contains(.phone))
    XCTAssertFalse(ScanFixture.categories("version 10.2.3-4").contains(.phone))
  }

  func testIBANChecked() {
    XCTAssertEqual(
      ScanFixture.value(.iban, in: "RIB : FR76 3000 6000 0112 3456 7890 189"), "FR76 3000 6000 0112 3456 7890 189")
    XCTAssertEqual(ScanFixture.value(.iban, in: "IBAN DE89370400440532013000"), "DE89370400440532013000")
    XCTAssertNil(ScanFixture.value(.iban, in: "RIB : FR76 3000 6000 0112 3456 7890 188"), "wrong key")
    XCTAssertNil(ScanFixture.value(.iban, in: "code XX76 3000 6000 0112 3456 7890 189"), "unknown country")
  }

  func testPostalAddressAndPostalCodeWithTown() {
    let text = "Domiciliée 12 bis rue de la Paix, 75002 Paris."
    XCTAssertEqual(ScanFixture.value(.address, in: text), "12 bis rue de la Paix")
    XCTAssertEqual(ScanFixture.value(.postalTown, in: text), "75002 Paris")
    XCTAssertEqual(
      ScanFixture.value(.address, in: "Address: 221 Baker Street Apt. 4, London"), "221 Baker Street Apt. 4")
    XCTAssertEqual(ScanFixture.value(.postalTown, in: "Springfield, IL 62704"), "Springfield, IL 62704")
    XCTAssertFalse(ScanFixture.categories("Nous avons inclus 12345 patients en 2023.").contains(.postalTown))
  }

  func testIPAddresses() {
    XCTAssertEqual(ScanFixture.value(.ipAddress, in: "connexion depuis l'IP 81.250.12.7"), "81.250.12.7")
    XCTAssertEqual(
      ScanFixture.value(.ipAddress, in: "host 2001:db8:85a3::8a2e:370:7334 up"), "2001:db8:85a3::8a2e:370:7334")
    XCTAssertFalse(ScanFixture.categories("réunion de 10:30:00 à 12:00").contains(.ipAddress))
    XCTAssertFalse(ScanFixture.categories("version 1.2.3.4.5").contains(.ipAddress))
    // A private address names a machine, not a person: shown, not counted.
    XCTAssertFalse(ScanFixture.categories("server = 192.168.1.20").contains(.ipAddress))
  }

  func testRecordNumbersAfterTheirLabels() {
    XCTAssertEqual(ScanFixture.value(.recordNumber, in: "IPP : 00123456"), "00123456")
    XCTAssertEqual(ScanFixture.value(.recordNumber, in: "n° de dossier 2024-00123"), "2024-00123")
    XCTAssertEqual(ScanFixture.value(.recordNumber, in: "MRN: 7654321"), "7654321")
    XCTAssertEqual(ScanFixture.value(.recordNumber, in: "Patient ID: P-00123"), "P-00123")
    XCTAssertNil(ScanFixture.value(.recordNumber, in: "le dossier est complet depuis 2019"))
  }
}
