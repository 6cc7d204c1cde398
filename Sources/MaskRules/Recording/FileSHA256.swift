internal import CCrypto

/// The SHA-256 of a recording file's bytes, computed piece by piece as the file is read, by libcrypto
/// (which uses the processor's SHA instructions where it has them: about 2 GB/s here, against
/// 150 MB/s for the package's own `SHA256`). The only file that imports `CCrypto`.
///
/// Memory and threads: each value owns one libcrypto digest context, created in `init` and freed in
/// `deinit`; it is never shared, so values may be used on any thread, one value per file. When
/// libcrypto cannot give a context (out of memory), the package's own `SHA256` computes the same
/// digest instead.
final class FileSHA256 {
    private let context: OpaquePointer?
    private var fallback: SHA256?
    private var failed = false

    /// Starts an empty computation.
    init() {
        let context = EVP_MD_CTX_new()
        if let context, EVP_DigestInit_ex(context, EVP_sha256(), nil) == 1 {
            self.context = context
        } else {
            EVP_MD_CTX_free(context)
            self.context = nil
            fallback = SHA256()
        }
    }

    deinit { EVP_MD_CTX_free(context) }

    /// Adds bytes.
    func update(_ bytes: UnsafeRawBufferPointer) {
        guard !bytes.isEmpty else { return }
        if let context {
            if EVP_DigestUpdate(context, bytes.baseAddress, bytes.count) != 1 { failed = true }
        } else {
            fallback?.update(bytes)
        }
    }

    /// The 32-byte digest of every byte added; call once. `nil` only when libcrypto reported an error.
    func finalize() -> [UInt8]? {
        guard let context else { return fallback.take()?.finalize() }
        guard !failed else { return nil }
        var digest = [UInt8](repeating: 0, count: Int(EVP_MAX_MD_SIZE))
        var length: UInt32 = 0
        let status = digest.withUnsafeMutableBufferPointer { EVP_DigestFinal_ex(context, $0.baseAddress, &length) }
        guard status == 1, length == 32 else { return nil }
        return Array(digest.prefix(32))
    }
}
