import CFuzzerDriver
import MaskLintFuzzing

// The pattern target (see docs/fuzzing.md and FuzzTarget.pattern).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.pattern.fuzz(data, size)
}

/// The executable's entry point, as SwiftPM names it (it links `main` to it): libFuzzer's driver.
@_cdecl("fuzz_pattern_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in FuzzTarget.pattern.fuzz(data, size) }
}
