import CFuzzerDriver
import MaskLintFuzzing

// The selector target (see docs/fuzzing.md and FuzzTarget.selector).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.selector.fuzz(data, size)
}

/// The executable's entry point, as SwiftPM names it (it links `main` to it): libFuzzer's driver.
@_cdecl("fuzz_selector_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in FuzzTarget.selector.fuzz(data, size) }
}
