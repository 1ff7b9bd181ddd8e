import Foundation
import SiaKit

/// sia-bench — in-process measurements, one JSON object on standard output.
///   sia-bench guide KNOWLEDGE QUERIES [ROUNDS]         both engines on the guide
///   sia-bench corpus FILE SIZE|all QUERIES [ROUNDS]    both engines on the corpus
///   sia-bench quality KNOWLEDGE QUESTIONS.tsv QUERIES  hit in top 3, ask latency
///   sia-bench engine KNOWLEDGE SCENARIOS-FOLDER [ROUNDS] assessment latency
///   sia-bench english KNOWLEDGE TUNING.tsv HELDOUT.tsv QUERIES-EN [ROUNDS]
///                                                      English hit in top 3 and latency,
///                                                      sia beside FTS5 (porter)
/// Bench/bench.py runs each in its own process (clean memory figures) and writes
/// BENCHMARKS.md.
func runBench(_ arguments: [String]) throws -> Data {
  let encoder = JSONEncoder()
  encoder.outputFormatting = [.sortedKeys]
  func rounds(_ position: Int, _ fallback: Int) -> Int {
    arguments.count > position ? Int(arguments[position]) ?? fallback : fallback
  }
  switch (arguments.first, arguments.count) {
  case ("guide", 3...):
    let knowledge = try loadKnowledge(arguments[1])
    let dataset = Dataset.guide(knowledge)
    let queries = try QueryFile.load(arguments[2])
    let result = try RetrievalRun.run(dataset, queries: queries, rounds: rounds(3, 21)) {
      GuideSearch.load(knowledge).engine
    }
    return try encoder.encode(result)
  case ("corpus", 4...):
    let dataset = try Dataset.corpus(path: arguments[1], limit: Int(arguments[2]))
    let result = try RetrievalRun.run(dataset, queries: try QueryFile.load(arguments[3]), rounds: rounds(4, 11)) {
      SearchEngine(documents: dataset.documents)
    }
    return try encoder.encode(result)
  case ("quality", 4...):
    let knowledge = try loadKnowledge(arguments[1])
    let result = try QualityRun.run(
      knowledge: knowledge, table: arguments[2], queries: try QueryFile.load(arguments[3]), rounds: rounds(4, 11))
    return try encoder.encode(result)
  case ("english", 5...):
    let knowledge = try loadKnowledge(arguments[1])
    let result = try EnglishRun.run(
      knowledge: knowledge, tables: [arguments[2], arguments[3]], queries: try QueryFile.load(arguments[4]),
      rounds: rounds(5, 11))
    return try encoder.encode(result)
  case ("engine", 3...):
    let result = try EngineRun.run(knowledge: arguments[1], scenarios: arguments[2], rounds: rounds(3, 21))
    return try encoder.encode(result)
  default:
    throw BenchError("usage: sia-bench guide|corpus|quality|english|engine … (see Bench/Sources/sia-bench/main.swift)")
  }
}

func loadKnowledge(_ root: String) throws -> KnowledgeBase {
  let loaded = KnowledgeLoader.load(root: root)
  guard !loaded.knowledge.sections.isEmpty else { throw BenchError("no guide sections under \(root)") }
  return loaded.knowledge
}

struct BenchError: Error, CustomStringConvertible {
  var description: String
  init(_ description: String) { self.description = description }
}

do {
  FileHandle.standardOutput.write(try runBench(Array(CommandLine.arguments.dropFirst())))
  FileHandle.standardOutput.write(Data("\n".utf8))
} catch {
  FileHandle.standardError.write(Data("sia-bench: \(error)\n".utf8))
  exit(1)
}
