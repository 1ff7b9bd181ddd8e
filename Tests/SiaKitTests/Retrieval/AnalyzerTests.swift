import XCTest

@testable import SiaKit

final class AnalyzerTests: XCTestCase {
  let analyzer = Analyzer()

  func words(_ text: String) -> [String] { analyzer.analyze(text).map(\.folded) }

  func testFrenchElisionWithBothApostrophes() {
    XCTAssertEqual(words("l'anonymisation"), ["anonymisation"])
    XCTAssertEqual(words("l’anonymisation"), ["anonymisation"])
    XCTAssertEqual(words("d'IA qu'une jusqu'au lorsqu'elle puisqu’il"), ["ia"])
    XCTAssertEqual(
      words("s'applique n'importe m'aider t'informer c'est"), ["applique", "importe", "aider", "informer"])
    XCTAssertEqual(words("quoiqu'imparfait"), ["imparfait"])
  }

  func testJaiIsNotTheEnglishAI() {
    XCTAssertEqual(words("j'ai utilisé l'IA"), ["utilise", "ia"])
    XCTAssertEqual(words("j’ai"), [])
    XCTAssertEqual(words("AI Act"), ["ai", "act"])
  }

  func testEnglishCliticsAndOtherApostrophes() {
    XCTAssertEqual(words("the patient's data"), ["patient", "data"])
    XCTAssertEqual(words("aujourd'hui"), ["aujourdhui"])
  }

  func testFoldingRemovesAccentsAndExpandsLigatures() {
    XCTAssertEqual(TextFolding.fold("Données"), "donnees")
    XCTAssertEqual(TextFolding.fold("ŒUVRE"), "oeuvre")
    XCTAssertEqual(TextFolding.fold("naïve Æther Straße"), "naive aether strasse")
    XCTAssertEqual(TextFolding.fold("ÉTATS-UNIS"), "etats-unis")
    // A decomposed é (e + U+0301) folds like the precomposed one.
    XCTAssertEqual(TextFolding.fold("e\u{301}te\u{301}"), "ete")
    XCTAssertEqual(TextFolding.lower("ChatGPT"), "chatgpt")
  }

  func testStopWordsInBothLanguagesAreDropped() {
    XCTAssertEqual(words("le la les de des du et ou pour dans sur avec"), [])
    XCTAssertEqual(words("the of and to in is it what can I"), [])
    XCTAssertEqual(words("Puis-je utiliser ChatGPT pour ma thèse ?"), ["utiliser", "chatgpt", "these"])
    XCTAssertEqual(words("Can I use ChatGPT with these data?"), ["use", "chatgpt", "these", "data"])
    // Kept on purpose: the EU and AI are not forms of "avoir" here.
    XCTAssertEqual(words("EU AI"), ["eu", "ai"])
  }

  func testHyphenatedCompoundsGivePartsAndTheJoinedForm() {
    let terms = analyzer.analyze("ré-identification")
    XCTAssertEqual(terms.map(\.folded), ["re", "identification", "reidentification"])
    XCTAssertEqual(terms.map(\.isJoined), [false, false, true])
    XCTAssertEqual(words("MR-004"), ["mr", "004", "mr004"])
    // A compound with a stop word is a question form, not a word.
    XCTAssertEqual(words("Puis-je peut-on est-ce"), [])
    XCTAssertEqual(words("k-anonymat"), ["anonymat"])
  }

  func testAddressesAndVersionsStayWhole() {
    XCTAssertEqual(
      words("pole.ia@inserm.fr, llama.cpp et GPT-3.5. Fin."),
      ["pole.ia@inserm.fr", "llama.cpp", "gpt", "3.5", "gpt3.5", "fin"])
  }

  func testCitationsAndSingleLettersAreNotWords() {
    XCTAssertEqual(words("voir [§donnees-sante] et l'article 9"), ["voir", "article", "9"])
    XCTAssertEqual(words("a b c R"), [])
  }

  func testRangesPointIntoTheOriginalText() {
    let text = "Les **données** l’IA"
    let terms = analyzer.analyze(text)
    XCTAssertEqual(terms.map { String(text[$0.range]) }, ["données", "IA"])
  }

  func testStemsAreSnowballsFoldedAndShareInflections() {
    let french = { (word: String) in self.analyzer.analyze(word).first?.french }
    XCTAssertEqual(french("données"), "don")
    XCTAssertEqual(french("donnée"), french("données"))
    XCTAssertEqual(french("anonymiser"), french("anonymisation"))
    XCTAssertEqual(french("modèles"), "model")
    // Stemmed before folding: "générée" → "géner" → "gener" (the stemmer needs the é) …
    XCTAssertEqual(french("générée"), "gener")
    // … and typed without accents, its own stem is indexed as well.
    XCTAssertEqual(analyzer.analyze("données").first?.frenchUnaccented, "donne")
    XCTAssertEqual(analyzer.analyze("donnees").first?.french, "donne")
    XCTAssertEqual(analyzer.analyze("patients").first?.english, "patient")
    XCTAssertNil(analyzer.analyze("patients", languages: [.en]).first?.french)
  }

  /// Analysis is idempotent on its own output: the folded words, re-analyzed, are the
  /// same words (stems are not: Snowball may shorten a stem again).
  func testAnalyzingTheFoldedWordsAgainGivesTheSameWords() {
    let text = """
      L'anonymisation est irréversible ; la pseudonymisation ne l'est pas. Qu'un modèle
      entraîné sur des données de santé puisse les restituer, c'est le risque ("memorisation").
      The patient's data must stay in the EU — d’après le RGPD, art. 9.
      """
    let once = analyzer.analyze(text).filter { !$0.isJoined }.map(\.folded)
    let twice = analyzer.analyze(once.joined(separator: " ")).map(\.folded)
    XCTAssertEqual(twice, once)
    XCTAssertFalse(once.isEmpty)
  }
}
