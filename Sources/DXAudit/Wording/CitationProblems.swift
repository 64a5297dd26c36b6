extension Wording {
    /// Why a citation could not be read: `expected a point letter (a, b, c, d, đ, e …),
    /// found 'x'`; `cần chữ cái của điểm (a, b, c, d, đ, e …), gặp 'x'` in Vietnamese.
    /// The Vietnamese names the levels as the plan does: phần, khoản, điểm, mục.
    public func citationProblem(_ problem: CitationError.Problem) -> String {
        switch language {
        case .english: return Self.english(problem)
        case .vietnamese: return Self.vietnamese(problem)
        }
    }

    private static let letters = "(a, b, c, d, đ, e …)"

    private static func english(_ problem: CitationError.Problem) -> String {
        switch problem {
        case .unreadable: return "unreadable citation"
        case .notOneReference(let count): return "expected one reference, found \(count)"
        case .empty: return "empty citation"
        case .unseparated(let raw): return "unexpected '\(raw)'; separate references with ';' or ','"
        case .missingAfterSeparator(let raw): return "a reference is missing after '\(raw)'"
        case .missingReference: return "a reference is missing"
        case .notAReferenceStart(let raw):
            return "'\(raw)' does not start a reference; write e.g. II.1.b.2 or 'điểm b khoản 1 phần II'"
        case .expectedPart: return "expected a part number I, II or IV"
        case .lowerCasePart(let part): return "write the part in upper case: '\(part.roman)'"
        case .endsAfterDot: return "the reference ends after '.'"
        case .expectedNumber(let level, let raw):
            let what: String
            switch level {
            case .section: what = "a section"
            case .clause: what = "a clause (khoản)"
            case .bullet: what = "a bullet"
            case .item: what = "an item (mục)"
            }
            return "expected \(what) number, found '\(raw)'"
        case .expectedPointLetter(let raw): return "expected a point letter \(letters), found '\(raw)'"
        case .notAPointLetter(let raw): return "'\(raw)' is not a point letter \(letters)"
        case .expectedClauseAfterPart(let part): return "expected '.' and a clause number after \(part.roman)"
        case .unexpectedAfter(let raw, let citation): return "unexpected '\(raw)' after \(citation.canonical)"
        case .missingItemNumber: return "expected an item number after 'mục'"
        case .missingClosingParenthesis: return "expected ')' after the item number"
        case .missingPointLetter: return "expected a point letter after 'điểm'"
        case .expectedPointAfterItem: return "expected 'điểm' after the item number"
        case .missingClauseNumber: return "expected a clause number after 'khoản'"
        case .expectedClause: return "expected 'khoản' and a clause number"
        case .missingPartNumber: return "expected a part number (I, II, IV) after 'phần'"
        case .unexpected(let raw): return "unexpected '\(raw)'"
        }
    }

    // Worded as an official would correct a draft: "cần …, gặp …" for what is
    // wanted and what was written, "thừa" for what should not be there, and the
    // levels by the names the plan gives them (Part I's sections are its khoản,
    // its bullets gạch đầu dòng, as `Citation.vietnamese` writes them).
    private static func vietnamese(_ problem: CitationError.Problem) -> String {
        switch problem {
        case .unreadable: return "không đọc được trích dẫn"
        case .notOneReference(let count): return "cần một trích dẫn, gặp \(count) trích dẫn"
        case .empty: return "trích dẫn trống"
        case .unseparated(let raw): return "thừa '\(raw)'; các trích dẫn phải cách nhau bằng ';' hoặc ','"
        case .missingAfterSeparator(let raw): return "thiếu trích dẫn sau '\(raw)'"
        case .missingReference: return "thiếu trích dẫn"
        case .notAReferenceStart(let raw):
            return
                "trích dẫn không thể bắt đầu bằng '\(raw)'; hãy viết theo dạng II.1.b.2 hoặc 'điểm b khoản 1 phần II'"
        case .expectedPart: return "cần số thứ tự của phần: I, II hoặc IV"
        case .lowerCasePart(let part): return "số thứ tự của phần phải viết hoa: '\(part.roman)'"
        case .endsAfterDot: return "trích dẫn kết thúc ngay sau dấu '.'"
        case .expectedNumber(let level, let raw):
            let what: String
            switch level {
            case .section, .clause: what = "khoản"
            case .bullet: what = "gạch đầu dòng"
            case .item: what = "mục"
            }
            return "cần số thứ tự của \(what), gặp '\(raw)'"
        case .expectedPointLetter(let raw): return "cần chữ cái của điểm \(letters), gặp '\(raw)'"
        case .notAPointLetter(let raw): return "'\(raw)' không phải là chữ cái của điểm \(letters)"
        case .expectedClauseAfterPart(let part): return "cần dấu '.' và số thứ tự của khoản sau \(part.roman)"
        case .unexpectedAfter(let raw, let citation): return "thừa '\(raw)' sau \(citation.canonical)"
        case .missingItemNumber: return "cần số thứ tự của mục sau 'mục'"
        case .missingClosingParenthesis: return "cần dấu ')' sau số thứ tự của mục"
        case .missingPointLetter: return "cần chữ cái của điểm sau 'điểm'"
        case .expectedPointAfterItem: return "cần 'điểm' sau số thứ tự của mục"
        case .missingClauseNumber: return "cần số thứ tự của khoản sau 'khoản'"
        case .expectedClause: return "cần 'khoản' và số thứ tự của khoản"
        case .missingPartNumber: return "cần số thứ tự của phần (I, II, IV) sau 'phần'"
        case .unexpected(let raw): return "thừa '\(raw)'"
        }
    }
}
