/// A type read from a `JSONValue` by hand, with `Codable`'s rules, for the documents
/// `sia verify` reads in bulk: filling a `Declaration` through `Codable`'s synthesized
/// `init(from:)` costs ten times what these few lines do. The rules are those of that
/// `init(from:)` with `JSONDecoder`, so both agree on every document sia writes: a
/// required field that is missing or `null` is an error, an optional one is `nil`, a
/// value of the wrong type is an error either way, unknown keys are ignored.
protocol JSONReadable {
  init(json: JSONValue) throws
}

/// Why a JSON value does not give the expected type.
struct JSONShapeError: Error, Equatable {
  var reason: String
}

/// One object's members, read field by field.
struct JSONFields {
  let members: [String: JSONValue]

  init(_ value: JSONValue) throws {
    guard case .object(let members) = value else { throw JSONShapeError(reason: "an object is expected") }
    self.members = members
  }

  func required<T: JSONReadable>(_ key: String) throws -> T {
    guard let value = members[key] else { throw JSONShapeError(reason: "'\(key)' is missing") }
    if case .null = value { throw JSONShapeError(reason: "'\(key)' is null") }
    return try T(json: value)
  }

  func optional<T: JSONReadable>(_ key: String) throws -> T? {
    guard let value = members[key] else { return nil }
    if case .null = value { return nil }
    return try T(json: value)
  }
}

extension String: JSONReadable {
  init(json: JSONValue) throws {
    guard case .string(let text) = json else { throw JSONShapeError(reason: "a string is expected") }
    self = text
  }
}

extension Int: JSONReadable {
  init(json: JSONValue) throws {
    guard case .int(let number) = json else { throw JSONShapeError(reason: "an integer is expected") }
    self = number
  }
}

extension Bool: JSONReadable {
  init(json: JSONValue) throws {
    guard case .bool(let flag) = json else { throw JSONShapeError(reason: "true or false is expected") }
    self = flag
  }
}

extension Array: JSONReadable where Element: JSONReadable {
  init(json: JSONValue) throws {
    guard case .array(let items) = json else { throw JSONShapeError(reason: "an array is expected") }
    self = try items.map { try Element(json: $0) }
  }
}

/// String enums are read by raw value, as `Codable` does.
extension JSONReadable where Self: RawRepresentable, RawValue == String {
  init(json: JSONValue) throws {
    let raw = try String(json: json)
    guard let value = Self(rawValue: raw) else { throw JSONShapeError(reason: "unknown value '\(raw)'") }
    self = value
  }
}
