import Yams

/// Reads a condition (`when`) from YAML: a mapping with one key among `all`, `any`,
/// `not`, `equals`, `in`, `at_least`, `answered`. Every problem is a diagnostic with the
/// line of the offending node; the caller decides what to do with a nil result.
struct ConditionParser {
  let document: YAMLDocument
  let id: String

  func parse(_ node: Node, _ diagnostics: inout [Diagnostic]) -> Condition? {
    let line = document.line(of: node)
    guard case let .mapping(mapping) = node, mapping.count == 1,
      let (keyNode, value) = mapping.first.map({ ($0.key, $0.value) }),
      let key = keyNode.string
    else {
      problem(line, Messages.diagConditionOneKey.both(), &diagnostics)
      return nil
    }
    switch key {
    case "all", "any":
      guard case let .sequence(items) = value else {
        problem(line, Messages.diagConditionList.both([.key: key]), &diagnostics)
        return nil
      }
      var parts: [Condition] = []
      for item in items {
        guard let part = parse(item, &diagnostics) else { return nil }
        parts.append(part)
      }
      return key == "all" ? .all(parts) : .any(parts)
    case "not":
      return parse(value, &diagnostics).map { .not($0) }
    case "answered":
      guard case let .scalar(scalar) = value, !scalar.string.isEmpty else {
        problem(line, Messages.diagAnsweredTakesQuestion.both(), &diagnostics)
        return nil
      }
      return .test(.init(.answered, question: scalar.string, line: line))
    case "equals", "in", "at_least":
      return parseTest(key, value, line: line, &diagnostics)
    default:
      problem(line, Messages.diagUnknownCondition.both([.key: key]), &diagnostics)
      return nil
    }
  }

  private func parseTest(_ key: String, _ value: Node, line: Int, _ diagnostics: inout [Diagnostic]) -> Condition? {
    guard case let .mapping(pair) = value, pair.count == 1, let first = pair.first, let question = first.key.string
    else {
      problem(line, Messages.diagTestOnePair.both([.key: key]), &diagnostics)
      return nil
    }
    var options: [String] = []
    switch first.value {
    case let .scalar(scalar): options = [scalar.string]
    case let .sequence(items): options = items.compactMap(\.string)
    default: break
    }
    if options.isEmpty || (key != "in" && options.count != 1) {
      let expected = key == "in" ? Messages.diagTestExpectsList : Messages.diagTestExpectsOne
      problem(line, expected.both([.key: key, .question: question]), &diagnostics)
      return nil
    }
    let op: Condition.Test.Operator = key == "equals" ? .equals : key == "in" ? .in : .atLeast
    return .test(.init(op, question: question, options: options, line: line))
  }

  private func problem(_ line: Int, _ message: Bilingual, _ diagnostics: inout [Diagnostic]) {
    diagnostics.append(Diagnostic(file: document.file, line: line, id: id, message))
  }
}
