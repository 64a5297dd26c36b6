import DXAudit

/// libFuzzer entry point: arbitrary bytes as a report file, through loading and the
/// report rules.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzEntryPoints.report(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
