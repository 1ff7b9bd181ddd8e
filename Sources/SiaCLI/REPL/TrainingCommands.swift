import SiaKit

extension ReplCommands {
  static let training: [ReplCommand] = [
    ReplCommand(
      "formation", aliases: ["train"], arguments: "[THÈME…]", summary: Messages.cmdTrain,
      complete: { session, _ in
        ["reprendre", "resume"] + session.knowledge.themes.map(\.id) + ExerciseLevel.allCases.map(\.rawValue)
          + TrainingSeriesLoader.load(knowledge: session.knowledge).series.map(\.id)
      }
    ) { session, arguments in
      switch TrainingCommandArguments.parse(
        arguments, themes: session.knowledge.themes,
        series: TrainingSeriesLoader.load(knowledge: session.knowledge).series)
      {
      case .success(.resume):
        TrainingLauncher.resume(on: session, trainee: session.trainee)
      case let .success(.start(request)):
        TrainingLauncher.start(request, on: session, trainee: session.trainee)
      case let .failure(problem):
        session.say(problem.message(session.lang, themes: session.knowledge.themes.map(\.id)))
      }
    }
  ]
}

extension ReplSession {
  /// The REPL has no --name option: the profile, else the login name.
  var trainee: Person { TrainingLauncher.trainee(name: nil, email: nil, app: app) }
}

/// `/formation donnees debutant 12 graine=42`: words in any order — a theme (id or a
/// word of its label, accents optional), a level, a count, and `graine=N` (or `seed=N`)
/// for a reproducible series; `/formation decouverte-1h`: a curated series;
/// `/formation reprendre` (`/train resume`) resumes the interrupted session.
enum TrainingCommandArguments {
  enum Action: Equatable {
    case start(TrainingLauncher.Request)
    case resume
  }

  enum Problem: Error, Equatable {
    case unknownWord(String)
    case badSeed(String)

    func message(_ lang: Lang, themes: [String]) -> String {
      switch self {
      case let .unknownWord(word): return Messages.trainUsage.text(lang, [.value: Sanitizer.neutralize(word)])
      case let .badSeed(value):
        return Messages.trainBadNumber.text(
          lang, [.option: lang == .fr ? "graine" : "seed", .value: Sanitizer.neutralize(value)])
      }
    }
  }

  static func parse(_ arguments: String, themes: [Theme], series: [TrainingSeries] = []) -> Result<Action, Problem> {
    if ["reprendre", "resume"].contains(arguments.lowercased()) { return .success(.resume) }
    var request = TrainingLauncher.Request()
    for word in arguments.split(separator: " ").map(String.init) {
      let lowered = word.lowercased()
      if let found = series.first(where: { $0.id == TextFolding.fold(word) }) {
        request.series = found.id
      } else if let theme = ThemeArgument.resolve(word, in: themes).first,
        ThemeArgument.resolve(word, in: themes).count == 1
      {
        request.theme = theme.id
      } else if let level = ExerciseLevel(argument: lowered) {
        request.level = level
      } else if let count = Int(lowered), count > 0 {
        request.count = count
      } else if let equals = lowered.firstIndex(of: "="), ["graine", "seed"].contains(lowered[..<equals]) {
        let value = String(lowered[lowered.index(after: equals)...])
        guard let seed = UInt64(value), seed <= UInt64(Int.max) else { return .failure(.badSeed(value)) }
        request.seed = seed
      } else {
        return .failure(.unknownWord(word))
      }
    }
    return .success(.start(request))
  }
}
