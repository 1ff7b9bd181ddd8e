import SiaKit
import XCTest

final class IntentRecognizerTests: XCTestCase {
  let recognizer = IntentRecognizer(model: DecisionFixtures.model)

  func answers(_ text: String) -> [String: [String]] {
    PreAnswer.answers(recognizer.recognize(text)).values
  }

  func testTheExampleSentence() {
    let found = answers("je voudrais utiliser ChatGPT pour résumer des comptes rendus de patients")
    XCTAssertEqual(found["type-systeme"], ["chat-generatif"])
    XCTAssertEqual(found["plateforme"], ["public"])
    XCTAssertEqual(found["localisation-fournisseur"], ["hors-ue"])
    XCTAssertEqual(found["donnees"], ["sante"])
    XCTAssertEqual(found["finalite"], ["redaction"])
    XCTAssertNil(found["identifiabilite"], "identifiability is asked, not assumed")
  }

  func testLongerToolNamesWin() {
    XCTAssertEqual(recognizer.tools(in: "avec GitHub Copilot dans VS Code").map(\.id), ["github-copilot"])
    XCTAssertEqual(recognizer.tools(in: "Copilot pour mes courriels").map(\.id), ["copilot"])
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
    let found = answers("ChatGPT ou bien Ollama")
    XCTAssertEqual(found["plateforme"], ["public"])
  }
}
