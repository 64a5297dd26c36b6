import DXAudit

/// libFuzzer entry point: arbitrary bytes through the YAML layer.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    FuzzEntryPoints.yaml(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}
