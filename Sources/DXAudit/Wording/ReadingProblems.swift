import DXYAML

/// Why a file could not be read: the YAML layer's problems, the system's refusals
/// and unreadable suppression comments, worded per language. The English is the
/// wording dxaudit has always printed; libyaml's own text and the system's reasons
/// come in English and are shown as they are.
extension Wording {
    /// A YAML error's problem, with libyaml's context when it gave one.
    public func yamlError(_ error: YAMLError) -> String {
        let problem = yamlProblem(error.reason)
        guard let context = error.context, !hidesContext(error.reason) else { return problem }
        guard let start = error.contextStart else { return "\(problem) (\(context))" }
        switch language {
        case .english: return "\(problem) (\(context) started at \(start))"
        case .vietnamese: return "\(problem) (\(context), từ dòng \(start.line), cột \(start.column))"
        }
    }

    /// In Vietnamese a tab is named in Vietnamese alone: libyaml's English about it
    /// says nothing the hint does not.
    private func hidesContext(_ problem: YAMLError.Problem) -> Bool {
        guard language == .vietnamese, case .libyaml(_, atTab: true) = problem else { return false }
        return true
    }

    public func yamlProblem(_ problem: YAMLError.Problem) -> String {
        switch language {
        case .english: return englishYAMLProblem(problem)
        case .vietnamese: return vietnameseYAMLProblem(problem)
        }
    }

    /// The English is the YAML layer's own rendering, kept there so that its errors
    /// print whole without this module; a test holds the two languages' cases equal.
    private func englishYAMLProblem(_ problem: YAMLError.Problem) -> String {
        problem.description
    }

    private func vietnameseYAMLProblem(_ problem: YAMLError.Problem) -> String {
        switch problem {
        case .libyaml(let text, let atTab):
            return atTab ? "ký tự tab: YAML chỉ thụt lề bằng dấu cách" : "YAML sai cú pháp, libyaml báo: \(text)"
        case .malformed:
            return "YAML sai cú pháp"
        case .unknownAlias(let name):
            return "bí danh '*\(name)' không có neo '&\(name)' nào đứng trước"
        case .duplicateKey(let key, let first):
            return "khóa '\(key)' bị lặp (đã có ở dòng \(first.line), cột \(first.column))"
        case .aliasExpansion(let limit):
            return "các bí danh mở rộng thành hơn \(limit) nút (tệp kiểu \"billion laughs\"?)"
        case .tooDeep(let limit):
            return "lồng nhau sâu quá \(limit) cấp"
        case .tooManyNodes(let limit):
            return "tệp có hơn \(limit) nút"
        case .tooLarge(let bytes, let limit):
            return "tệp dài \(bytes) byte, vượt giới hạn \(limit) byte"
        case .outOfMemory:
            return "hết bộ nhớ khi khởi động bộ phân tích YAML"
        case .utf16:
            return "tệp mã hóa UTF-16 (mở đầu bằng dấu thứ tự byte UTF-16); hãy lưu lại dưới dạng UTF-8"
        case .nulByte(let looksUTF16):
            return "tệp chứa byte NUL" + (looksUTF16 ? " (tệp có vẻ mã hóa UTF-16; hãy lưu lại dưới dạng UTF-8)" : "")
        case .invalidUTF8(let byte):
            return "byte \(Self.hex(byte)) không hợp lệ trong UTF-8; tệp phải mã hóa UTF-8"
        case .expected(let expected, let found):
            return "cần \(self.expected(expected)), nhưng gặp \(self.found(found))"
        case .ambiguousLeadingZero(let text, let decimal):
            return "'\(text)' mơ hồ (YAML 1.1 đọc là hệ bát phân, YAML 1.2 đọc là hệ thập phân); hãy viết \(decimal)"
        case .yamlOneOneBoolean(let text):
            return "'\(text)' là văn bản trong YAML 1.2, không phải giá trị đúng/sai; hãy viết true hoặc false"
        case .impossibleDate(let text, let why):
            return "'\(text)' không phải một ngày có thật: \(impossibility(why))"
        }
    }

    /// What a typed read asked for: `a string`; `văn bản`.
    public func expected(_ expected: YAMLError.Expected) -> String {
        switch (language, expected) {
        case (.english, .string): return "a string"
        case (.english, .integer): return "an integer"
        case (.english, .number): return "a number"
        case (.english, .boolean): return "true or false"
        case (.english, .date): return "a date (YYYY-MM-DD)"
        case (.vietnamese, .string): return "văn bản"
        case (.vietnamese, .integer): return "số nguyên"
        case (.vietnamese, .number): return "một số"
        case (.vietnamese, .boolean): return "true hoặc false"
        case (.vietnamese, .date): return "một ngày dạng YYYY-MM-DD"
        }
    }

    /// What a typed read found instead: `the string 'x'`; `văn bản 'x'`.
    public func found(_ found: YAMLError.Found) -> String {
        switch (language, found) {
        case (.english, .null): return "null"
        case (.english, .list): return "a list"
        case (.english, .mapping): return "a mapping"
        case (.english, .boolean(let text)): return "a boolean '\(text)'"
        case (.english, .integer(let text)): return "an integer '\(text)'"
        case (.english, .number(let text)): return "a number '\(text)'"
        case (.english, .string(let text)): return "the string '\(text)'"
        case (.vietnamese, .null): return "giá trị rỗng (null)"
        case (.vietnamese, .list): return "một danh sách"
        case (.vietnamese, .mapping): return "một ánh xạ khóa–giá trị"
        case (.vietnamese, .boolean(let text)): return "giá trị đúng/sai '\(text)'"
        case (.vietnamese, .integer(let text)): return "số nguyên '\(text)'"
        case (.vietnamese, .number(let text)): return "số '\(text)'"
        case (.vietnamese, .string(let text)): return "văn bản '\(text)'"
        case (_, .text(let text)): return "'\(text)'"
        }
    }

    /// Why `YYYY-MM-DD` names no day: `February 2024 has 29 days`;
    /// `tháng 2 năm 2024 chỉ có 29 ngày`.
    public func impossibility(_ why: CivilDate.Impossibility) -> String {
        switch (language, why) {
        case (.english, .noMonth(let month)): return "there is no month \(month)"
        case (.english, .noYearZero): return "there is no year 0"
        case (.english, .pastMonthEnd(let month, let year)):
            let names = [
                "January", "February", "March", "April", "May", "June", "July",
                "August", "September", "October", "November", "December",
            ]
            return "\(names[month - 1]) \(year) has \(CivilDate.daysIn(month: month, year: year)) days"
        case (.vietnamese, .noMonth(let month)): return "không có tháng \(month)"
        case (.vietnamese, .noYearZero): return "không có năm 0"
        case (.vietnamese, .pastMonthEnd(let month, let year)):
            return "tháng \(month) năm \(year) chỉ có \(CivilDate.daysIn(month: month, year: year)) ngày"
        }
    }

    /// Why a path could not be read.
    public func readError(_ error: SourceFile.ReadError) -> String {
        switch (language, error) {
        case (.english, .cannotRead(let reason)): return "cannot read: \(reason)"
        case (.english, .directory): return "is a directory, not a YAML file"
        case (.english, .fifo): return "is a FIFO, not a regular file; not read"
        case (.english, .notRegular): return "is not a regular file; not read"
        case (.vietnamese, .cannotRead(let reason)): return "không đọc được: \(reason)"
        case (.vietnamese, .directory): return "là một thư mục, không phải tệp YAML"
        case (.vietnamese, .fifo): return "là một FIFO, không phải tệp thường; không đọc"
        case (.vietnamese, .notRegular): return "không phải tệp thường; không đọc"
        case (_, .tooLarge(let bytes, let limit)): return yamlProblem(.tooLarge(bytes: bytes, limit: limit))
        }
    }

    /// Why a `# dxaudit:` comment could not be read, with the form it should take.
    public func suppressionProblem(_ problem: Suppression.Problem) -> String {
        let form = "'# dxaudit: ignore[rule-id, …]'"
        switch (language, problem) {
        case (.english, .notIgnore): return "cannot read the suppression comment: expected \(form)"
        case (.english, .namesNoRule): return "the suppression comment names no rule: expected \(form)"
        case (.english, .noClosingBracket): return "the suppression comment has no closing ']': expected \(form)"
        case (.vietnamese, .notIgnore): return "không đọc được chú thích bỏ qua: cần viết \(form)"
        case (.vietnamese, .namesNoRule): return "chú thích bỏ qua không nêu quy tắc nào: cần viết \(form)"
        case (.vietnamese, .noClosingBracket): return "chú thích bỏ qua thiếu dấu ']' đóng: cần viết \(form)"
        }
    }

    /// `0xC3`.
    static func hex(_ byte: UInt8) -> String { "0x\(String(byte, radix: 16, uppercase: true))" }
}

extension Wording {
    /// Why a settings file cannot be used: its path and reason, or its first finding.
    public func settingsFailure(_ failure: Config.Failure) -> String {
        switch failure {
        case .unreadable(let path, let error): return "\(path): \(format(.readError(error)))"
        case .finding(let finding): return TextReporter.escaped(finding.diagnostic(in: self))
        case .notAMapping(let path):
            return language == .vietnamese ? "\(path): không phải một ánh xạ thiết lập" : "\(path): not a mapping"
        }
    }
}

extension Wording {
    /// Why a baseline or sent log cannot be used, with the file and the place in it.
    public func writtenDocumentFailure(_ failure: WrittenDocumentFailure) -> String {
        let vi = language == .vietnamese
        let path = failure.path
        let reason: String
        switch failure.reason {
        case .unreadable(let error): return "\(path): \(readError(error))"
        case .empty: reason = vi ? "tệp trống" : "the file is empty"
        case .yaml(let error): reason = "\(error.mark): \(severity(.error)): \(yamlError(error))"
        case .missing(let field): reason = vi ? "thiếu '\(field)'" : "no '\(field)'"
        case .wrongVersion(let found?, let reads):
            reason =
                vi
                ? "phiên bản \(found), bản dxaudit này đọc phiên bản \(reads)"
                : "version \(found), this dxaudit reads version \(reads)"
        case .wrongVersion(nil, let reads):
            reason = vi ? "bản dxaudit này đọc phiên bản \(reads)" : "this dxaudit reads version \(reads)"
        case .missingList(let name): reason = vi ? "thiếu danh sách '\(name)'" : "no '\(name)' list"
        case .incompleteEntry(let fields):
            let names = fields.count > 1 ? fields.dropLast().joined(separator: ", ") : ""
            let all = fields.count > 1 ? "\(names) \(vi ? "và" : "and") \(fields.last!)" : (fields.first ?? "")
            reason = vi ? "mỗi mục cần có \(all)" : "an entry needs \(all)"
        case .badDay: reason = vi ? "một ngày không có dạng YYYY-MM-DD" : "a day is not YYYY-MM-DD"
        case .other(let text): reason = text
        }
        let mark = failure.mark ?? .start
        let place = "\(path):\(mark.line):\(mark.column)"
        switch (failure.kind, vi) {
        case (.baseline, false): return "\(place): error: not a dxaudit baseline: \(reason)"
        case (.baseline, true): return "\(place): lỗi: không phải tệp baseline của dxaudit: \(reason)"
        case (.sentLog, false): return "\(place): not a dxaudit sent log: \(reason); not overwritten"
        case (.sentLog, true): return "\(place): không phải nhật ký gửi thư của dxaudit: \(reason); không ghi đè"
        }
    }
}
