import DXYAML

/// How dxaudit words what it has to say in one language: messages from their
/// templates, and every date, deadline, count and unit name the same way
/// everywhere. This is the one place that turns values into words.
public struct Wording: Sendable {
    /// The languages dxaudit speaks, by the code `--lang` and `lang:` take.
    public enum Language: String, Sendable, Hashable, CaseIterable {
        case english = "en"
        case vietnamese = "vi"
    }

    public let language: Language

    public init(_ language: Language) {
        self.language = language
    }

    public static let english = Wording(.english)
    public static let vietnamese = Wording(.vietnamese)

    /// The message's template in this language, its `{n}` filled with its arguments.
    public func render(_ message: Finding.Message) -> String {
        let template = self.template(message)
        if case .text(let whole)? = template.pieces.first, template.pieces.count == 1 { return whole }
        var out = ""
        for piece in template.pieces {
            switch piece {
            case .text(let text): out += text
            case .argument(let n, let written):
                out += message.arguments.indices.contains(n) ? format(message.arguments[n]) : written
            }
        }
        return out
    }

    /// The template of a message from its rule's catalog; a name the catalog lacks
    /// shows as its id, so that a gap is visible rather than silent.
    func template(_ message: Finding.Message) -> MessageTemplate {
        if message.name == Finding.Message.verbatimName { return .verbatim }
        return MessageTemplate.catalogs[language]?[message.rule]?[message.name] ?? MessageTemplate(message.id)
    }

    public func format(_ argument: Finding.Argument) -> String {
        switch argument {
        case .text(let text): return text
        case .unit(let id, let name): return unit(id, name: name)
        case .citation(let citation): return citation.description
        case .citationInWords(let citation): return citation.vietnamese
        case .citationProblem(let problem): return citationProblem(problem)
        case .date(let date): return self.date(date)
        case .weekday(let date): return weekday(date)
        case .due(let due, let year): return self.due(due, year: year)
        case .days(let n): return days(n)
        case .number(let n): return String(n)
        case .decimal(let value): return decimal(value)
        case .list(let items, let separator): return items.map(format).joined(separator: separator)
        case .message(let message): return message.map(render) ?? ""
        case .obligation(let id, let synthesis): return obligation(id, synthesis: synthesis)
        case .place(let place): return self.place(place)
        case .kind(let kind): return self.kind(kind)
        case .didYouMean(let suggestion):
            guard let suggestion else { return "" }
            switch language {
            case .english: return "; did you mean '\(suggestion)'?"
            case .vietnamese: return "; có phải là '\(suggestion)'?"
            }
        case .yamlError(let error): return yamlError(error)
        case .yamlProblem(let problem): return yamlProblem(problem)
        case .readError(let error): return readError(error)
        case .suppressionProblem(let problem): return suppressionProblem(problem)
        }
    }

    /// `unit-annual`; `báo cáo năm` or `báo cáo tổng hợp năm`, as the plan's text calls
    /// them, so that `báo cáo năm 2024` reads as Vietnamese writes it.
    public func obligation(_ id: String, synthesis: Bool) -> String {
        switch language {
        case .english: return id
        case .vietnamese: return synthesis ? "báo cáo tổng hợp năm" : "báo cáo năm"
        }
    }

    /// `the plan`, `task II.1.a`; `kế hoạch`, `nhiệm vụ II.1.a`.
    public func place(_ place: Finding.Place) -> String {
        switch (language, place) {
        case (.english, .plan): return "the plan"
        case (.english, .planHeader): return "'plan'"
        case (.english, .task(let key)): return "task \(key)"
        case (.english, .target(let key)): return "target \(key)"
        case (.english, .indicator(let id)): return "indicator '\(id)'"
        case (.english, .assignment): return "an assignment"
        case (.english, .obligation): return "a reporting obligation"
        case (.english, .quotedKey(let key)): return "'\(key)'"
        case (.english, .registry): return "the unit registry"
        case (.english, .group(let id)): return "group '\(id)'"
        case (.english, .unit(let id)): return "unit '\(id)'"
        case (.english, .transfer(let id)): return "a transfer of '\(id)'"
        case (.english, .report): return "a report"
        case (.english, .configuration): return "the configuration"
        case (.english, .setting(let key)): return "the setting of \(key)"
        case (.english, .ignorePattern): return "an ignore pattern"
        case (.vietnamese, .plan): return "kế hoạch"
        case (.vietnamese, .planHeader): return "'plan'"
        case (.vietnamese, .task(let key)): return "nhiệm vụ \(key)"
        case (.vietnamese, .target(let key)): return "chỉ tiêu \(key)"
        case (.vietnamese, .indicator(let id)): return "chỉ tiêu '\(id)'"
        case (.vietnamese, .assignment): return "phân công"
        case (.vietnamese, .obligation): return "nghĩa vụ báo cáo"
        case (.vietnamese, .quotedKey(let key)): return "'\(key)'"
        case (.vietnamese, .registry): return "danh mục đơn vị"
        case (.vietnamese, .group(let id)): return "nhóm '\(id)'"
        case (.vietnamese, .unit(let id)): return "đơn vị '\(id)'"
        case (.vietnamese, .transfer(let id)): return "việc chuyển giao nhiệm vụ của '\(id)'"
        case (.vietnamese, .report): return "báo cáo"
        case (.vietnamese, .configuration): return "tệp thiết lập"
        case (.vietnamese, .setting(let key)): return "thiết lập của \(key)"
        case (.vietnamese, .ignorePattern): return "mẫu đường dẫn bỏ qua"
        }
    }

    /// `a list`, `null`; `danh sách`, `giá trị rỗng`.
    public func kind(_ kind: Finding.ValueKind) -> String {
        switch (language, kind) {
        case (.english, .null): return "null"
        case (.english, .boolean): return "a boolean"
        case (.english, .integer): return "an integer"
        case (.english, .number): return "a number"
        case (.english, .string): return "a string"
        case (.english, .list): return "a list"
        case (.english, .mapping): return "a mapping"
        case (.vietnamese, .null): return "giá trị rỗng"
        case (.vietnamese, .boolean): return "giá trị đúng/sai"
        case (.vietnamese, .integer): return "số nguyên"
        case (.vietnamese, .number): return "số"
        case (.vietnamese, .string): return "chuỗi văn bản"
        case (.vietnamese, .list): return "danh sách"
        case (.vietnamese, .mapping): return "ánh xạ"
        }
    }

    /// `Sở Y tế (so-y-te)`; in Vietnamese the name alone, `Sở Y tế`. A unit the
    /// registry does not know is named by its id.
    public func unit(_ id: String, name: String?) -> String {
        guard let name else { return id }
        switch language {
        case .english: return "\(name) (\(id))"
        case .vietnamese: return name
        }
    }

    /// `2024-12-02`; `02/12/2024` in Vietnamese.
    public func date(_ date: CivilDate) -> String {
        switch language {
        case .english: return date.description
        case .vietnamese: return "\(Self.twoDigits(date.day))/\(Self.twoDigits(date.month))/\(date.year)"
        }
    }

    /// `Mon 2024-12-02`; `thứ Hai 02/12/2024` in Vietnamese.
    public func weekday(_ date: CivilDate) -> String {
        switch language {
        case .english:
            let names = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
            return "\(names[date.weekday - 1]) \(date.description)"
        case .vietnamese:
            let names = ["thứ Hai", "thứ Ba", "thứ Tư", "thứ Năm", "thứ Sáu", "thứ Bảy", "Chủ nhật"]
            return "\(names[date.weekday - 1]) \(self.date(date))"
        }
    }

    /// `ngày 01 tháng 12 năm 2024`, the way Vietnamese running text writes a date.
    public func longDate(_ date: CivilDate) -> String {
        switch language {
        case .english: return date.description
        case .vietnamese:
            // Nghị định 30/2020/NĐ-CP: a zero before days under 10 and months under 3.
            let month = date.month < 3 ? Self.twoDigits(date.month) : String(date.month)
            return "ngày \(Self.twoDigits(date.day)) tháng \(month) năm \(date.year)"
        }
    }

    /// `before 01/12/2024` or `by 10/12/2024`; `trước ngày 01/12/2024` or
    /// `đến hết ngày 10/12/2024`.
    public func due(_ due: Plan.Due, year: Int) -> String {
        let day = "\(Self.twoDigits(due.day))/\(Self.twoDigits(due.month))/\(year)"
        switch language {
        case .english: return "\(due.kind.rawValue) \(day)"
        case .vietnamese: return due.kind == .before ? "trước ngày \(day)" : "đến hết ngày \(day)"
        }
    }

    /// `error`, `warning`, `note`; `lỗi`, `cảnh báo`, `ghi chú`.
    public func severity(_ severity: Finding.Severity) -> String {
        switch (language, severity) {
        case (.english, _): return severity.name
        case (.vietnamese, .error): return "lỗi"
        case (.vietnamese, .warning): return "cảnh báo"
        case (.vietnamese, .note): return "ghi chú"
        }
    }

    /// `1 day`, `3 days`; `3 ngày`.
    public func days(_ n: Int) -> String {
        switch language {
        case .english: return count(n, "day")
        case .vietnamese: return "\(n) ngày"
        }
    }

    /// `1 report`, `3 reports`: English plurals; Vietnamese nouns do not change.
    public func count(_ n: Int, _ word: String) -> String {
        switch language {
        case .english: return "\(n) \(word)\(n == 1 ? "" : "s")"
        case .vietnamese: return "\(n) \(word)"
        }
    }

    /// `76.5`; `76,5` with the decimal comma of Vietnamese.
    public func decimal(_ value: Double) -> String {
        var text = value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        if language == .vietnamese { text = String(text.map { $0 == "." ? "," : $0 }) }
        return text
    }

    static func twoDigits(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
