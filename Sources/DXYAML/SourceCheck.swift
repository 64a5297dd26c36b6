/// Checks on raw bytes before libyaml sees them: size, encoding, NUL bytes.
/// libyaml would guess UTF-16 from a byte-order mark and report bad UTF-8 without
/// a line and column; these checks give every such file a located message.
enum SourceCheck {
    static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// Number of leading bytes to skip (a UTF-8 byte-order mark), or a located error.
    static func validate(_ bytes: UnsafeBufferPointer<UInt8>, limits: Limits) throws -> Int {
        if bytes.count > limits.maxFileSize {
            throw YAMLError(
                .limit,
                "file is \(bytes.count) bytes, over the limit of \(limits.maxFileSize) bytes",
                at: .start)
        }
        if bytes.count >= 2,
            (bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
        {
            throw YAMLError(.encoding, "file is UTF-16 (it starts with a UTF-16 byte-order mark); save it as UTF-8", at: .start)
        }
        var skip = 0
        if bytes.count >= 3, bytes[0] == 0xEF, bytes[1] == 0xBB, bytes[2] == 0xBF { skip = 3 }

        var i = skip
        let n = bytes.count
        while i < n {
            let b = bytes[i]
            if b >= 0x20 && b < 0x80 || b == 0x0A || b == 0x0D || b == 0x09 {
                i += 1
                continue
            }
            if b == 0 {
                let hint = looksUTF16(bytes) ? " (the file looks UTF-16 encoded; save it as UTF-8)" : ""
                throw located(.encoding, "file contains a NUL byte\(hint)", offset: i, bytes, skip: skip)
            }
            if b < 0x80 {
                i += 1  // other C0 controls: libyaml reports them with a mark
                continue
            }
            let length = sequenceLength(bytes, at: i)
            guard length > 0 else {
                throw located(
                    .encoding, "invalid UTF-8 byte 0x\(String(b, radix: 16, uppercase: true)); the file must be UTF-8",
                    offset: i, bytes, skip: skip)
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
        _ kind: YAMLError.Kind, _ problem: String, offset: Int, _ s: UnsafeBufferPointer<UInt8>, skip: Int
    ) -> YAMLError {
        var line = 1
        var lineStart = skip
        for j in skip..<offset where s[j] == 0x0A {
            line += 1
            lineStart = j + 1
        }
        // Column in characters: count lead bytes between the line start and the offset.
        var column = 1
        for j in lineStart..<offset where s[j] & 0xC0 != 0x80 { column += 1 }
        var end = lineStart
        while end < s.count, s[end] != 0x0A, s[end] != 0x0D { end += 1 }
        let text = String(decoding: UnsafeBufferPointer(rebasing: s[lineStart..<end]), as: UTF8.self)
        return YAMLError(kind, problem, at: Mark(line: line, column: column), sourceLine: text)
    }

    /// The text of 1-based `line` (without its break), for caret snippets.
    static func line(_ number: Int, in s: UnsafeBufferPointer<UInt8>, from skip: Int) -> String? {
        var current = 1
        var i = skip
        while current < number {
            guard i < s.count else { return nil }
            if s[i] == 0x0A {
                current += 1
            } else if s[i] == 0x0D {
                current += 1
                if i + 1 < s.count, s[i + 1] == 0x0A { i += 1 }
            }
            i += 1
        }
        guard i <= s.count else { return nil }
        var end = i
        while end < s.count, s[end] != 0x0A, s[end] != 0x0D { end += 1 }
        return String(decoding: UnsafeBufferPointer(rebasing: s[i..<end]), as: UTF8.self)
    }
}
