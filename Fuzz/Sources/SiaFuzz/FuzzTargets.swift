import Foundation
import SiaKit

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
  ]

  nonisolated(unsafe) static var selected: ((String) -> Void)? = {
    let name = ProcessInfo.processInfo.environment["SIA_FUZZ_TARGET"] ?? ""
    guard let target = all[name] else {
      FileHandle.standardError.write(Data("SIA_FUZZ_TARGET must be one of: \(all.keys.sorted().joined(separator: ", "))\n".utf8))
      exit(2)
    }
    return target
  }()
}

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
  let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
  FuzzTargets.selected?(text)
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
