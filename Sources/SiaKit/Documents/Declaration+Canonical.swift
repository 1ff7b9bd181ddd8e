/// The declaration's canonical JSON, `CanonicalJSON.serialize(jsonValue)`, written
/// straight from its fields with each object's keys in canonical (UTF-16) order:
/// `sia verify` re-renders every declaration it checks, and building the `JSONValue`
/// tree (a dictionary per object) then sorting each object's keys was a third of that.
/// `DocumentContentTests.testCanonicalWriterIsTheSerializer` checks that both give the
/// same bytes on a declaration with every optional field set, on one with none, and on
/// every variant of the block the decoder accepts.
extension Declaration {
  var canonicalJSON: String {
    var out: [UInt8] = []
    out.reserveCapacity(8192)
    writeCanonical(to: &out)
    return String(decoding: out, as: UTF8.self)
  }

  func writeCanonical(to out: inout [UInt8]) {
    var object = CanonicalObject()
    object.key("answers", &out)
    CanonicalObject.array(answers, &out) { $0.writeCanonical(to: &$1) }
    object.key("commitments", &out)
    CanonicalObject.array(commitments, &out) { $0.writeCanonical(to: &$1) }
    if let contest { object.string("contest", contest, &out) }
    object.key("data", &out)
    CanonicalObject.array(data, &out) { $0.writeCanonical(to: &$1) }
    object.string("date", date, &out)
    object.key("declarant", &out)
    declarant.writeCanonical(to: &out)
    object.string("format", format, &out)
    if let guideReviewed { object.string("guideReviewed", guideReviewed, &out) }
    object.string("guideVersion", guideVersion, &out)
    object.key("humanVerification", &out)
    humanVerification.writeCanonical(to: &out)
    object.key("intendedUse", &out)
    intendedUse.writeCanonical(to: &out)
    object.string("kind", kind.rawValue, &out)
    object.key("labHead", &out)
    labHead.writeCanonical(to: &out)
    object.string("lang", lang.rawValue, &out)
    object.key("publicationStatement", &out)
    publicationStatement.writeCanonical(to: &out)
    if let scan {
      object.key("scan", &out)
      CanonicalJSON.write(scan.jsonValue, to: &out)
    }
    object.key("system", &out)
    system.writeCanonical(to: &out)
    object.key("tasks", &out)
    CanonicalObject.array(tasks, &out) { $0.writeCanonical(to: &$1) }
    object.string("toolVersion", toolVersion, &out)
    if let training {
      object.key("training", &out)
      training.writeCanonical(to: &out)
    }
    object.key("unit", &out)
    unit.writeCanonical(to: &out)
    object.string("validUntil", validUntil, &out)
    object.key("verdict", &out)
    verdict.writeCanonical(to: &out)
    object.close(&out)
  }
}

/// One JSON object being written: `{` before the first member, `,` between members.
/// The caller gives the members in canonical key order.
struct CanonicalObject {
  private var empty = true

  mutating func key(_ name: String, _ out: inout [UInt8]) {
    out.append(empty ? UInt8(ascii: "{") : UInt8(ascii: ","))
    empty = false
    CanonicalJSON.writeString(name, to: &out)
    out.append(UInt8(ascii: ":"))
  }

  mutating func string(_ name: String, _ value: String, _ out: inout [UInt8]) {
    key(name, &out)
    CanonicalJSON.writeString(value, to: &out)
  }

  func close(_ out: inout [UInt8]) {
    if empty { out.append(UInt8(ascii: "{")) }
    out.append(UInt8(ascii: "}"))
  }

  static func array<Element>(_ items: [Element], _ out: inout [UInt8], _ write: (Element, inout [UInt8]) -> Void) {
    out.append(UInt8(ascii: "["))
    for (index, item) in items.enumerated() {
      if index > 0 { out.append(UInt8(ascii: ",")) }
      write(item, &out)
    }
    out.append(UInt8(ascii: "]"))
  }
}

extension Person {
  func writeCanonical(to out: inout [UInt8]) {
    var object = CanonicalObject()
    object.string("email", email, &out)
    object.string("name", name, &out)
    object.close(&out)
  }
}

extension ResearchUnit {
  func writeCanonical(to out: inout [UInt8]) {
    var object = CanonicalObject()
    object.string("code", code, &out)
    object.string("name", name, &out)
    object.close(&out)
  }
}

extension Bilingual {
  func writeCanonical(to out: inout [UInt8]) {
    var object = CanonicalObject()
    object.string("en", en, &out)
    object.string("fr", fr, &out)
    object.close(&out)
  }
}

extension AISystem {
  func writeCanonical(to out: inout [UInt8]) {
    var object = CanonicalObject()
    object.string("name", name, &out)
    if let names {
      object.key("names", &out)
      names.writeCanonical(to: &out)
    }
    object.string("provider", provider, &out)
    if let providers {
      object.key("providers", &out)
      providers.writeCanonical(to: &out)
    }
    object.string("version", version, &out)
    object.close(&out)
  }
}

extension AnsweredQuestion {
  func writeCanonical(to out: inout [UInt8]) {
    var object = CanonicalObject()
    object.key("answer", &out)
    answer.writeCanonical(to: &out)
    object.string("id", id, &out)
    object.key("question", &out)
    question.writeCanonical(to: &out)
    if let value { object.string("value", value, &out) }
    if let values {
      object.key("values", &out)
      CanonicalObject.array(values, &out) { CanonicalJSON.writeString($0, to: &$1) }
    }
    object.close(&out)
  }
}

extension VerdictSummary {
  func writeCanonical(to out: inout [UInt8]) {
    var object = CanonicalObject()
    if let alternative {
      object.key("alternative", &out)
      alternative.writeCanonical(to: &out)
    }
    object.string("id", id.rawValue, &out)
    object.key("rationale", &out)
    rationale.writeCanonical(to: &out)
    object.key("rules", &out)
    CanonicalObject.array(rules, &out) { CanonicalJSON.writeString($0, to: &$1) }
    object.close(&out)
  }
}

extension Commitment {
  func writeCanonical(to out: inout [UInt8]) {
    var object = CanonicalObject()
    object.key("accepted", &out)
    out += (accepted ? "true" : "false").utf8
    object.string("id", id, &out)
    object.key("text", &out)
    text.writeCanonical(to: &out)
    object.close(&out)
  }
}

extension DelegatedTask {
  func writeCanonical(to out: inout [UInt8]) {
    var object = CanonicalObject()
    object.string("category", category.rawValue, &out)
    object.key("detail", &out)
    detail.writeCanonical(to: &out)
    object.close(&out)
  }
}

extension TrainingReference {
  func writeCanonical(to out: inout [UInt8]) {
    var object = CanonicalObject()
    object.string("date", date, &out)
    object.string("file", file, &out)
    if let kind { object.string("kind", kind.rawValue, &out) }
    object.key("right", &out)
    out += String(right).utf8
    object.key("total", &out)
    out += String(total).utf8
    if let trainer { object.string("trainer", trainer, &out) }
    if let trainerKey { object.string("trainerKey", trainerKey, &out) }
    object.close(&out)
  }
}
