import Foundation

/// A value computed on first use and kept (a lock keeps it safe across threads): for
/// what a command may need but usually does not, such as the rules `sia verify` loads
/// only to re-evaluate a declaration made under another guide version.
public final class OnDemand<Value>: @unchecked Sendable {
  private enum State {
    case pending(() -> Value)
    case done(Value)
  }

  private var state: State
  private let lock = NSLock()

  public init(_ make: @escaping () -> Value) { state = .pending(make) }

  public init(value: Value) { state = .done(value) }

  public var value: Value {
    lock.lock()
    defer { lock.unlock() }
    switch state {
    case .done(let value): return value
    case .pending(let make):
      let value = make()
      state = .done(value)
      return value
    }
  }
}
