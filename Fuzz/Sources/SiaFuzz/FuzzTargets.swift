import Foundation
import SiaKit
import SiaTestSupport

/// One libFuzzer entry point for every parser: `SIA_FUZZ_TARGET` picks which one the
/// input feeds (one binary, one build). A crash, a hang or a sanitizer report is a bug;
/// each one found becomes a regression test in Tests/.
enum FuzzTargets {
  static let institute = Institute(values: ["institut": "Inserm", "contact_ia": "x@y"])

  static let all: [String: (String) -> Void] = [
    "guide-section": { text in
      var diagnostics: [Diagnostic] = []
      _ = KnowledgeLoader.parseSection(text: text, relative: "guide/fuzz.md", institute: institute, &diagnostics)
    },
    "faq": { text in
      var diagnostics: [Diagnostic] = []
      _ = KnowledgeLoader.parseFAQ(text: text, relative: "faq/fuzz.yaml", institute: institute, &diagnostics)
    },
    "transcript": { text in
      let transcript = Transcript.parse(text)
      for session in transcript.sessions {
        for line in session.expected { _ = Transcript.lineMatches(expected: line, actual: line) }
      }
    },
    "sanitizer": { text in
      let clean = Sanitizer.neutralize(text)
      precondition(Sanitizer.neutralize(clean) == clean, "neutralize is not idempotent")
    },
    "cross-references": { text in
      _ = CrossReference.references(in: text)
      _ = institute.expand(text)
    },
    "ssh-signature": { text in
      if let signature = try? SSHSignature(armored: text) {
        _ = try? signature.verify(message: Data(text.utf8), namespace: signature.namespace)
        precondition((try? SSHSignature(armored: signature.armored)) == signature, "armor does not round-trip")
      }
    },
    "openssh-key": { text in _ = try? OpenSSHPrivateKey.parse(text) },
    "allowed-signers": { text in
      let (signers, _) = AllowedSigners.parse(text, file: "fuzz")
      for entry in signers.entries {
        _ = signers.trust(principal: entry.principals, key: entry.key, namespace: "n", at: Date())
      }
    },
    "signed-document": { text in
      _ = DeclarationFile.parse(text)
      _ = Approval.parse(text)
      _ = DocumentKind.detect(document: Data(text.utf8), path: "fuzz.md")
      // The byte walk finds the block the `Character`-line split found, and a
      // declaration read by hand is the one `JSONDecoder` reads from that block.
      precondition(
        StructuredBlock.extract(from: text) == referenceBlock(text), "the block differs from the line split's")
      if let declaration = DocumentContent(text: text).declaration {
        // A document's byte-order mark is not part of its text (`String(data:encoding:)`).
        let block = referenceBlock(text.hasPrefix("\u{FEFF}") ? String(text.dropFirst()) : text) ?? ""
        precondition(
          (try? JSONDecoder().decode(Declaration.self, from: Data(block.utf8))) == declaration,
          "a declaration read by hand differs from JSONDecoder's")
      }
    },
  ]

  /// Targets that take the raw bytes, invalid UTF-8 included.
  static let byteTargets: [String: ([UInt8]) -> Void] = [
    "json-reader": { bytes in
      // Whatever the reader accepts, JSONDecoder decodes to the same value (it is the
      // stricter of the two), and canonical JSON of it reads back to itself.
      // A document's block is read only from valid UTF-8, as `String(data:encoding:)` would.
      if DocumentContent(document: Data(bytes)).block != nil {
        precondition(String(data: Data(bytes), encoding: .utf8) != nil, "a block read from invalid UTF-8")
      }
      guard let value = try? JSONReader.parse(bytes) else { return }
      precondition((try? JSONDecoder().decode(JSONValue.self, from: Data(bytes))) == value, "JSONDecoder disagrees")
      precondition(
        (try? JSONReader.parse(CanonicalJSON.serialize(value))) == value, "canonical JSON does not read back")
    }
  ]

  /// `StructuredBlock.extract` as it was before it walked bytes.
  static func referenceBlock(_ text: String) -> String? {
    let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
    guard let start = lines.lastIndex(where: { $0 == Substring(StructuredBlock.fence) }) else { return nil }
    guard let end = lines[(start + 1)...].firstIndex(where: { $0 == "```" }) else { return nil }
    return lines[(start + 1)..<end].joined(separator: "\n")
  }

  /// A private copy of the bundled knowledge: the decision and exercise loaders read
  /// folders, so each input is written into one file of the copy before loading it.
  static let scratch: String = {
    let source = ProcessInfo.processInfo.environment["SIA_KNOWLEDGE"] ?? "../Knowledge"
    let copy = NSTemporaryDirectory() + "sia-fuzz-knowledge-\(getpid())"
    try? FileManager.default.removeItem(atPath: copy)
    do { try FileManager.default.copyItem(atPath: source, toPath: copy) } catch {
      FileHandle.standardError.write(Data("cannot copy the knowledge base \(source): \(error)\n".utf8))
      exit(2)
    }
    return copy
  }()

  static let model: DecisionModel = DecisionLoader.load(root: scratch).model

  /// The guide, loaded once: the exercise loader needs it for citations and themes.
  static let knowledge: KnowledgeBase = KnowledgeLoader.load(root: scratch).knowledge

  static let analyzer = Analyzer()
  static let search = GuideSearch.load(knowledge)

  /// Writes the input into one file of the scratch knowledge base; returns its root.
  static func with(_ relative: String, _ text: String) -> String {
    try? text.write(toFile: "\(scratch)/\(relative)", atomically: false, encoding: .utf8)
    return scratch
  }

  static let knowledgeTargets: [String: (String) -> Void] = [
    "questions": { text in _ = DecisionLoader.load(root: with("questions.yaml", text)) },
    "rules": { text in _ = DecisionLoader.load(root: with("rules/zz-fuzz.yaml", text)) },
    "exercises": { text in
      _ = with("exercises/zz-fuzz.yaml", text)
      _ = ExerciseLoader.load(knowledge: knowledge)
    },
    "answers-file": { text in _ = AnswersFile.parse(text: text, file: "fuzz.yaml", model: model) },
    "query": { text in
      // The analyzer and the whole search (typo expansion, synonyms, snippets) on any text.
      let terms = analyzer.analyze(text)
      for term in terms { precondition(term.range.lowerBound <= term.range.upperBound) }
      _ = search.ask(text, lang: .fr)
    },
  ]

  nonisolated(unsafe) static var selected: (([UInt8]) -> Void)? = {
    let name = ProcessInfo.processInfo.environment["SIA_FUZZ_TARGET"] ?? ""
    if let target = byteTargets[name] { return target }
    guard let target = all[name] ?? knowledgeTargets[name] else {
      let names = Array(all.keys) + Array(knowledgeTargets.keys) + Array(byteTargets.keys)
      FileHandle.standardError.write(
        Data("SIA_FUZZ_TARGET must be one of: \(names.sorted().joined(separator: ", "))\n".utf8))
      exit(2)
    }
    return { bytes in target(String(decoding: bytes, as: UTF8.self)) }
  }()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  FuzzTargets.selected?(Array(UnsafeBufferPointer(start: data, count: size)))
  return 0
}

/// libFuzzer's driver, called from our own entry point: SwiftPM links executables with
/// `main` aliased to `SiaFuzz_main`, so we provide that symbol and hand over to libFuzzer.
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
  _ argc: UnsafeMutablePointer<CInt>,
  _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
  _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt
) -> CInt

@_cdecl("SiaFuzz_main")
public func fuzzMain(
  _ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
) -> CInt {
  var count = argc
  var arguments = argv
  return withUnsafeMutablePointer(to: &arguments) { argumentsPointer in
    LLVMFuzzerRunDriver(&count, argumentsPointer) { data, size in fuzzOneInput(data, size) }
  }
}
