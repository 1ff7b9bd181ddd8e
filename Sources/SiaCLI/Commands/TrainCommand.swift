import ArgumentParser
import Foundation
import SiaKit

/// `sia train`: a training session in the terminal (answers read line by line, so it
/// can be piped), one exercise for a projector, or the list of exercises.
struct TrainCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "train",
    abstract: "Practise on real-life cases; 10 exercises with 80 % right earn a training attestation.",
    discussion: """
      Answer each exercise with its letter(s), e.g. b or a,c. An exercise is right when the letters \
      chosen are exactly the right ones. Progress is saved after each answer: resume with --resume \
      (or /formation reprendre in sia). The same --seed gives the same series, for a whole group. \
      Standard input may be a file or a pipe: one answer per line.
      """)

  @OptionGroup var global: GlobalOptions

  @Option(name: .long, help: "Only exercises tagged with this theme (see sia guide).")
  var theme: String?

  @Option(name: .long, help: "Only this level: debutant, intermediaire or avance.")
  var level: String?

  @Option(name: .long, help: "Number of exercises (default 10).")
  var count: Int?

  @Option(name: .long, help: "Series number: the same seed gives the same exercises in the same order.")
  var seed: UInt64?

  @Flag(name: .long, help: "Resume the session that was interrupted.")
  var resume = false

  @Option(name: .long, help: "Run a curated series (see --list), in its order: the same for the whole group.")
  var series: String?

  @Flag(
    name: .customLong("answer-key"), help: "With --series or --seed: print the trainer's answer key instead of running."
  )
  var answerKey = false

  @Option(name: .long, help: "Show one exercise (for a classroom projector).")
  var exercise: String?

  @Flag(name: .long, help: "With --exercise: also show the right answer and the feedback.")
  var reveal = false

  @Flag(
    name: .long, help: "List the exercises (those of --theme/--level if given) and the coverage by theme and level.")
  var list = false

  @Option(name: .long, help: "Name written on the attestation (default: from sia profile, else the login name).")
  var name: String?

  @Option(
    name: .long, help: "E-mail written on the attestation (default: from sia profile); it is the signer for sia verify."
  )
  var email: String?

  @Option(name: .long, help: "Write the session to FILE in the transcript format of Transcripts/.")
  var record: String?

  @Flag(
    name: .long,
    help:
      "Certify the attendees' attestations FILE… as their trainer: writes FILE.cert beside each (SSHSIG, namespace sia-training-cert)."
  )
  var certify = false

  @Flag(
    name: .long, help: "Group results of the attestations FILE…: success rate by theme, exercises most often missed.")
  var summary = false

  @Flag(name: .long, help: "With --summary: print the results as JSON (docs/schemas/train-summary.schema.json).")
  var json = false

  @Option(name: .long, help: "With --summary: also write a printable HTML page to FILE.")
  var html: String?

  @Flag(
    name: .long,
    help: "With --exercise or --series: projector mode, one exercise per screen, the answer on a key press.")
  var present = false

  @Option(
    name: .customLong("allowed-signers"),
    help:
      "With --certify or --summary: the lab head's allowed_signers, listing trainers for sia-training-cert (default: ~/.config/sia/allowed_signers)."
  )
  var allowedSigners: String?

  @Option(name: .long, help: "With --certify: the trainer's private key (default: the one sia keygen made).")
  var key: String?

  @Argument(help: "With --certify or --summary: the attestation files.")
  var files: [String] = []

  func validate() throws {
    if let count, count <= 0 { throw ValidationError("--count must be at least 1.") }
    if let seed, seed > UInt64(Int.max) { throw ValidationError("--seed must be at most \(Int.max).") }
  }

  func run() throws {
    // Usage mistakes in the interface's language (argument-parser's `validate` would
    // print them in English under "Error:").
    let lang = try global.resolvedLang(ProcessInfo.processInfo.environment)
    if reveal && exercise == nil { throw UserFacingError.usage(Messages.trainRevealNeedsExercise.text(lang)) }
    if answerKey && series == nil && seed == nil {
      throw UserFacingError.usage(Messages.trainAnswerKeyNeedsSeries.text(lang))
    }
    if (certify || summary) != !files.isEmpty { throw UserFacingError.usage(Messages.certifyNeedsFiles.text(lang)) }
    if (json || html != nil) && !summary { throw UserFacingError.usage(Messages.summaryOptionsNeedSummary.text(lang)) }
    if present && exercise == nil && series == nil { throw UserFacingError.usage(Messages.presentUsage.text(lang)) }
    if certify {
      let context = try CommandContext.make(options: global)
      if let path = record ?? Self.rootRecordOption(CommandLine.arguments) {
        context.console.recorder = TranscriptRecorder(path: path)
      }
      let all = try TrainingCertifier(context: context, allowedSigners: allowedSigners, email: email, key: key).certify(
        files)
      try context.console.finishRecording(lang: lang)
      if !all { throw ExitCode(ExitStatus.input) }
      return
    }
    let app = try AppContext.make(options: global)
    if let path = record ?? Self.rootRecordOption(CommandLine.arguments) {
      app.console.recorder = TranscriptRecorder(path: path)
    }
    let catalogue = TrainingCatalogueRenderer(app: app)
    if summary {
      try TrainingSummaryCommand(app: app, allowedSigners: allowedSigners, json: json, html: html).run(files)
    } else if present {
      let presenter = TrainingPresenter(app: app, catalogue: catalogue)
      if let exercise {
        presenter.present([try catalogue.exerciseNamed(exercise)], seriesTitle: nil)
      } else if let series {
        let found = try catalogue.series(series)
        presenter.present(
          TrainingPlan(series: found).select(from: catalogue.exercises), seriesTitle: found.title.pick(lang))
      }
    } else if list {
      app.console.say(catalogue.list(theme: try catalogue.theme(theme), level: try catalogue.level(level)))
    } else if let exercise {
      app.console.say(try catalogue.exercise(exercise, reveal: reveal))
    } else if answerKey {
      app.console.say(try catalogue.answerKey(for: series, theme: theme, level: level, count: count, seed: seed))
    } else {
      var request = TrainingLauncher.Request(
        theme: try catalogue.theme(theme), level: try catalogue.level(level), count: count, seed: seed)
      if let series { request.series = try catalogue.series(series).id }
      let trainee = TrainingLauncher.trainee(name: name, email: email, app: app)
      TrainingRunner(app: app).run(request, resume: resume, trainee: trainee)
    }
    try app.console.finishRecording(lang: app.lang)
  }
}

extension TrainCommand {
  /// `sia train … --record FILE`: the root command declares `--record` too and
  /// ArgumentParser hands it the value, so read it back from the arguments.
  static func rootRecordOption(_ arguments: [String]) -> String? {
    for (index, argument) in arguments.enumerated() {
      if argument == "--record", index + 1 < arguments.count { return arguments[index + 1] }
      if argument.hasPrefix("--record=") { return String(argument.dropFirst("--record=".count)) }
    }
    return nil
  }
}

extension Console {
  /// Writes the `--record` file one last time; a failure is the command's error.
  func finishRecording(lang: Lang) throws {
    guard let recorder else { return }
    recorder.flush()
    if let failure = recorder.failure {
      throw UserFacingError(Messages.recordFailed.text(lang, [.reason: failure]))
    }
  }
}
