import Foundation

/// A thread-safe count, for callbacks from tasks.
final class AuditProgressCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    func increment() { lock.withLock { count += 1 } }
    var value: Int { lock.withLock { count } }
}
