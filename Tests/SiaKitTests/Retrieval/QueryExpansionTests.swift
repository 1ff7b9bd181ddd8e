import XCTest

@testable import SiaKit

/// Typo tolerance and synonym expansion on small hand-made corpora.
final class QueryExpansionTests: XCTestCase {
  func engine(_ texts: [String: String], synonyms: [[String]] = []) -> SearchEngine {
    SearchEngine(
      documents: texts.sorted { $0.key < $1.key }.map {
        SearchDocument(id: $0.key, fields: [SearchField("body", $0.value, weight: 1, languages: [.fr, .en])])
      }, synonyms: synonyms)
  }

  func top(_ engine: SearchEngine, _ query: String) -> String? {
    engine.search(query, limit: 1).first.map { engine.index.documentIDs[Int($0.document)] }
  }

  let guide = [
    "anon": "L'anonymisation des données est irréversible.",
    "conf": "La confidentialité des résultats non publiés.",
    "pseudo": "La pseudonymisation garde une table de correspondance.",
    "gpt": "ChatGPT et les autres assistants.",
    "rgpd": "Le RGPD protège les données personnelles.",
  ]

  func testUnknownWordsAreReplacedByTheClosestKnownWords() {
    let engine = engine(guide)
    let query = engine.parse("anonimisation")
    XCTAssertEqual(query.understood.map(\.correction), ["anonymisation"])
    XCTAssertTrue(query.wasCorrected)
    XCTAssertEqual(top(engine, "anonimisation"), "anon")
    // The stemmer already absorbs this one: same stem as "confidentialité".
    XCTAssertEqual(engine.parse("confidentialitée").understood.first?.isKnown, true)
    XCTAssertEqual(top(engine, "confidentialitée"), "conf")
    XCTAssertEqual(engine.parse("confidentialitéé").understood.first?.correction, "confidentialité")
    // Two edits in a long word; a swap of two letters counts as one edit.
    XCTAssertEqual(engine.parse("pseudonimisaton").understood.first?.correction, "pseudonymisation")
    XCTAssertEqual(engine.parse("chatgtp").understood.first?.correction, "chatgpt")
    XCTAssertEqual(engine.parse("rgdp").understood.first?.correction, "rgpd")
  }

  func testKnownAndShortWordsAreNotCorrected() {
    let engine = engine(guide)
    XCTAssertNil(engine.parse("anonymisation").understood.first?.correction)
    XCTAssertFalse(engine.parse("anonymisation données").wasCorrected)
    // Under 4 letters, or a 4-letter word that is not a swap: no guess.
    XCTAssertEqual(engine.parse("rgp").understood.first?.isKnown, false)
    XCTAssertEqual(engine.parse("rgpx").understood.first?.isKnown, false)
    // Short words keep their first letter.
    XCTAssertEqual(engine.parse("xhatgpt").understood.first?.isKnown, false)
    XCTAssertEqual(engine.search("zorglub", limit: 3), [])
  }

  func testCorrectionsPreferTheSmallestDistanceThenTheMostFrequentWord() {
    let vocabulary = engine(["a": "modèle modèle", "b": "modèle models", "c": "modèles"]).index.vocabulary
    XCTAssertEqual(vocabulary.entry("modele")?.documentFrequency, 2)
    XCTAssertEqual(vocabulary.entry("modele")?.word, "modèle")
    // Both at distance 1: the word in more documents first.
    let found = vocabulary.corrections(for: "modelz")
    XCTAssertEqual(found.map(\.entry.folded), ["modele", "models"])
    XCTAssertEqual(found.map(\.distance), [1, 1])
    // "modeless" is one edit from "modeles", two from "modele": only the closest.
    XCTAssertEqual(vocabulary.corrections(for: "modeless").map(\.entry.folded), ["modeles"])
  }

  func testEditDistanceBufferMatchesAPlainComputation() {
    var buffer = EditDistanceBuffer(capacity: 4)
    let pairs: [(String, String, Int)] = [
      ("chatgtp", "chatgpt", 1), ("anonimisation", "anonymisation", 1), ("abc", "abc", 0),
      ("kitten", "sitting", 3), ("ca", "abc", 3), ("", "abc", 3), ("confidentialitee", "confidentialite", 1),
    ]
    for (a, b, expected) in pairs {
      let x = a.unicodeScalars.map(\.value), y = b.unicodeScalars.map(\.value)
      XCTAssertEqual(buffer.osa(x, y, limit: 5), expected, "\(a) / \(b)")
      XCTAssertEqual(
        buffer.osa(x, y, limit: max(expected - 1, 0)), expected == 0 ? 0 : expected, "\(a) / \(b) over the limit")
    }
  }

  func testSynonymsExpandTheQueryBothWays() {
    let engine = engine(
      ["fr": "Le RGPD protège les données.", "en": "The GDPR protects data.", "other": "Autre chose."],
      synonyms: [["RGPD", "GDPR"]])
    let query = engine.parse("RGPD")
    XCTAssertEqual(query.understood.first?.synonyms, ["GDPR"])
    XCTAssertFalse(query.wasCorrected)
    let found = Set(engine.search("RGPD", limit: 3).map { engine.index.documentIDs[Int($0.document)] })
    XCTAssertEqual(found, ["fr", "en"])
    // The word itself outranks its synonym.
    XCTAssertEqual(top(engine, "RGPD"), "fr")
    XCTAssertEqual(top(engine, "gdpr"), "en")
  }

  func testMultiWordSynonyms() {
    let engine = engine(
      ["aipd": "Faire une AIPD avant le traitement.", "loi": "Le règlement général du travail."],
      synonyms: [["AIPD", "DPIA", "analyse d'impact"], ["RGPD", "règlement général sur la protection des données"]])
    // A phrase in the query lends the single-word members to its first word.
    XCTAssertEqual(top(engine, "analyse d'impact"), "aipd")
    XCTAssertEqual(top(engine, "DPIA"), "aipd")
    // A longer member is not lent to a single word: "règlement" alone is not the RGPD.
    XCTAssertEqual(engine.search("RGPD", limit: 3), [])
  }

  func testAPhraseIsLentWholeWhateverTheWordOrder() {
    let engine = engine(
      ["en": "Health data are special.", "fr": "Les données de santé sont sensibles.", "other": "Données ouvertes."],
      synonyms: [["données de santé", "health data"]])
    let query = engine.parse("données de santé")
    XCTAssertEqual(query.clauses.count, 2)
    // Lent to the first word as one phrase (not "health" → données, "data" → santé).
    let phrase = query.clauses[0].alternatives.filter { $0.phrase != 0 }
    XCTAssertEqual(phrase.count, 2)
    XCTAssertEqual(Set(phrase.map(\.phrase)).count, 1)
    XCTAssertTrue(query.clauses[1].alternatives.allSatisfy { $0.phrase == 0 })
    XCTAssertEqual(query.understood.first?.synonyms, ["health data"])
    // Both spellings of the phrase outrank a text that has only one of its words.
    let found = engine.search(query, limit: 3).map { engine.index.documentIDs[Int($0.document)] }
    XCTAssertEqual(Set(found.prefix(2)), ["fr", "en"])
    XCTAssertEqual(found.last, "other")
  }

  func testRepeatedWordsCountOnce() {
    let engine = engine(guide)
    XCTAssertEqual(engine.parse("données données").clauses.count, 1)
  }

  func testAPastedPageIsCutToItsFirstWords() {
    let engine = engine(guide)
    let page = (0..<500).map { "motinconnu\($0)" }.joined(separator: " ")
    XCTAssertEqual(engine.parse(page).understood.count, SearchEngine.maxQueryWords)
  }

  func testQueryLanguageIsGuessedFromStopWordsAndAccents() {
    XCTAssertEqual(SearchEngine.guessLanguage("Can I use it with the data?"), .en)
    XCTAssertEqual(SearchEngine.guessLanguage("Puis-je l'utiliser avec les données ?"), .fr)
    XCTAssertEqual(SearchEngine.guessLanguage("sécurité"), .fr)
    XCTAssertNil(SearchEngine.guessLanguage("ChatGPT"))
  }
}
