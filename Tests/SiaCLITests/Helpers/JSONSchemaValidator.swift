import Foundation
import SiaKit

/// The subset of JSON Schema (2020-12) that docs/schemas/*.json use: `type`, `enum`,
/// `const`, `properties`, `required`, `additionalProperties: false`, `items`, `pattern`
/// (a literal prefix `^…` only), `minLength`, `if`/`then` and local `$ref`s to `#/$defs/…`. Written by hand: none
/// of the Swift packages this machine carries validates JSON Schema. A keyword it does
/// not know makes validation fail, so the schema cannot silently outgrow it. Values are
/// read with sia's own `JSONReader`, which keeps booleans and integers apart.
struct JSONSchemaValidator {
  let root: [String: JSONValue]

  init(schema: String) throws {
    guard case .object(let object) = try JSONReader.parse(schema) else { throw NSError(domain: "schema", code: 1) }
    root = object
  }

  static let known: Set<String> = [
    "$schema", "$id", "$defs", "$ref", "title", "description", "type", "enum", "const", "properties", "required",
    "additionalProperties", "items", "pattern", "minLength", "if", "then",
  ]

  /// Every violation, as `path: reason`; empty when `text` is valid.
  func errors(_ text: String) throws -> [String] { check(try JSONReader.parse(text), against: root, at: "$") }

  func check(_ value: JSONValue, against schema: [String: JSONValue], at path: String) -> [String] {
    var errors = Set(schema.keys).subtracting(Self.known).map { "\(path): unsupported keyword \($0)" }
    if case .string(let reference)? = schema["$ref"] {
      let name = reference.replacingOccurrences(of: "#/$defs/", with: "")
      guard case .object(let definitions)? = root["$defs"], case .object(let target)? = definitions[name] else {
        return errors + ["\(path): unresolved \(reference)"]
      }
      errors += check(value, against: target, at: path)
    }
    if case .string(let type)? = schema["type"], !Self.has(value, type: type) {
      errors.append("\(path): expected \(type), got \(value)")
    }
    if case .array(let options)? = schema["enum"], !options.contains(value) {
      errors.append("\(path): \(value) not in the enum")
    }
    if let constant = schema["const"], constant != value { errors.append("\(path): \(value) ≠ \(constant)") }
    if case .int(let minimum)? = schema["minLength"], case .string(let text) = value, text.count < minimum {
      errors.append("\(path): shorter than \(minimum)")
    }
    // `then` applies only to a value that `if` accepts (no error of its own).
    if case .object(let condition)? = schema["if"], check(value, against: condition, at: path).isEmpty,
      case .object(let consequence)? = schema["then"]
    {
      errors += check(value, against: consequence, at: path)
    }
    if case .string(let pattern)? = schema["pattern"], case .string(let text) = value {
      guard pattern.hasPrefix("^"), !pattern.dropFirst().contains(where: { "\\.*+?[](){}|$".contains($0) }) else {
        return errors + ["\(path): unsupported pattern \(pattern)"]
      }
      if !text.hasPrefix(pattern.dropFirst()) { errors.append("\(path): \(text) does not match \(pattern)") }
    }
    if case .object(let object) = value {
      var properties: [String: JSONValue] = [:]
      if case .object(let declared)? = schema["properties"] { properties = declared }
      if case .array(let required)? = schema["required"] {
        for case .string(let key) in required where object[key] == nil { errors.append("\(path): missing \(key)") }
      }
      for (key, item) in object {
        if case .object(let property)? = properties[key] {
          errors += check(item, against: property, at: "\(path).\(key)")
        } else if schema["additionalProperties"] == .bool(false) {
          errors.append("\(path): unexpected \(key)")
        }
      }
    }
    if case .array(let array) = value, case .object(let items)? = schema["items"] {
      for (index, item) in array.enumerated() { errors += check(item, against: items, at: "\(path)[\(index)]") }
    }
    return errors
  }

  static func has(_ value: JSONValue, type: String) -> Bool {
    switch (type, value) {
    case ("object", .object), ("array", .array), ("string", .string), ("boolean", .bool), ("integer", .int),
      ("null", .null):
      return true
    default: return false
    }
  }
}
