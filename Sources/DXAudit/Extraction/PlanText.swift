import DXYAML

/// A plan's plain text as lines, each in NFC, numbered from 1 as the file's lines
/// are (CR, LF and CRLF each end one), so that NFC and NFD files read the same and
/// every place the extractor names is a line of the file.
public struct PlanText: Sendable {
    public var path: String
    /// Line `n` is at index `n - 1`, in NFC, without its break.
    public var lines: [String]

    /// Why the text cannot be read at all.
    public enum Failure: Error, Sendable, Equatable {
        /// Line and column (in Unicode scalars) of the first byte that is not UTF-8.
        case notUTF8(line: Int, column: Int)
        /// Nothing but blank lines.
        case empty
    }

    public init(path: String, lines: [String]) {
        self.path = path
        self.lines = lines.map(PlanText.nfc)
    }

    /// The lines of `bytes`, or where they stop being UTF-8.
    public static func read(_ bytes: [UInt8], path: String) -> Result<PlanText, Failure> {
        let text = SourceText(bytes)
        var lines: [String] = []
        for number in 1...text.lineCount {
            let range = text.range(ofLine: number) ?? 0..<0
            guard let line = String(validating: bytes[range], as: UTF8.self) else {
                let valid = validPrefix(bytes[range])
                return .failure(.notUTF8(line: number, column: text.mark(ofOffset: range.lowerBound + valid).column))
            }
            lines.append(line)
        }
        guard lines.contains(where: { !$0.allSatisfy(\.isWhitespace) }) else { return .failure(.empty) }
        return .success(PlanText(path: path, lines: lines))
    }

    /// How many bytes of `bytes` are whole UTF-8 sequences before the first bad one.
    static func validPrefix(_ bytes: ArraySlice<UInt8>) -> Int {
        var i = bytes.startIndex
        while i < bytes.endIndex {
            let length = (1...4).first { length in
                i + length <= bytes.endIndex && String(validating: bytes[i..<(i + length)], as: UTF8.self) != nil
            }
            guard let length else { break }
            i += length
        }
        return i - bytes.startIndex
    }

    /// `text` in Unicode normalization form C, as the shipped plans are written.
    public static func nfc(_ text: String) -> String {
        // The standard library's own NFC view of the string's code units.
        String(decoding: text._nfcCodeUnits, as: UTF8.self)
    }

    /// `text` in NFC with runs of white space made one space, trimmed: the form two
    /// texts are compared in.
    public static func comparable(_ text: String) -> String {
        nfc(text).split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }

    /// Line `number`, or an empty string past the end.
    public func line(_ number: Int) -> String {
        number >= 1 && number <= lines.count ? lines[number - 1] : ""
    }
}
