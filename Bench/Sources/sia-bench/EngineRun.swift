import Foundation
import SiaKit

/// Assessment latency: every scenario file of the decision engine's tests
/// (Tests/SiaKitTests/Fixtures/scenarios/*.yaml, the `answers:` of each) assessed by
/// `Engine.assess` as `sia assess` calls it (counterfactual alternatives included).
struct EngineResult: Encodable {
  var scenarios: [String]
  var loadSeconds: Double
  var latency: Latency
  /// `Engine.verdict` alone (no explanation, no alternatives), for comparison.
  var verdictLatency: Latency
}

enum EngineRun {
  static func run(knowledge root: String, scenarios folder: String, rounds: Int) throws -> EngineResult {
    let (loadNanoseconds, loaded) = Measure.time { DecisionLoader.load(root: root) }
    let engine = Engine(model: loaded.model)
    let files = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".yaml") }.sorted()
    var names: [String] = []
    var scenarios: [Answers] = []
    for file in files {
      var diagnostics: [Diagnostic] = []
      let text = try String(contentsOfFile: "\(folder)/\(file)", encoding: .utf8)
      let document = YAMLDocument(file: file, text: text, diagnostics: &diagnostics)
      guard let answers = document.rootMapping(&diagnostics)?.map("answers") else { continue }
      let parsed = AnswersFile.parse(map: answers, model: loaded.model)
      guard parsed.diagnostics.isEmpty else { throw BenchError("\(file): \(parsed.diagnostics)") }
      names.append(String(file.dropLast(5)))
      scenarios.append(parsed.answers)
    }
    guard !scenarios.isEmpty else { throw BenchError("no scenario under \(folder)") }
    var sink = 0
    var full = [[Double]](repeating: [], count: scenarios.count), verdicts = full
    for round in 0..<(rounds + 3) {
      for (position, answers) in scenarios.enumerated() {
        let (nanoseconds, assessment) = Measure.time { engine.assess(answers) }
        let (verdictNanoseconds, verdict) = Measure.time { engine.verdict(answers) }
        sink &+= assessment.fired.count + verdict.hashValue
        guard round >= 3 else { continue }
        full[position].append(Double(nanoseconds) / 1000)
        verdicts[position].append(Double(verdictNanoseconds) / 1000)
      }
    }
    if sink == 42 { FileHandle.standardError.write(Data(" ".utf8)) }
    return EngineResult(
      scenarios: names, loadSeconds: Double(loadNanoseconds) / 1e9, latency: Latency(rounds: full),
      verdictLatency: Latency(rounds: verdicts))
  }
}
