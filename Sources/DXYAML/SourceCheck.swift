/// Checks on raw bytes before libyaml sees them: size, encoding, NUL bytes.
/// libyaml would guess UTF-16 from a byte-order mark and report bad UTF-8 without
/// a line and column; these checks give every such file a located message.
enum SourceCheck {
    /// Number of leading bytes to skip (a UTF-8 byte-order mark), or a located error.
    /// `text` gives the lines and columns, asked for only when there is an error.
    static func validate(
        _ bytes: UnsafeBufferPointer<UInt8>, limits: Limits, text: () -> SourceText
    ) throws -> Int {
        if bytes.count > limits.maxFileSize {
            throw YAMLError(.limit, .tooLarge(bytes: bytes.count, limit: limits.maxFileSize), at: .start)
        }
        if bytes.count >= 2,
            (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            throw YAMLError(.encoding, .utf16, at: .start)
        }
        let skip = bytes.starts(with: SourceText.utf8BOM) ? SourceText.utf8BOM.count : 0

        var i = skip
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b >= 0x20 && b < 0x80 || b == 0x0A || b == 0x0D || b == 0x09 {
                i += 1
                continue
            }
            if b == 0 {
                throw located(.encoding, .nulByte(looksUTF16: looksUTF16(bytes)), offset: i, text())
            }
            if b < 0x80 {
                i += 1  // other C0 controls: libyaml reports them with a mark
                continue
            }
            let length = sequenceLength(bytes, at: i)
            guard length > 0 else {
                throw located(.encoding, .invalidUTF8(b), offset: i, text())
            }
            i += length
        }
        return skip
    }

    /// Length of the well-formed UTF-8 sequence at `i`, or 0.
    private static func sequenceLength(_ s: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let b0 = s[i]
        func cont(_ k: Int) -> UInt8? {
            guard i + k < s.count else { return nil }
            let b = s[i + k]
            return b & 0xC0 == 0x80 ? b : nil
        }
        switch b0 {
        case 0xC2...0xDF:
            return cont(1) != nil ? 2 : 0
        case 0xE0...0xEF:
            guard let b1 = cont(1), cont(2) != nil else { return 0 }
            if b0 == 0xE0 && b1 < 0xA0 { return 0 }  // overlong
            if b0 == 0xED && b1 > 0x9F { return 0 }  // surrogates
            return 3
        case 0xF0...0xF4:
            guard let b1 = cont(1), cont(2) != nil, cont(3) != nil else { return 0 }
            if b0 == 0xF0 && b1 < 0x90 { return 0 }
            if b0 == 0xF4 && b1 > 0x8F { return 0 }
            return 4
        default:
            return 0
        }
    }

    private static func looksUTF16(_ s: UnsafeBufferPointer<UInt8>) -> Bool {
        guard s.count >= 4 else { return false }
        return (s[0] == 0 && s[1] != 0) || (s[0] != 0 && s[1] == 0)
    }

    private static func located(
        _ kind: YAMLError.Kind, _ problem: YAMLError.Problem, offset: Int, _ text: SourceText
    ) -> YAMLError {
        let mark = text.mark(ofOffset: offset)
        return YAMLError(kind, problem, at: mark, sourceLine: text.line(mark.line))
    }
}
