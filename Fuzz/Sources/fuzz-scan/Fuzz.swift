import CFuzzerDriver
import MaskLintFuzzing

// The scan target (see docs/fuzzing.md and FuzzTarget.scan).

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> Int32 {
    FuzzTarget.scan.fuzz(data, size)
}

/// The executable's entry point, as SwiftPM names it (it links `main` to it): libFuzzer's driver.
@_cdecl("fuzz_scan_main")
public func fuzzMain(_ argc: Int32, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> Int32 {
    var argc = argc
    var argv = argv
    return LLVMFuzzerRunDriver(&argc, &argv) { data, size in FuzzTarget.scan.fuzz(data, size) }
}
