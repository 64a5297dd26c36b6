/// Base64 (RFC 4648), written here to keep Foundation out of the library.
public enum Base64 {
    static let alphabet = Array("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/".utf8)

    public static func encode(_ bytes: [UInt8]) -> String {
        var out: [UInt8] = []
        out.reserveCapacity((bytes.count + 2) / 3 * 4)
        var i = 0
        while i < bytes.count {
            let b0 = bytes[i]
            let b1 = i + 1 < bytes.count ? bytes[i + 1] : 0
            let b2 = i + 2 < bytes.count ? bytes[i + 2] : 0
            out.append(alphabet[Int(b0 >> 2)])
            out.append(alphabet[Int((b0 & 0x03) << 4 | b1 >> 4)])
            out.append(i + 1 < bytes.count ? alphabet[Int((b1 & 0x0F) << 2 | b2 >> 6)] : UInt8(ascii: "="))
            out.append(i + 2 < bytes.count ? alphabet[Int(b2 & 0x3F)] : UInt8(ascii: "="))
            i += 3
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Base64 in lines of at most 76 characters (RFC 2045 §6.8).
    public static func encodeLines(_ bytes: [UInt8]) -> [String] {
        let text = Array(encode(bytes).utf8)
        return stride(from: 0, to: text.count, by: 76).map {
            String(decoding: text[$0..<min($0 + 76, text.count)], as: UTF8.self)
        }
    }
}

/// How a text body travels: both keep every line within 76 characters of ASCII.
public enum TransferEncoding: String, Sendable, CaseIterable {
    case quotedPrintable = "quoted-printable"
    case base64

    /// The encoded body, lines joined by `\n`, ending with one.
    public func encode(_ text: String) -> String {
        switch self {
        case .quotedPrintable: return QuotedPrintable.encode(text)
        case .base64: return Base64.encodeLines(Array(text.utf8)).joined(separator: "\n") + "\n"
        }
    }
}

/// Quoted-printable (RFC 2045 §6.7) for UTF-8 text with `\n` line ends.
public enum QuotedPrintable {
    static let hex = Array("0123456789ABCDEF".utf8)
    /// Encoded lines are at most 76 characters, soft-break `=` included.
    static let lineLimit = 76

    public static func encode(_ text: String) -> String {
        var out = ""
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last == "" { lines.removeLast() }
        for line in lines {
            out += encodeLine(String(line))
        }
        return out
    }

    /// One source line as one or more encoded lines, soft breaks falling between
    /// characters, never inside an `=XX` or a UTF-8 sequence.
    static func encodeLine(_ line: String) -> String {
        var pieces: [[UInt8]] = []  // one encoded piece per Unicode scalar
        let scalars = Array(line.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            let bytes = Array(String(scalar).utf8)
            let isLast = index == scalars.count - 1
            var piece: [UInt8] = []
            for b in bytes {
                let literal: Bool
                switch b {
                case UInt8(ascii: " "), UInt8(ascii: "\t"): literal = !isLast
                case UInt8(ascii: "="): literal = false
                // "From " and "." at the start of a line are escaped so that mbox
                // readers and SMTP never see them (RFC 2049 §3).
                case UInt8(ascii: "F"), UInt8(ascii: "."): literal = index != 0
                case 33...126: literal = true
                default: literal = false
                }
                if literal {
                    piece.append(b)
                } else {
                    piece += [UInt8(ascii: "="), hex[Int(b >> 4)], hex[Int(b & 0x0F)]]
                }
            }
            pieces.append(piece)
        }
        var out: [UInt8] = []
        var length = 0
        for (index, piece) in pieces.enumerated() {
            // Room for a trailing "=" unless this is the line's last piece.
            let room = index == pieces.count - 1 ? lineLimit : lineLimit - 1
            if length + piece.count > room {
                out += [UInt8(ascii: "="), UInt8(ascii: "\n")]
                length = 0
            }
            out += piece
            length += piece.count
        }
        out.append(UInt8(ascii: "\n"))
        return String(decoding: out, as: UTF8.self)
    }
}
