/// One citation as written in a file, with where it starts inside the string.
public struct CitationReference: Sendable, Hashable {
    public var citation: Citation
    /// 0-based offset, in characters, of the reference inside the string it came from.
    public var offset: Int
    /// The point letter was written in upper case (`điểm I`), which the document does
    /// by mistake; accepted, and linted as a typo.
    public var upperCaseLetter: Bool
    /// The point letter was written `dd` (Telex for `đ`).
    public var telexLetter: Bool
    /// 0-based offset of the point letter, when there is one.
    public var letterOffset: Int? = nil
}

/// Why a citation string could not be read, and where inside it.
///
/// The reason is kept as data so that each language words it its own way
/// (`Wording.citationProblem`); the parser itself holds no sentences.
public struct CitationError: Error, Sendable, Hashable {
    public var problem: Problem
    /// 0-based offset, in characters, inside the string.
    public var offset: Int

    public init(_ problem: Problem, offset: Int) {
        self.problem = problem
        self.offset = offset
    }

    /// The reason in English, for diagnostics that have no reader's language.
    public var message: String { Wording.english.citationProblem(problem) }

    /// What the parser could not read. Values are the text as written (`raw`), so
    /// that a message can quote it back.
    public enum Problem: Sendable, Hashable {
        /// The parser failed in a way it does not name.
        case unreadable
        /// One reference was wanted; the text holds `count`.
        case notOneReference(count: Int)
        /// Nothing but spaces.
        case empty
        /// Two references not separated by `;` or `,`; `raw` is what follows the first.
        case unseparated(raw: String)
        /// A separator with no reference after it.
        case missingAfterSeparator(raw: String)
        /// The text ends where a reference should begin.
        case missingReference
        /// A word that starts neither form of reference.
        case notAReferenceStart(raw: String)
        /// A canonical reference whose first word is not a part number.
        case expectedPart
        /// The part number written in lower case; `part` is how to write it.
        case lowerCasePart(Citation.Part)
        /// A canonical reference ending in `.`.
        case endsAfterDot
        /// A number of `level` was wanted; `raw` was written instead.
        case expectedNumber(Level, found: String)
        /// A point letter was wanted; `raw` is not a word.
        case expectedPointLetter(found: String)
        /// A word that is not one of the point letters.
        case notAPointLetter(raw: String)
        /// A canonical reference that stops at its part (`II`).
        case expectedClauseAfterPart(Citation.Part)
        /// Text after a complete canonical reference.
        case unexpectedAfter(raw: String, Citation)
        /// `mục` with no number after it.
        case missingItemNumber
        /// `mục (2` without its `)`.
        case missingClosingParenthesis
        /// `điểm` with no letter after it.
        case missingPointLetter
        /// `mục (2)` not followed by `điểm`.
        case expectedPointAfterItem
        /// `khoản` with no number after it.
        case missingClauseNumber
        /// A worded reference without its `khoản`.
        case expectedClause
        /// `phần` with no part number after it.
        case missingPartNumber
        /// Text after a complete worded reference.
        case unexpected(raw: String)
    }

    /// Which numbered level a number was wanted for: Part I numbers sections and
    /// bullets, the other parts clauses (khoản) and items (mục).
    public enum Level: Sendable, Hashable {
        case section
        case clause
        case bullet
        case item
    }
}

/// Reads citations in the canonical form (`II.1.b.2`, `IV.3.a`, `I.1.a.1`) and in
/// the document's wording (`mục (2) điểm b khoản 1 phần II`, `điểm c, d, đ khoản 1
/// phần II; điểm a khoản 2 phần II`, `khoản 3 phần II`), case-insensitively.
/// References are separated by `;` or `,`.
public enum CitationParser {
    public static func parse(_ text: String) -> Result<[CitationReference], CitationError> {
        if let ref = fastCanonical(text) { return .success([ref]) }
        var parser = Parser(tokens: tokenize(Array(text)), end: text.count)
        do {
            return .success(try parser.parseList())
        } catch let error as CitationError {
            return .failure(error)
        } catch {
            return .failure(CitationError(.unreadable, offset: 0))
        }
    }

    /// A single reference; fails if the text holds none or several.
    public static func parseOne(_ text: String) -> Result<CitationReference, CitationError> {
        switch parse(text) {
        case .failure(let error): return .failure(error)
        case .success(let refs) where refs.count == 1: return .success(refs[0])
        case .success(let refs):
            return .failure(
                CitationError(.notOneReference(count: refs.count), offset: refs.dropFirst().first?.offset ?? 0))
        }
    }

    /// `II.1.b.2`, `II.1.đ`, `II.1.dd` read straight from the bytes: report task
    /// keys are nearly always written this way, and a national run reads millions.
    static func fastCanonical(_ text: String) -> CitationReference? {
        var utf8 = text.utf8.makeIterator()
        var bytes: [UInt8] = []
        bytes.reserveCapacity(12)
        while let b = utf8.next() {
            bytes.append(b)
            if bytes.count > 16 { return nil }
        }
        var i = 0
        func digits() -> Int? {
            var n = 0
            let start = i
            while i < bytes.count, bytes[i] >= 48, bytes[i] <= 57, i - start < 2 {
                n = n * 10 + Int(bytes[i] - 48)
                i += 1
            }
            return i > start && n > 0 ? n : nil
        }
        let part: Citation.Part
        if bytes.starts(with: [73, 86, 46]) {
            part = .IV
            i = 2
        }  // "IV."
        else if bytes.starts(with: [73, 73, 73, 46]) {
            part = .III
            i = 3
        } else if bytes.starts(with: [73, 73, 46]) {
            part = .II
            i = 2
        } else if bytes.starts(with: [73, 46]) {
            part = .I
            i = 1
        } else {
            return nil
        }
        i += 1
        guard let clause = digits() else { return nil }
        var citation = Citation(part: part, clause: clause)
        var letterAt: Int?
        var telex = false
        if i < bytes.count {
            guard bytes[i] == 46 else { return nil }
            i += 1
            letterAt = i
            if i + 1 < bytes.count, bytes[i] == 0xC4, bytes[i + 1] == 0x91 {  // đ
                citation.point = "đ"
                i += 2
            } else if i + 1 < bytes.count, bytes[i] == 100, bytes[i + 1] == 100 {  // dd
                citation.point = "đ"
                telex = true
                i += 2
            } else if i < bytes.count, bytes[i] >= 97, bytes[i] <= 122 {
                citation.point = String(UnicodeScalar(bytes[i]))
                i += 1
            } else {
                return nil
            }
            if i < bytes.count {
                guard bytes[i] == 46 else { return nil }
                i += 1
                guard let item = digits() else { return nil }
                citation.item = item
            }
        }
        guard i == bytes.count else { return nil }
        // Offsets count characters; only the point letter can be non-ASCII, and it
        // comes after every offset reported here.
        return CitationReference(
            citation: citation, offset: 0, upperCaseLetter: false, telexLetter: telex, letterOffset: letterAt)
    }

    // MARK: - Tokens

    struct Token {
        enum Kind: Equatable {
            case word(String)  // lower-cased
            case number(Int)
            case punct(Character)
        }
        var kind: Kind
        var raw: String
        var offset: Int
    }

    static func tokenize(_ chars: [Character]) -> [Token] {
        var tokens: [Token] = []
        var i = 0
        while i < chars.count {
            let c = chars[i]
            if c.isWhitespace {
                i += 1
            } else if c.isASCII, c.isNumber {
                let start = i
                while i < chars.count, chars[i].isASCII, chars[i].isNumber { i += 1 }
                let raw = String(chars[start..<i])
                tokens.append(Token(kind: .number(Int(raw.prefix(6)) ?? Int.max), raw: raw, offset: start))
            } else if c.isLetter {
                let start = i
                while i < chars.count, chars[i].isLetter { i += 1 }
                let raw = String(chars[start..<i])
                tokens.append(Token(kind: .word(raw.lowercased()), raw: raw, offset: start))
            } else {
                tokens.append(Token(kind: .punct(c), raw: String(c), offset: i))
                i += 1
            }
        }
        return tokens
    }

    // MARK: - Grammar

    struct Parser {
        var tokens: [Token]
        var end: Int
        var i = 0

        var current: Token? { i < tokens.count ? tokens[i] : nil }
        var offset: Int { current?.offset ?? end }

        func fail(_ problem: CitationError.Problem, at offset: Int? = nil) -> CitationError {
            CitationError(problem, offset: offset ?? self.offset)
        }

        func isWord(_ word: String, at index: Int? = nil) -> Bool {
            let k = index ?? i
            guard k < tokens.count, case .word(let w) = tokens[k].kind else { return false }
            return w == word
        }

        func isPunct(_ p: Character, at index: Int? = nil) -> Bool {
            let k = index ?? i
            guard k < tokens.count, case .punct(let c) = tokens[k].kind else { return false }
            return c == p
        }

        mutating func parseList() throws -> [CitationReference] {
            guard current != nil else { throw fail(.empty) }
            var refs: [CitationReference] = []
            while true {
                refs += try parseReference()
                guard let token = current else { return refs }
                guard isPunct(";") || isPunct(",") else {
                    throw fail(.unseparated(raw: token.raw))
                }
                i += 1
                guard current != nil else { throw fail(.missingAfterSeparator(raw: token.raw)) }
            }
        }

        mutating func parseReference() throws -> [CitationReference] {
            guard let token = current else { throw fail(.missingReference) }
            if case .word(let w) = token.kind, ["i", "ii", "iii", "iv"].contains(w), isPunct(".", at: i + 1) {
                return [try parseCanonical()]
            }
            if case .word(let w) = token.kind, ["mục", "điểm", "khoản", "phần"].contains(w) {
                return try parseWording()
            }
            throw fail(.notAReferenceStart(raw: token.raw))
        }

        static func part(_ word: String) -> Citation.Part? {
            switch word {
            case "i": return .I
            case "ii": return .II
            case "iii": return .III
            case "iv": return .IV
            default: return nil
            }
        }

        /// `II.1.b.2`
        mutating func parseCanonical() throws -> CitationReference {
            let start = offset
            guard case .word(let w) = current!.kind, let part = Self.part(w) else {
                throw fail(.expectedPart)
            }
            guard current!.raw == current!.raw.uppercased() else {
                throw fail(.lowerCasePart(part))
            }
            i += 1
            var citation = Citation(part: part)
            var upper = false
            var telex = false
            var letterAt: Int?
            var level = 0
            while isPunct("."), level < 3 {
                i += 1
                guard let token = current else { throw fail(.endsAfterDot) }
                switch level {
                case 0:
                    citation.clause = try number(token, level: part == .I ? .section : .clause)
                case 1:
                    (citation.point, upper, telex) = try letter(token)
                    letterAt = token.offset
                default:
                    citation.item = try number(token, level: part == .I ? .bullet : .item)
                }
                i += 1
                level += 1
            }
            if level == 0 { throw fail(.expectedClauseAfterPart(part)) }
            if let token = current, !isPunct(";"), !isPunct(",") {
                throw fail(.unexpectedAfter(raw: token.raw, citation))
            }
            return CitationReference(
                citation: citation, offset: start, upperCaseLetter: upper, telexLetter: telex, letterOffset: letterAt)
        }

        func number(_ token: Token, level: CitationError.Level) throws -> Int {
            guard case .number(let n) = token.kind, (1...99).contains(n) else {
                throw fail(.expectedNumber(level, found: token.raw), at: token.offset)
            }
            return n
        }

        /// A point letter: one letter of `Citation.letters`, `dd` for `đ`, any case.
        func letter(_ token: Token) throws -> (String, upper: Bool, telex: Bool) {
            guard case .word(let w) = token.kind else {
                throw fail(.expectedPointLetter(found: token.raw), at: token.offset)
            }
            let upper = token.raw != w
            if w == "dd" { return ("đ", upper, true) }
            guard w.count == 1, Citation.letters.contains(w) else {
                throw fail(.notAPointLetter(raw: token.raw), at: token.offset)
            }
            return (w, upper, false)
        }

        /// `mục (2) điểm b khoản 1 phần II`, `điểm c, d khoản 1 phần II`, `khoản 3 phần II`.
        mutating func parseWording() throws -> [CitationReference] {
            let start = offset
            var items: [(Int, Int)] = []  // value, offset
            var points: [(String, Bool, Bool, Int)] = []
            var clauses: [Int] = []
            var part = Citation.Part.II

            if isWord("mục") {
                i += 1
                repeat {
                    if isPunct(",") { i += 1 }
                    let at = offset
                    var parenthesised = false
                    if isPunct("(") {
                        i += 1
                        parenthesised = true
                    }
                    guard let token = current else { throw fail(.missingItemNumber) }
                    items.append((try number(token, level: .item), at))
                    i += 1
                    if parenthesised {
                        guard isPunct(")") else { throw fail(.missingClosingParenthesis) }
                        i += 1
                    }
                    if isPunct(".") { i += 1 }  // "(1)." as the document writes items
                } while isPunct(",") && (isPunct("(", at: i + 1) || isNumber(at: i + 1))
            }
            if isWord("điểm") {
                i += 1
                repeat {
                    if isPunct(",") { i += 1 }
                    guard let token = current else { throw fail(.missingPointLetter) }
                    let (l, upper, telex) = try letter(token)
                    points.append((l, upper, telex, token.offset))
                    i += 1
                } while isPunct(",") && isLetterToken(at: i + 1)
            } else if !items.isEmpty {
                throw fail(.expectedPointAfterItem)
            }
            if isWord("khoản") {
                i += 1
                repeat {
                    if isPunct(",") { i += 1 }
                    guard let token = current else { throw fail(.missingClauseNumber) }
                    clauses.append(try number(token, level: .clause))
                    i += 1
                } while isPunct(",") && isNumber(at: i + 1)
            } else {
                throw fail(.expectedClause)
            }
            if isPunct(","), isWord("phần", at: i + 1) { i += 1 }  // "điểm c khoản 4, phần II"
            if isWord("phần") {
                i += 1
                guard let token = current, case .word(let w) = token.kind, let p = Self.part(w) else {
                    throw fail(.missingPartNumber)
                }
                part = p
                i += 1
            }
            if let token = current, !isPunct(";"), !isPunct(",") {
                if isWord("của") || isWord("kế") {
                    i = tokens.count  // "… của Kế hoạch": the rest names the plan itself
                } else {
                    throw fail(.unexpected(raw: token.raw))
                }
            }
            var refs: [CitationReference] = []
            for clause in clauses {
                if points.isEmpty {
                    refs.append(
                        CitationReference(
                            citation: Citation(part: part, clause: clause), offset: start,
                            upperCaseLetter: false, telexLetter: false))
                }
                for (letter, upper, telex, at) in points {
                    if items.isEmpty {
                        refs.append(
                            CitationReference(
                                citation: Citation(part: part, clause: clause, point: letter),
                                offset: points.count == 1 ? start : at, upperCaseLetter: upper, telexLetter: telex,
                                letterOffset: at))
                    }
                    for (item, itemAt) in items {
                        refs.append(
                            CitationReference(
                                citation: Citation(part: part, clause: clause, point: letter, item: item),
                                offset: items.count == 1 ? start : itemAt, upperCaseLetter: upper, telexLetter: telex,
                                letterOffset: at))
                    }
                }
            }
            return refs
        }

        func isNumber(at index: Int) -> Bool {
            guard index < tokens.count, case .number = tokens[index].kind else { return false }
            return true
        }

        func isLetterToken(at index: Int) -> Bool {
            guard index < tokens.count, case .word(let w) = tokens[index].kind else { return false }
            return w == "dd" || (w.count == 1 && Citation.letters.contains(w))
        }
    }
}
