#if canImport(Glibc)
import CGlibcMalloc
#endif

/// Settings of the C allocator for commands that stream large inputs.
///
/// By default glibc's `malloc` serves every block above a threshold (128 KB at first, raised
/// to the size of the largest block freed, at most 32 MB) with a fresh `mmap`, and gives free memory
/// at the top of its heap back to the system once more than twice that threshold is free. `audit`
/// allocates and frees blocks of one to four megabytes for every few megabytes it reads (the read
/// and decompressed pieces of a recording), so each of them came back as new pages, and the kernel
/// cleared every 4 KB page on first touch: 4.4% of the audit's CPU samples. With a fixed threshold of
/// 32 MB and up to 64 MB of free memory kept at the top of each heap, freed blocks are reused.
enum AllocatorTuning {
    /// The block size from which `malloc` maps memory of its own.
    static let mappingThreshold: Int32 = 32 << 20
    /// How much free memory at the top of a heap is kept rather than returned.
    static let trimThreshold: Int32 = 64 << 20

    /// Keeps freed megabyte-sized blocks for reuse; call once, before the work starts.
    static func keepFreedBlocksForReuse() {
        #if canImport(Glibc)
        _ = mallopt(M_MMAP_THRESHOLD, mappingThreshold)
        _ = mallopt(M_TRIM_THRESHOLD, trimThreshold)
        #endif
    }
}
