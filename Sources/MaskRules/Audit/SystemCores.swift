import Foundation

/// The number of cores the process may use.
enum SystemCores {
    /// Active processors, at least 1.
    static var active: Int { max(1, ProcessInfo.processInfo.activeProcessorCount) }
}
