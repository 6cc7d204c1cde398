import Foundation

/// The facts about the machine that a benchmark number needs next to it.
struct MachineDescription {
    /// Processors available to the process (`nproc`).
    let processorCount: Int
    /// The CPU model from `/proc/cpuinfo`, or `unknown`.
    let cpuModel: String
    /// Physical memory in GiB.
    let memoryGiB: Double
    /// The operating system (`PRETTY_NAME` from `/etc/os-release`, else Foundation's description).
    let system: String
    /// The build configuration of this executable.
    let build: String
    /// When the measurement started, UTC.
    let date: String
    /// The 1-minute load average at the start (`/proc/loadavg`): above the processor count, other
    /// work competes for the CPU and the numbers are low.
    let loadAverage: String

    /// Describes the machine this process runs on.
    static func current() -> MachineDescription {
        let info = ProcessInfo.processInfo
        let cpuinfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuinfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .flatMap { $0.split(separator: ":", maxSplits: 1).last }
            .map { $0.trimmingCharacters(in: .whitespaces) } ?? "unknown"
        let osRelease = (try? String(contentsOfFile: "/etc/os-release", encoding: .utf8)) ?? ""
        let prettyName = osRelease.split(separator: "\n").first { $0.hasPrefix("PRETTY_NAME=") }
            .map { String($0.dropFirst("PRETTY_NAME=".count)).trimmingCharacters(in: CharacterSet(charactersIn: "\"")) }
        #if DEBUG
        let build = "debug (numbers are not meaningful; use swift build -c release)"
        #else
        let build = "release"
        #endif
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        let loadAverage = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").first.map(String.init) ?? "unknown"
        return MachineDescription(
            processorCount: info.activeProcessorCount, cpuModel: model,
            memoryGiB: Double(info.physicalMemory) / Double(1 << 30),
            system: prettyName ?? info.operatingSystemVersionString, build: build, date: formatter.string(from: Date()),
            loadAverage: loadAverage)
    }

    /// The lines printed before the numbers.
    var lines: [String] {
        [
            "machine: \(processorCount) processors (nproc), CPU \(cpuModel), \(String(format: "%.1f", memoryGiB)) GiB",
            "system:  \(system); build: \(build); date: \(date); load average \(loadAverage)",
        ]
    }
}
