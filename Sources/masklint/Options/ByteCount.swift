import ArgumentParser
import MaskRules

/// A size on the command line: a number of bytes, or a number with `K`, `M` or `G` (powers of 1024).
struct ByteCount: ExpressibleByArgument, Hashable, CustomStringConvertible {
    /// The size in bytes.
    let bytes: Int

    init(bytes: Int) {
        self.bytes = bytes
    }

    init?(argument: String) {
        guard let bytes = ByteSize.parse(argument) else { return nil }
        self.bytes = bytes
    }

    var description: String { ByteSize.format(bytes) }

    var defaultValueDescription: String { description }
}
