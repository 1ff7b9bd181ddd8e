/// Conditions compiled against an `AnswerLayout`: each tree laid out in preorder in one
/// array of plain values, every node knowing where its subtree ends, so evaluating one
/// is array reads and bit tests — no string hashing, no copying of enums or arrays.
/// `holds` agrees with `ConditionEvaluator.evaluate(_:_:).holds` on every answer set.
struct ConditionCode: Sendable {
  struct Node: Sendable {
    enum Kind: UInt8, Sendable { case all, any, not, test }
    var kind: Kind
    /// Index just past this node's subtree: where its next sibling starts.
    var end: Int
    /// For `test`: the word of the answer vector to look at, and the bits of which one
    /// must be set.
    var word: Int = 0
    var mask: UInt64 = 0
  }

  private(set) var nodes: [Node] = []

  /// Compiles `condition` and returns the index of its root.
  mutating func append(_ condition: Condition, _ layout: AnswerLayout) -> Int {
    let root = nodes.count
    switch condition {
    case let .all(items):
      open(.all)
      for item in items { _ = append(item, layout) }
      close(root)
    case let .any(items):
      open(.any)
      for item in items { _ = append(item, layout) }
      close(root)
    case let .not(inner):
      open(.not)
      _ = append(inner, layout)
      close(root)
    case let .test(test):
      append(test, layout)
    }
    return root
  }

  /// A test is "answered" (bit 0) or "one of these options" (their bits); options are
  /// grouped by word, with an `any` over the words when they span several. A test on a
  /// question the layout does not know, or on no option, is an `any` of nothing: false.
  private mutating func append(_ test: Condition.Test, _ layout: AnswerLayout) {
    let root = nodes.count
    guard let slot = layout.slots[test.question] else {
      open(.any)
      return close(root)
    }
    if test.op == .answered {
      let (word, mask) = layout.position(slot: slot, bit: 0)
      return nodes.append(Node(kind: .test, end: root + 1, word: word, mask: mask))
    }
    var masks: [(word: Int, mask: UInt64)] = []
    for option in test.options {
      guard let bit = layout.bits[slot][option] else { continue }  // the layout has every tested option
      let (word, mask) = layout.position(slot: slot, bit: bit)
      if let index = masks.firstIndex(where: { $0.word == word }) {
        masks[index].mask |= mask
      } else {
        masks.append((word, mask))
      }
    }
    if masks.count == 1 {
      return nodes.append(Node(kind: .test, end: root + 1, word: masks[0].word, mask: masks[0].mask))
    }
    open(.any)
    for (word, mask) in masks { nodes.append(Node(kind: .test, end: nodes.count + 1, word: word, mask: mask)) }
    close(root)
  }

  /// Starts a node whose children follow; `close` records where they end.
  private mutating func open(_ kind: Node.Kind) { nodes.append(Node(kind: kind, end: 0)) }

  private mutating func close(_ index: Int) { nodes[index].end = nodes.count }

  /// Does the condition rooted at `index` hold over the answer vector `bits`?
  func holds(_ index: Int, _ bits: [UInt64]) -> Bool {
    let node = nodes[index]
    switch node.kind {
    case .test:
      return bits[node.word] & node.mask != 0
    case .not:
      return !holds(index + 1, bits)
    case .all:
      var child = index + 1
      while child < node.end {
        if !childHolds(child, bits) { return false }
        child = nodes[child].end
      }
      return true
    case .any:
      var child = index + 1
      while child < node.end {
        if childHolds(child, bits) { return true }
        child = nodes[child].end
      }
      return false
    }
  }

  /// `holds` with the common leaf — a test — answered without a call.
  @inline(__always)
  private func childHolds(_ index: Int, _ bits: [UInt64]) -> Bool {
    let node = nodes[index]
    return node.kind == .test ? bits[node.word] & node.mask != 0 : holds(index, bits)
  }
}
