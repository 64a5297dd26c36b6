import DXAudit

/// libFuzzer entry point: arbitrary bytes as a plan file and as a unit registry,
/// through loading, the plan rules, deadlines and ownership.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzEntryPoints.plan(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
