/// FNV-1a, 64 bits: a hash that is the same on every run and machine (Swift's
/// `Hasher` is seeded per process), for what dxaudit writes down and finds again:
/// baseline fingerprints and mail message ids.
public enum StableHash {
    /// The hash of `text`'s UTF-8 bytes.
    public static func value(_ text: String) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01B3
        }
        return hash
    }

    /// The hash as 16 lowercase hexadecimal digits, zeros leading.
    public static func hex(_ text: String) -> String {
        let digits = String(value(text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
