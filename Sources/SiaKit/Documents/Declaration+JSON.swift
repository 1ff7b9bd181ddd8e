/// A declaration read from its structured block without `Codable` (see `JSONReadable`):
/// `sia verify` reads one per file. Field for field what the synthesized `init(from:)`
/// reads; `DeclarationJSONTests` checks both agree on a declaration with every optional
/// field set, so a field added to one and not the other fails there.
extension Declaration: JSONReadable {
  init(json: JSONValue) throws {
    let fields = try JSONFields(json)
    self.init(
      format: try fields.required("format"), kind: try fields.required("kind"), lang: try fields.required("lang"),
      date: try fields.required("date"), validUntil: try fields.required("validUntil"),
      declarant: try fields.required("declarant"), unit: try fields.required("unit"),
      labHead: try fields.required("labHead"), system: try fields.required("system"),
      intendedUse: try fields.required("intendedUse"), data: try fields.required("data"),
      answers: try fields.required("answers"), verdict: try fields.required("verdict"),
      commitments: try fields.required("commitments"), tasks: try fields.required("tasks"),
      humanVerification: try fields.required("humanVerification"), contest: try fields.optional("contest"),
      publicationStatement: try fields.required("publicationStatement"),
      guideVersion: try fields.required("guideVersion"), toolVersion: try fields.required("toolVersion"),
      training: try fields.optional("training"), guideReviewed: try fields.optional("guideReviewed"),
      scan: try fields.optional("scan"))
  }
}

extension DocumentKind: JSONReadable {}
extension Lang: JSONReadable {}
extension Verdict: JSONReadable {}
extension TrainingKind: JSONReadable {}
extension GAIDeTCategory: JSONReadable {}

extension Person: JSONReadable {
  init(json: JSONValue) throws {
    let fields = try JSONFields(json)
    self.init(name: try fields.required("name"), email: try fields.required("email"))
  }
}

extension ResearchUnit: JSONReadable {
  init(json: JSONValue) throws {
    let fields = try JSONFields(json)
    self.init(name: try fields.required("name"), code: try fields.required("code"))
  }
}

extension AISystem: JSONReadable {
  init(json: JSONValue) throws {
    let fields = try JSONFields(json)
    self.init(
      name: try fields.required("name"), provider: try fields.required("provider"),
      version: try fields.required("version"),
      names: try fields.optional("names"), providers: try fields.optional("providers"))
  }
}

extension Bilingual: JSONReadable {
  init(json: JSONValue) throws {
    let fields = try JSONFields(json)
    self.init(fr: try fields.required("fr"), en: try fields.required("en"))
  }
}

extension AnsweredQuestion: JSONReadable {
  init(json: JSONValue) throws {
    let fields = try JSONFields(json)
    self.init(
      id: try fields.required("id"), question: try fields.required("question"), value: try fields.optional("value"),
      values: try fields.optional("values"), answer: try fields.required("answer"))
  }
}

extension VerdictSummary: JSONReadable {
  init(json: JSONValue) throws {
    let fields = try JSONFields(json)
    self.init(
      id: try fields.required("id"), rationale: try fields.required("rationale"),
      alternative: try fields.optional("alternative"), rules: try fields.required("rules"))
  }
}

extension Commitment: JSONReadable {
  init(json: JSONValue) throws {
    let fields = try JSONFields(json)
    self.init(
      id: try fields.required("id"), text: try fields.required("text"), accepted: try fields.required("accepted"))
  }
}

extension DelegatedTask: JSONReadable {
  init(json: JSONValue) throws {
    let fields = try JSONFields(json)
    self.init(category: try fields.required("category"), detail: try fields.required("detail"))
  }
}

extension TrainingReference: JSONReadable {
  init(json: JSONValue) throws {
    let fields = try JSONFields(json)
    self.init(
      date: try fields.required("date"), right: try fields.required("right"), total: try fields.required("total"),
      file: try fields.required("file"), kind: try fields.optional("kind"), trainer: try fields.optional("trainer"),
      trainerKey: try fields.optional("trainerKey"))
  }
}
