import SiaKit
import XCTest

final class IntentRecognizerTests: XCTestCase {
  let recognizer = IntentRecognizer(model: DecisionFixtures.model)

  func answers(_ text: String) -> [String: [String]] {
    PreAnswer.answers(recognizer.recognize(text)).values
  }

  func testTheExampleSentence() {
    let found = answers("je voudrais utiliser ChatGPT Plus pour résumer des comptes rendus de patients")
    XCTAssertEqual(found["type-systeme"], ["chat-generatif"])
    XCTAssertEqual(found["plateforme"], ["public"])
    XCTAssertEqual(found["localisation-fournisseur"], ["hors-ue"])
    XCTAssertEqual(found["donnees"], ["sante"])
    XCTAssertEqual(found["finalite"], ["redaction"])
    XCTAssertNil(found["identifiabilite"], "identifiability is asked, not assumed")
  }

  /// One brand, opposite terms: the plan is taken from the sentence, never guessed.
  func testABrandWithoutItsPlanPreFillsOnlyWhatEveryPlanShares() {
    let matches = recognizer.toolMatches(in: "je voudrais utiliser ChatGPT pour résumer un article")
    XCTAssertEqual(matches.map(\.family), ["chatgpt"])
    XCTAssertNil(matches.first?.tool, "the plan is unknown")
    let found = answers("je voudrais utiliser ChatGPT pour résumer un article")
    XCTAssertEqual(found["type-systeme"], ["chat-generatif"])
    XCTAssertNil(found["plateforme"], "personal and institute plans differ: asked, not assumed")
    XCTAssertNil(found["conditions-fournisseur"])
    XCTAssertEqual(answers("avec ChatGPT Enterprise de l'institut")["plateforme"], ["contrat"])
    XCTAssertEqual(answers("avec ChatGPT Enterprise de l'institut")["conditions-fournisseur"], ["sans-reutilisation"])
  }

  func testWordsForThePlanFamilySettleWhereTheDataGo() {
    XCTAssertEqual(answers("GitHub Copilot avec la licence de l'institut")["plateforme"], ["contrat"])
    XCTAssertEqual(answers("Perplexity sur mon compte personnel")["plateforme"], ["public"])
    // The plan's own name wins over a contradicting word.
    XCTAssertEqual(answers("ChatGPT Plus, pas le compte institutionnel")["plateforme"], ["public"])
  }

  func testAPlanNamedElsewhereInTheSentenceSettlesTheBrand() {
    let matches = recognizer.toolMatches(in: "GitHub Copilot, avec la licence Copilot Business du labo")
    XCTAssertEqual(matches.map(\.tool?.id), ["github-copilot-organisation"])
    XCTAssertEqual(
      recognizer.tools(in: "GitHub Copilot Pro sur le code du labo").map(\.id), ["github-copilot-individuel"])
  }

  func testLongerToolNamesWin() {
    XCTAssertEqual(recognizer.toolMatches(in: "avec GitHub Copilot dans VS Code").map(\.family), ["github-copilot"])
    XCTAssertEqual(recognizer.toolMatches(in: "Copilot pour mes courriels").map(\.family), ["copilot"])
    XCTAssertEqual(recognizer.tools(in: "Microsoft 365 Copilot pour mes courriels").map(\.id), ["copilot-m365"])
    XCTAssertEqual(recognizer.tools(in: "segmenter avec cellpose puis stardist").map(\.id), ["cellpose", "stardist"])
  }

  func testAccentsCaseAndPunctuationAreIgnored() {
    XCTAssertEqual(answers("TRADUIRE un résumé avec DeepL.")["finalite"], ["redaction", "traduction"])
    XCTAssertEqual(answers("données génétiques (exome)")["donnees"], ["genetiques"])
    XCTAssertEqual(answers("entraîner un modèle de deep learning en local")["plateforme"], ["local"])
  }

  func testTheInstitutesEnvironmentIsRecognisedByItsPlaceholderName() {
    XCTAssertEqual(answers("sur le Cloud Inserm")["plateforme"], ["interne"])
  }

  func testNothingRecognised() {
    XCTAssertEqual(recognizer.recognize("bonjour"), [])
  }

  func testTheFirstToolWinsOnConflicts() {
    let found = answers("ChatGPT Plus ou bien Ollama")
    XCTAssertEqual(found["plateforme"], ["public"])
  }
}
