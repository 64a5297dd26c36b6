import DXYAML

/// Part IV, tổ chức thực hiện: items `N. Sở X:` and their duties (`a)`, `- ` lines,
/// paragraphs). An item whose heading the text lost is found where its duties
/// start again (`a)` after other duties, a paragraph after lettered ones), and
/// numbered from the headings that remain around it.
struct PartIVItem {
    enum Mark: Equatable {
        case letter(String)
        case dash
        case paragraph
    }

    struct Duty {
        var mark: Mark
        var text: String
        var line: Int
        /// Unicode scalars before `text` on its line.
        var offset = 0
    }

    /// The number the heading gives; nil for an item whose heading was lost.
    var number: Int?
    /// The heading's unit names; nil when lost.
    var heading: String?
    var line: Int
    var duties: [Duty] = []
}

extension Extractor.Reader {
    mutating func startPartIV() {
        part = .partIV
        items = []
    }

    mutating func partIV(_ line: String, _ number: Int, _ shape: Extractor.Shape) {
        if line.hasSuffix("./.") || line.hasPrefix("|") {
            part = .end  // the closing sentence, then the signature
            return
        }
        if shape == .number, let match = line.firstMatch(of: patterns.numbered), let n = Int(match.1) {
            var heading = String(match.2)
            var item = PartIVItem(number: n, heading: nil, line: number)
            if heading.hasSuffix(":") {
                heading.removeLast()
            } else if let colon = heading.firstRange(of: ": ") {
                let duty = String(heading[colon.upperBound...])
                item.duties.append(
                    .init(
                        mark: .paragraph, text: duty, line: number,
                        offset: line.unicodeScalars.count - duty.unicodeScalars.count))
                heading = String(heading[..<colon.lowerBound])
            }
            item.heading = heading.trimmingSpaces
            items.append(item)
            return
        }
        guard !items.isEmpty else { return }
        let mark: PartIVItem.Mark
        var body = line
        if shape == .letter, let match = line.firstMatch(of: patterns.duty) {
            mark = .letter(String(match.1))
            body = String(match.2)
        } else if shape == .dash, let match = line.firstMatch(of: patterns.dash) {
            mark = .dash
            body = String(match.1)
        } else {
            mark = .paragraph
        }
        let current = items[items.count - 1].duties
        let startsAnother: Bool
        switch mark {
        case .letter(let letter): startsAnother = letter == "a" && !current.isEmpty
        case .dash: startsAnother = current.last.map { if case .letter = $0.mark { true } else { false } } ?? false
        case .paragraph: startsAnother = !current.isEmpty
        }
        if startsAnother { items.append(PartIVItem(number: nil, heading: nil, line: number)) }
        let offset = line.unicodeScalars.count - body.unicodeScalars.count
        items[items.count - 1].duties.append(.init(mark: mark, text: body, line: number, offset: offset))
    }

    /// Numbers the items whose heading was lost from the numbers around them, then
    /// reads every duty.
    mutating func finishPartIV() {
        var numbered: [PartIVItem] = []
        var index = 0
        var previous = 0
        while index < items.count {
            if let number = items[index].number {
                previous = number
                numbered.append(items[index])
                index += 1
                continue
            }
            var lost: [PartIVItem] = []
            while index < items.count, items[index].number == nil {
                lost.append(items[index])
                index += 1
            }
            let next = index < items.count ? items[index].number : nil
            let room = next.map { max(0, $0 - previous - 1) } ?? lost.count
            for (offset, var item) in lost.enumerated() {
                if offset < room {
                    item.number = previous + offset + 1
                    numbered.append(item)
                } else if var last = numbered.popLast() {
                    // More duties than numbers: they belong to the item before.
                    last.duties += item.duties
                    numbered.append(last)
                }
            }
            previous += min(room, lost.count)
        }
        var expected = 1
        for item in numbered {
            guard let number = item.number else { continue }
            if number != expected {
                add(.numberingGap(after: "IV.\(expected - 1)", found: "IV.\(number)"), line: item.line)
            }
            expected = number + 1
        }
        for item in numbered { read(item) }
        readDeadlines()
    }

    mutating func read(_ item: PartIVItem) {
        guard let number = item.number else { return }
        var units: [String]
        if let heading = item.heading {
            units = UnitNames.split(heading).map { names.id(for: $0, line: item.line) }
        } else {
            let first = item.duties.first?.text ?? ""
            let id = names.lostHeading(item: number, line: item.line, duty: first)
            let unit = names.units.first { $0.id == id }
            add(.lostItemHeading(number, .unit(id: id, name: unit?.name)), line: item.line)
            units = [id]
        }
        for duty in item.duties {
            var source = Citation(part: .IV, clause: number)
            if case .letter(let letter) = duty.mark { source.point = letter }
            read(duty, source: source, units: units)
        }
    }

    /// A duty: an assignment when it cites Part II, else a duty kept as a comment.
    mutating func read(_ duty: PartIVItem.Duty, source: Citation, units: [String]) {
        let text = duty.text
        var units = units
        // "Các Sở, ban, ngành thành phố chủ trì …": the sentence names its own subject.
        if let chair = text.firstRange(of: " chủ trì"), text.hasPrefix("Các ") {
            units = UnitNames.split(String(text[..<chair.lowerBound])).map { names.id(for: $0, line: duty.line) }
        }
        let isDeadline = deadline(in: text, source: source, units: units, line: duty.line)
        guard let span = citationSpan(text) else {
            plan.duties.append(ExtractedPlan.Duty(source: source, line: duty.line, units: units, text: text))
            if !isDeadline {
                // Not a fault of the text, but nothing the draft can assign: said, as a note.
                add(.noCitation(source), line: duty.line, column: duty.offset + 1, severity: .note)
            }
            return
        }
        let cited = String(text[span])
        let column = duty.offset + text.unicodeScalars.distance(from: text.startIndex, to: span.lowerBound) + 1
        switch CitationParser.parse(cited) {
        case .failure(let error):
            add(.unreadableCitation(cited, error.problem), line: duty.line, column: column + error.offset)
            plan.duties.append(ExtractedPlan.Duty(source: source, line: duty.line, units: units, text: text))
        case .success(let refs):
            let before = String(text[..<span.lowerBound])
            let role: ExtractedPlan.Role = before.lowercased().contains("chủ trì") ? .chairs : .implements
            var coordinators: [String] = []
            if let match = before.firstMatch(of: patterns.coordinators) {
                coordinators = UnitNames.split(String(match.1)).map { names.id(for: $0, line: duty.line) }
            }
            plan.assignments.append(
                ExtractedPlan.Assignment(
                    source: source, line: duty.line, units: units, role: role, cited: cited,
                    citations: refs.map(\.citation), coordinators: coordinators,
                    guess: role == .implements && !before.lowercased().contains("tổ chức thực hiện")
                        ? "\"\(Self.firstWords(before))…\" says neither chủ trì nor tổ chức thực hiện: taken as implements"
                        : nil))
        }
    }

    /// Where a sentence cites Part II: from its first `mục (n)`, `điểm x` or
    /// `khoản n` to its last `phần II`.
    func citationSpan(_ text: String) -> Range<String.Index>? {
        guard text.contains("phần II"), let end = text.ranges(of: patterns.partII).last else { return nil }
        let head = text[..<end.upperBound]
        guard let start = head.firstRange(of: patterns.citationStart) else { return nil }
        return start.lowerBound..<end.upperBound
    }

    static func firstWords(_ text: String) -> String {
        text.split(separator: " ").prefix(4).joined(separator: " ")
    }

    /// "trước ngày 01 tháng 12" (or "đến ngày"), with whom the report goes to and through.
    /// Whether the sentence sets one.
    @discardableResult
    mutating func deadline(in text: String, source: Citation, units: [String], line: Int) -> Bool {
        guard text.contains(" ngày "), let match = text.firstMatch(of: patterns.deadline),
            let day = Int(match.2), let month = Int(match.3), (1...12).contains(month), (1...31).contains(day)
        else { return false }
        var to: String?
        if let recipient = text.firstMatch(of: patterns.recipient) {
            to = names.id(for: String(recipient.0), line: line)
        }
        var via: String?
        if let through = text.firstMatch(of: patterns.via) {
            via = names.id(for: String(through.1), line: line)
        }
        plan.deadlines.append(
            ExtractedPlan.Deadline(
                id: "", source: source, line: line, from: units, to: to, via: via,
                due: Plan.Due(kind: match.1 == "trước" ? .before : .by, month: month, day: day),
                phrase: String(match.0)))
        return true
    }

    /// Names the deadlines: a report due from the unit the others go through sums
    /// theirs up (`synthesis`); the others are the units' own (`unit-annual`).
    mutating func readDeadlines() {
        let vias = Set(plan.deadlines.compactMap(\.via))
        var used: [String: Int] = [:]
        func name(_ base: String) -> String {
            used[base, default: 0] += 1
            return used[base]! == 1 ? base : "\(base)-\(used[base]!)"
        }
        for index in plan.deadlines.indices
        where plan.deadlines[index].via != nil || !plan.deadlines[index].from.contains(where: vias.contains) {
            plan.deadlines[index].id = name("unit-annual")
        }
        let firstUnitReport = plan.deadlines.first { !$0.id.isEmpty }?.id
        for index in plan.deadlines.indices where plan.deadlines[index].id.isEmpty {
            plan.deadlines[index].id = name("synthesis")
            plan.deadlines[index].synthesizes = firstUnitReport
        }
        plan.coordinator = plan.deadlines.compactMap(\.via).first
    }
}
