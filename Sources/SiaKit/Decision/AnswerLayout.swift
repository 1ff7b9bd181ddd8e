/// Where each question's answer sits in a vector of bits, so the engine tests answers
/// with bit masks instead of hashing strings. One slot per question id, of one word
/// (more past 63 options): bit 0 of its first word says the question is answered,
/// bit k + 1 that its option k was chosen. A slot's options are those its questions
/// declare plus any that a condition names, so every option a test looks for has a bit;
/// a chosen value with no bit (an unknown option) can match no test, exactly as when
/// strings are compared.
struct AnswerLayout: Sendable {
  /// Question id → slot.
  let slots: [String: Int]
  /// Per slot, its first word; `start[slots.count]` is the width of a vector.
  let start: [Int]
  /// Per slot, option id → bit number within the slot (from 1).
  let bits: [[String: Int]]

  var width: Int { start[start.count - 1] }

  init(questions: [Question], conditions: [Condition]) {
    var slots: [String: Int] = [:]
    var bits: [[String: Int]] = []
    func add(_ option: String, to slot: Int) {
      if bits[slot][option] == nil { bits[slot][option] = bits[slot].count + 1 }
    }
    for question in questions {
      let slot = slots[question.id] ?? bits.count
      if slot == bits.count {
        slots[question.id] = slot
        bits.append([:])
      }
      for option in question.options { add(option.id, to: slot) }
    }
    for condition in conditions {
      for test in condition.tests {
        guard let slot = slots[test.question] else { continue }
        for option in test.options { add(option, to: slot) }
      }
    }
    var start = [0]
    for table in bits { start.append(start[start.count - 1] + table.count / 64 + 1) }
    self.slots = slots
    self.start = start
    self.bits = bits
  }

  /// The bit vector of `answers` (answers to unknown questions are left out: no
  /// condition can see them).
  func encode(_ answers: Answers) -> [UInt64] {
    var vector = [UInt64](repeating: 0, count: width)
    for (question, value) in answers.values {
      guard let slot = slots[question] else { continue }
      set(value, slot: slot, in: &vector, from: 0)
    }
    return vector
  }

  /// The words of `slot` for `value`, in order from `start[slot]`.
  func words(_ value: [String], slot: Int) -> [UInt64] {
    var words = [UInt64](repeating: 0, count: start[slot + 1] - start[slot])
    set(value, slot: slot, in: &words, from: start[slot])
    return words
  }

  /// The word and mask of bit `bit` of `slot`.
  func position(slot: Int, bit: Int) -> (word: Int, mask: UInt64) {
    (start[slot] + bit / 64, 1 << UInt64(bit % 64))
  }

  /// Sets the bits of `value` in `slot`, in a vector whose first word is word `first`.
  private func set(_ value: [String], slot: Int, in vector: inout [UInt64], from first: Int) {
    guard !value.isEmpty else { return }
    vector[start[slot] - first] |= 1
    for option in value {
      guard let bit = bits[slot][option] else { continue }
      let (word, mask) = position(slot: slot, bit: bit)
      vector[word - first] |= mask
    }
  }
}
