import Foundation
@testable import SiaCLI
import SiaKit
import XCTest

final class CompletionTests: XCTestCase {
  func makeSession() throws -> ReplSession {
    let root = SiaRunner.repositoryRoot.appendingPathComponent("Knowledge").path
    let options = try GlobalOptions.parse(["--knowledge", root])
    let console = Console(styled: false, width: 80)
    return ReplSession(app: try AppContext.make(options: options, console: console))
  }

  func testSlashCommandsComplete() throws {
    let session = try makeSession()
    XCTAssertEqual(Completion.candidates(for: "/ai", commands: session.commands, session: session), ["/aide"])
    XCTAssertEqual(
      Completion.candidates(for: "/qu", commands: session.commands, session: session), ["/quit", "/quitter"])
    XCTAssertEqual(Completion.candidates(for: "bonjour", commands: session.commands, session: session), [])
  }

  func testArgumentsComplete() throws {
    let session = try makeSession()
    XCTAssertEqual(Completion.candidates(for: "/langue e", commands: session.commands, session: session), ["en"])
    let ids = Completion.candidates(for: "/lire donnees-", commands: session.commands, session: session)
    XCTAssertTrue(ids.contains("donnees-sante"))
    XCTAssertTrue(ids.allSatisfy { $0.hasPrefix("donnees-") })
  }

  func testCommonPrefixIsByCharacter() {
    XCTAssertEqual(Completion.commonPrefix(["/quit", "/quitter"]), "/quit")
    XCTAssertEqual(Completion.commonPrefix(["élève", "éléphant"]), "él")
    XCTAssertEqual(Completion.commonPrefix([]), "")
  }

  func testPlainReaderCutsHugeLinesAndRepairsInvalidUTF8() throws {
    var fds: [Int32] = [0, 0]
    XCTAssertEqual(pipe(&fds), 0)
    let payload = Data("court\n".utf8) + Data(repeating: 0x61, count: 100) + Data("\n\u{FF}é\nsans fin".utf8.map { $0 })
    var bytes = [UInt8](payload)
    bytes[bytes.count - 12] = 0xFF  // an invalid byte before "é"
    _ = bytes.withUnsafeBytes { write(fds[1], $0.baseAddress, $0.count) }
    close(fds[1])
    let reader = PlainLineReader(fd: fds[0], maxLineBytes: 10)
    XCTAssertEqual(reader.read(prompt: ""), .line("court"))
    XCTAssertNil(reader.lastTruncatedSize)
    XCTAssertEqual(reader.read(prompt: ""), .line("aaaaaaaaaa"))
    XCTAssertEqual(reader.lastTruncatedSize, 100)
    guard case .line(let repaired) = reader.read(prompt: "") else { return XCTFail("expected a line") }
    XCTAssertTrue(repaired.contains("\u{FFFD}"))
    XCTAssertEqual(reader.read(prompt: ""), .line("sans fin"))
    XCTAssertEqual(reader.read(prompt: ""), .endOfInput)
    close(fds[0])
  }
}
