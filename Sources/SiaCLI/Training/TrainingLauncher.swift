import Foundation
import SiaKit

/// Starts or resumes a training session on a REPL session, for both `/formation` and
/// `sia train`: loads the exercises, applies the choice of theme, level, count and
/// seed, and hands the input to a `TrainingConversation`.
enum TrainingLauncher {
  /// What the user asked for; nil fields take the defaults.
  struct Request: Equatable {
    var theme: String?
    var level: ExerciseLevel?
    var count: Int?
    var seed: UInt64?
    /// A curated series id (`series.yaml`): its fixed list replaces theme, level, count and seed.
    var series: String?
  }

  static func exercises(_ session: ReplSession) -> [Exercise] {
    ExerciseLoader.load(knowledge: session.knowledge).exercises
  }

  @discardableResult
  static func start(_ request: Request, on session: ReplSession, trainee: Person) -> TrainingConversation? {
    let store = TrainingStore(paths: session.app.paths)
    let all = exercises(session)
    var plan = TrainingPlan(
      theme: request.theme, level: request.level, count: request.count ?? TrainingPlan.defaultCount,
      seed: request.seed ?? TrainingPlan.randomSeed())
    if let id = request.series {
      guard
        let series = TrainingSeriesLoader.load(knowledge: session.knowledge, exercises: all).series.first(where: {
          $0.id == id
        })
      else {
        session.say(Messages.trainUnknownSeries, [.value: id])
        return nil
      }
      plan = TrainingPlan(series: series)
    }
    let state = TrainingSession(
      plan: plan, exercises: all, startedAt: session.app.clock.now(), guideVersion: session.knowledge.version)
    guard !state.exerciseIDs.isEmpty else {
      session.say(Messages.trainNone)
      return nil
    }
    if let previous = try? store.load(), !previous.isFinished, !previous.answers.isEmpty {
      session.say(
        Messages.trainReplaced, [.done: "\(previous.answers.count)", .count: "\(previous.exerciseIDs.count)"])
    }
    let conversation = TrainingConversation(state: state, exercises: all, store: store, trainee: trainee)
    session.conversation = conversation
    conversation.begin(session)
    return conversation
  }

  @discardableResult
  static func resume(on session: ReplSession, trainee: Person) -> TrainingConversation? {
    let store = TrainingStore(paths: session.app.paths)
    let saved: TrainingSession?
    do {
      saved = try store.load()
    } catch {
      session.say(Messages.trainDamaged, [.reason: "\(error)"])
      return nil
    }
    guard var state = saved else {
      session.say(session.fromShell ? Messages.trainResumeNoneShell : Messages.trainResumeNone)
      return nil
    }
    let all = exercises(session)
    let dropped = state.dropMissing(keeping: Set(all.map(\.id)))
    if !dropped.isEmpty {
      session.say(Messages.trainDropped, [.ids: dropped.map(Sanitizer.neutralize).joined(separator: ", ")])
    }
    let conversation = TrainingConversation(state: state, exercises: all, store: store, trainee: trainee)
    session.conversation = conversation
    conversation.resume(session)
    return conversation
  }

  /// Who goes on the attestation: `--name`/`--email` when given, else the profile
  /// (`sia profile`), else the login name.
  static func trainee(name: String?, email: String?, app: AppContext) -> Person {
    let profile = (try? Profile.load(app.paths)) ?? nil
    let login = app.environment["USER"] ?? app.environment["LOGNAME"] ?? ""
    let given = name?.trimmingCharacters(in: .whitespaces) ?? ""
    let profileName = profile?.declarant.name ?? ""
    let chosen = !given.isEmpty ? given : !profileName.isEmpty ? profileName : login
    return Person(name: chosen, email: email ?? profile?.declarant.email ?? "")
  }
}
