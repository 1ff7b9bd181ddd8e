import XCTest

@testable import SiaKit

/// Quasi-identifiers, names and their confidence: cues make them sure; context keeps
/// « Paris » in « Institut Pasteur de Paris » from being anybody's town.
final class ScanQuasiIdentifierTests: XCTestCase {
  func testBirthDatesNeedACue() {
    XCTAssertEqual(ScanFixture.value(.birthDate, in: "Patiente née le 12/03/1958 à Roubaix"), "12/03/1958")
    XCTAssertEqual(ScanFixture.value(.birthDate, in: "DDN : 3 mars 1958"), "3 mars 1958")
    XCTAssertEqual(ScanFixture.value(.birthDate, in: "Date of birth: March 3, 1958"), "March 3, 1958")
    XCTAssertEqual(ScanFixture.value(.date, in: "Consultation du 12/03/2024."), "12/03/2024")
    XCTAssertNil(ScanFixture.value(.birthDate, in: "Consultation du 12/03/2024."))
    XCTAssertNil(ScanFixture.value(.date, in: "ratio 12/35/2024 et version 1.2.85"))
  }

  func testAgesButNotDurations() {
    XCTAssertEqual(ScanFixture.value(.age, in: "patiente âgée de 66 ans"), "66 ans")
    XCTAssertEqual(ScanFixture.value(.age, in: "a 45-year-old woman"), "45-year-old")
    XCTAssertNil(ScanFixture.value(.age, in: "suivie depuis 10 ans"))
    XCTAssertNil(ScanFixture.value(.age, in: "diagnosed 5 years ago"))
  }

  func testTownsAfterPersonalCuesOnly() {
    XCTAssertEqual(ScanFixture.value(.town, in: "domiciliée à Villeneuve-d'Ascq"), "Villeneuve-d'Ascq")
    XCTAssertEqual(ScanFixture.value(.town, in: "née le 12/03/1958 à Roubaix"), "Roubaix")
    XCTAssertEqual(ScanFixture.value(.town, in: "She lives in Springfield."), "Springfield")
    let institute = ScanFixture.categories("Service de cardiologie, Institut Pasteur de Paris")
    XCTAssertFalse(institute.contains(.town))
    XCTAssertFalse(institute.contains(.name))
  }

  func testRareConditionsAndSmallGroups() {
    XCTAssertTrue(ScanFixture.categories("Maladie de Fabry confirmée.").contains(.rareCondition))
    XCTAssertTrue(ScanFixture.categories("C'est la seule patiente de l'unité.").contains(.rareCondition))
    XCTAssertTrue(ScanFixture.categories("one of 3 patients in the trial").contains(.rareCondition))
    XCTAssertFalse(ScanFixture.categories("l'une des 300 patientes").contains(.rareCondition))
  }

  func testProfessions() {
    XCTAssertEqual(ScanFixture.value(.profession, in: "Profession : boulangère."), "boulangère")
    XCTAssertEqual(ScanFixture.value(.profession, in: "He works as a bus driver."), "bus driver")
  }

  func testNamesAfterTitlesCuesListsAndSignOffs() {
    XCTAssertEqual(ScanFixture.value(.name, in: "Adressée par le Dr Jean-Pierre Lefebvre."), "Jean-Pierre Lefebvre")
    XCTAssertEqual(ScanFixture.value(.name, in: "Mme Jeanne de la Fontaine est venue"), "Jeanne de la Fontaine")
    XCTAssertEqual(ScanFixture.value(.name, in: "Dear Crystal,"), "Crystal")
    let present = ScanFixture.found("Présent·e·s : Benoît Le Chartier, Noël du Morvan et Anne Roy").filter {
      $0.0 == .name
    }.map(\.1)
    XCTAssertEqual(present, ["Benoît Le Chartier", "Noël du Morvan", "Anne Roy"])
    XCTAssertEqual(ScanFixture.value(.name, in: "Cordialement,\nClaire Moreau"), "Claire Moreau")
  }

  func testCapitalisedWordsTheDictionariesDoNotKnow() {
    XCTAssertEqual(
      ScanFixture.value(.name, in: "Hier, Julien Mallet-Marchand présente les résultats."), "Julien Mallet-Marchand")
    XCTAssertFalse(ScanFixture.categories("Le Comité Scientifique a validé le protocole.").contains(.name))
    XCTAssertFalse(ScanFixture.categories("COMPTE RENDU DE CONSULTATION").contains(.name))
  }

  func testConclusionInTheGuidesTerms() {
    let notes = "Patiente née le 12/03/1958, domiciliée à Roubaix. Diabète de type 2, HbA1c à 8 %."
    let conclusion = ScanFixture.report(notes).conclusion
    XCTAssertEqual(conclusion.dataClass, .identifying)
    XCTAssertTrue(conclusion.health)
    XCTAssertEqual(conclusion.text(.fr), "données de santé identifiantes")
    XCTAssertEqual(conclusion.suggestedAnswers.map(\.question), ["donnees", "identifiabilite"])
    let nothing = ScanFixture.report("Le protocole est amendé et le budget validé.").conclusion
    XCTAssertEqual(nothing.text(.fr), "aucune donnée personnelle détectée — ce n'est pas une preuve d'anonymat")
    XCTAssertTrue(nothing.suggestedAnswers.isEmpty)
  }
}
