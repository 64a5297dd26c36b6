/// A file's bytes with its lines found once, counted as libyaml counts them, so
/// that the line a mark names, the line a suppression comment stands on and the
/// line a baseline fingerprint hashes are the same line.
///
/// A line ends at CR, at LF, or at CRLF (one break, not two). A UTF-8 byte-order
/// mark at the start is not part of line 1. The text after the last break is a line
/// of its own, empty when the file ends with a break: libyaml's end-of-stream mark
/// points there. libyaml also ends a line at NEL, U+2028 and U+2029 (YAML 1.1
/// breaks, plain text in YAML 1.2); those stay inside a line here, so that the
/// fingerprinted text of such a line stays whole, and in the rare file that holds
/// one, libyaml's marks after it name a later line.
public struct SourceText: Sendable {
    public static let utf8BOM: [UInt8] = [0xEF, 0xBB, 0xBF]

    /// The file's bytes as read, byte-order mark included.
    public let bytes: [UInt8]
    /// Whether the bytes start with a UTF-8 byte-order mark.
    public let hasByteOrderMark: Bool
    /// Where each line starts, as byte offsets into `bytes`; line `n` is at index
    /// `n - 1`. Where its text ends follows from the next line's start and the
    /// break before it, so a year of reports keeps one offset a line, no more.
    private let starts: [Int]

    public init(_ bytes: [UInt8]) {
        self.bytes = bytes
        let hasBOM = bytes.starts(with: Self.utf8BOM)
        hasByteOrderMark = hasBOM
        var starts: [Int] = []
        bytes.withUnsafeBufferPointer { s in
            // Breaks counted first, so that the offsets take exactly their room.
            starts.reserveCapacity(s.reduce(1) { $0 + ($1 == 0x0A || $1 == 0x0D ? 1 : 0) })
            var start = hasBOM ? Self.utf8BOM.count : 0
            var i = start
            let n = s.count
            while i < n {
                let b = s[i]
                if b == 0x0A || b == 0x0D {
                    starts.append(start)
                    i += b == 0x0D && i + 1 < n && s[i + 1] == 0x0A ? 2 : 1
                    start = i
                } else {
                    i += 1
                }
            }
            starts.append(start)
        }
        self.starts = starts
    }

    /// Where line `index + 1`'s text ends: before the break that ends it (CR, LF
    /// or CRLF), or at the end of the bytes for the last line.
    private func end(ofLineAt index: Int) -> Int {
        guard index + 1 < starts.count else { return bytes.count }
        let next = starts[index + 1]
        if bytes[next - 1] == 0x0A, next - 2 >= starts[index], bytes[next - 2] == 0x0D { return next - 2 }
        return next - 1
    }

    public init(_ text: String) {
        self.init(Array(text.utf8))
    }

    /// The bytes after the byte-order mark, as libyaml is given them.
    public var content: ArraySlice<UInt8> {
        bytes[(hasByteOrderMark ? Self.utf8BOM.count : 0)...]
    }

    /// How many lines there are; at least 1, since an empty file has one empty line.
    public var lineCount: Int { starts.count }

    /// The byte offsets of 1-based line `number`'s text, without its break.
    public func range(ofLine number: Int) -> Range<Int>? {
        guard number >= 1, number <= starts.count else { return nil }
        return starts[number - 1]..<end(ofLineAt: number - 1)
    }

    /// The text of 1-based line `number`, without its break; nil past the end.
    public func line(_ number: Int) -> String? {
        guard let range = range(ofLine: number) else { return nil }
        return String(decoding: bytes[range], as: UTF8.self)
    }

    /// The texts of several 1-based lines; numbers past the end are left out.
    public func lines(_ numbers: Set<Int>) -> [Int: String] {
        var result: [Int: String] = [:]
        for number in numbers {
            if let text = line(number) { result[number] = text }
        }
        return result
    }

    /// The 1-based line and column of byte `offset`, the column counted in
    /// Unicode scalars (UTF-8 lead bytes) from the line's start, as `Mark` counts.
    /// An offset inside a line break belongs to the line it ends.
    public func mark(ofOffset offset: Int) -> Mark {
        // The last line starting at or before `offset`.
        var low = 0
        var high = starts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if starts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let start = starts[low]
        var column = 1
        var i = start
        while i < min(offset, bytes.count) {
            if bytes[i] & 0xC0 != 0x80 { column += 1 }
            i += 1
        }
        return Mark(line: low + 1, column: column)
    }
}
