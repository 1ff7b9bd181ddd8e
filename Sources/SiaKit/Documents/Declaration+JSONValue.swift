/// A declaration as the `JSONValue` its synthesized `encode(to:)` gives, built by hand:
/// `sia verify` re-renders every declaration it checks, and going through `JSONEncoder`
/// (then reading its output back) was the largest part of that. Field for field what
/// `Codable` writes — optionals left out when nil, enums as their raw values;
/// `DocumentContentTests.testHandWrittenJSONIsTheEncoders` checks both agree on a
/// declaration with every optional field set and on one with none, so a field added to
/// one and not the other fails there (and `DeclarationFormatTests` re-renders the
/// frozen document byte for byte).
extension Declaration {
  var jsonValue: JSONValue {
    var object: [String: JSONValue] = [
      "format": .string(format), "kind": .string(kind.rawValue), "lang": .string(lang.rawValue), "date": .string(date),
      "validUntil": .string(validUntil), "declarant": declarant.jsonValue, "unit": unit.jsonValue,
      "labHead": labHead.jsonValue, "system": system.jsonValue, "intendedUse": intendedUse.jsonValue,
      "data": .array(data.map(\.jsonValue)), "answers": .array(answers.map(\.jsonValue)), "verdict": verdict.jsonValue,
      "commitments": .array(commitments.map(\.jsonValue)), "tasks": .array(tasks.map(\.jsonValue)),
      "humanVerification": humanVerification.jsonValue, "publicationStatement": publicationStatement.jsonValue,
      "guideVersion": .string(guideVersion), "toolVersion": .string(toolVersion),
    ]
    if let contest { object["contest"] = .string(contest) }
    if let training { object["training"] = training.jsonValue }
    if let guideReviewed { object["guideReviewed"] = .string(guideReviewed) }
    if let scan { object["scan"] = scan.jsonValue }
    return .object(object)
  }
}

extension Person {
  var jsonValue: JSONValue { .object(["name": .string(name), "email": .string(email)]) }
}

extension ResearchUnit {
  var jsonValue: JSONValue { .object(["name": .string(name), "code": .string(code)]) }
}

extension AISystem {
  var jsonValue: JSONValue {
    var object: [String: JSONValue] = [
      "name": .string(name), "provider": .string(provider), "version": .string(version),
    ]
    if let names { object["names"] = names.jsonValue }
    if let providers { object["providers"] = providers.jsonValue }
    return .object(object)
  }
}

extension Bilingual {
  var jsonValue: JSONValue { .object(["fr": .string(fr), "en": .string(en)]) }
}

extension AnsweredQuestion {
  var jsonValue: JSONValue {
    var object: [String: JSONValue] = ["id": .string(id), "question": question.jsonValue, "answer": answer.jsonValue]
    if let value { object["value"] = .string(value) }
    if let values { object["values"] = .array(values.map { .string($0) }) }
    return .object(object)
  }
}

extension VerdictSummary {
  var jsonValue: JSONValue {
    var object: [String: JSONValue] = [
      "id": .string(id.rawValue), "rationale": rationale.jsonValue, "rules": .array(rules.map { .string($0) }),
    ]
    if let alternative { object["alternative"] = alternative.jsonValue }
    return .object(object)
  }
}

extension Commitment {
  var jsonValue: JSONValue { .object(["id": .string(id), "text": text.jsonValue, "accepted": .bool(accepted)]) }
}

extension DelegatedTask {
  var jsonValue: JSONValue { .object(["category": .string(category.rawValue), "detail": detail.jsonValue]) }
}

extension TrainingReference {
  var jsonValue: JSONValue {
    var object: [String: JSONValue] = [
      "date": .string(date), "right": .int(right), "total": .int(total), "file": .string(file),
    ]
    if let kind { object["kind"] = .string(kind.rawValue) }
    if let trainer { object["trainer"] = .string(trainer) }
    if let trainerKey { object["trainerKey"] = .string(trainerKey) }
    return .object(object)
  }
}

extension ScanRecord {
  var jsonValue: JSONValue {
    .object([
      "counts": .object(counts.mapValues { .int($0) }), "data": .string(data), "health": .bool(health),
      "secrets": .bool(secrets),
    ])
  }
}
