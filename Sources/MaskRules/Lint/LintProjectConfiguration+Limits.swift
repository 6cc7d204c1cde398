import Foundation
import Yams

/// Where a configured fingerprint key comes from.
public enum FingerprintKeySource: Sendable, Hashable {
    /// The secret itself (`fingerprint-key:`). Anyone who can read the file can then test guesses of
    /// short values against fingerprints, so a key file kept out of the repository is better.
    case secret(String)
    /// A file holding the secret (`fingerprint-key-file:`, `--fingerprint-key-file`), resolved to a path.
    case file(String)

    /// The largest key file accepted.
    public static let maximumFileSize = 64 << 10

    /// The key.
    /// - Throws: `FingerprintKeyError` when the file cannot be read, is too large, or holds no key.
    public func key() throws(FingerprintKeyError) -> FingerprintKey {
        switch self {
        case .secret(let secret):
            return FingerprintKey(secret: secret)
        case .file(let path):
            let bytes: [UInt8]
            do {
                bytes = try ScanInputReader(maximumSize: Self.maximumFileSize).read(path)
            } catch {
                switch error.reason {
                case .tooLarge: throw FingerprintKeyError(path: path, reason: "a key file holds at most \(Self.maximumFileSize) bytes")
                case .notFound, .permissionDenied: throw FingerprintKeyError(path: path, reason: "it does not exist or cannot be read")
                default: throw FingerprintKeyError(path: path, reason: "\(error.reason)")
                }
            }
            let secret = String(decoding: bytes, as: UTF8.self).trimmingWhitespace
            guard !secret.isEmpty else { throw FingerprintKeyError(path: path, reason: "it is empty") }
            return FingerprintKey(secret: secret)
        }
    }
}

extension FingerprintKey {
    /// The key of a run: the key file given on the command line, else `MASKLINT_FINGERPRINT_KEY`, else
    /// the configuration's key, else a random key for this run.
    /// - Throws: `FingerprintKeyError` when a key file is named but cannot be used.
    public static func resolve(keyFile: String?, environment: [String: String], configured: FingerprintKeySource?)
        throws(FingerprintKeyError) -> FingerprintKey
    {
        let source: FingerprintKeySource? =
            if let keyFile { .file(keyFile) }
            else if let secret = environment["MASKLINT_FINGERPRINT_KEY"], !secret.isEmpty { .secret(secret) }
            else { configured }
        return try source?.key() ?? random()
    }
}

/// A fingerprint key file that cannot be used. The message names the file, never its content.
public struct FingerprintKeyError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The key file.
    public let path: String
    /// Why it cannot be used.
    public let reason: String

    public var description: String { "the fingerprint key file \(path) cannot be used: \(reason)" }
}

extension LintProjectConfiguration {
    /// Reads `limits:`, a mapping from `ResourceLimit` keys to values, and `pcre2-jit`.
    static func readLimits(_ node: Node?, into configuration: inout LintProjectConfiguration, reader: inout YAMLRuleReader) {
        guard let node else { return }
        let keys = ResourceLimit.allCases.map(\.key) + ["pcre2-jit"]
        guard let values = reader.mapping(node, what: "limits", allowed: keys, required: []) else { return }
        configuration.usesPatternJIT = reader.bool(values["pcre2-jit"], what: "pcre2-jit")
        for limit in ResourceLimit.allCases {
            guard let valueNode = values[limit.key] else { continue }
            guard let text = valueNode.scalar?.string else {
                reader.report("\(limit.key) must be a number\(limit.unit == .bytes ? " or a size such as 16M" : "")", at: valueNode)
                continue
            }
            switch limit.parse(text) {
            case .success(let value): configuration.limits[limit] = value
            case .failure(let error): reader.report(error.message, at: valueNode)
            }
        }
    }

    /// Reads `fingerprint-key` or `fingerprint-key-file` (not both).
    static func readFingerprintKey(_ values: [String: Node], into configuration: inout LintProjectConfiguration,
                                   reader: inout YAMLRuleReader) {
        let secret = reader.string(values["fingerprint-key"], what: "fingerprint-key")
        let file = reader.string(values["fingerprint-key-file"], what: "fingerprint-key-file")
        if secret != nil && file != nil {
            reader.report("give fingerprint-key or fingerprint-key-file, not both", at: values["fingerprint-key-file"])
        } else if let secret {
            if secret.trimmingWhitespace.isEmpty {
                reader.report("fingerprint-key must not be empty", at: values["fingerprint-key"])
            } else {
                configuration.fingerprintKey = .secret(secret)
            }
        } else if let file {
            let path = file.hasPrefix("/") ? file : (configuration.baseDirectory as NSString).appendingPathComponent(file)
            configuration.fingerprintKey = .file(path)
        }
    }
}
