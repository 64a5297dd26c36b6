import DXAudit

/// libFuzzer entry point: arbitrary text through the citation parser. Bytes that are
/// not UTF-8 are repaired first, as they would be when read from a file.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzz(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    FuzzEntryPoints.citations(text)
    return 0
}
