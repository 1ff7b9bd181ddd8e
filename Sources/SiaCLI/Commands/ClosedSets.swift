import ArgumentParser
import SiaKit
import SiaRegistry

// The closed sets of option values, typed: the parser checks them (a bad value is one
// line with the values to choose from: HelpTranslation.oneLineValueError) and the
// completion scripts offer them. Each type's `init?(argument:)` takes the other
// spellings too (`english`, `beginner`, `Débutant`, `oui`).

extension Lang: ExpressibleByArgument {}

extension ExerciseLevel: ExpressibleByArgument {}

extension Verdict: ExpressibleByArgument {
  public init?(argument: String) { self.init(rawValue: argument.lowercased()) }
}

extension RegistryQuery.Sort: ExpressibleByArgument {}

/// `--require-trainer-training yes|no` (also `oui`/`non`, `true`/`false`).
enum YesNo: String, CaseIterable, ExpressibleByArgument {
  case yes, no

  init?(argument: String) {
    switch TextFolding.fold(argument) {
    case "yes", "oui", "true": self = .yes
    case "no", "non", "false": self = .no
    default: return nil
    }
  }
}
