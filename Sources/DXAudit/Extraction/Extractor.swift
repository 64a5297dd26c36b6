import DXYAML

/// Reads a plan's text drafted in the usual style of a provincial plan (Phần I mục
/// tiêu with `1.`, `a)` and `-` bullets; Phần II nhiệm vụ with khoản `1.`, điểm `a)`,
/// mục `(1).` and `-` details; Phần III kinh phí; Phần IV tổ chức thực hiện with
/// `N. Sở X:` and its duties) into an `ExtractedPlan`. A part whose heading the text
/// lost is found where the numbering starts again at `1.`.
public enum Extractor {
    /// The plan in `text`; `registry` (from `--units`) gives units their ids.
    public static func extract(_ text: PlanText, registry: Registry? = nil) -> ExtractedPlan {
        var reader = Reader(text: text, names: UnitNames(registry: registry))
        reader.run()
        var plan = reader.plan
        plan.units = reader.names.units
        if registry != nil {
            for unit in plan.units where !unit.known && unit.inferredReason == nil {
                plan.findings.append(
                    Finding(.notInRegistry(unit.name, drafted: unit.id), at: .init(path: text.path, line: unit.line)))
            }
        }
        plan.findings = plan.findings.sortedByPlace()
        return plan
    }

    /// The document's parts, in the order they come.
    enum Part: Int, Comparable {
        case header, partI, partII, partIII, partIV, end
        static func < (a: Part, b: Part) -> Bool { a.rawValue < b.rawValue }
    }

    /// One pass over the lines.
    struct Reader {
        let text: PlanText
        var names: UnitNames
        var plan: ExtractedPlan
        var part = Part.header
        // Part I
        var section = 0
        var sectionYear: Int?
        var targetPoint = ""
        var bullet = 0
        // Part II
        var clause = 0
        var point: String?
        var item = 0
        // Part III and IV
        var lastNumber = 0
        var items: [PartIVItem] = []

        init(text: PlanText, names: UnitNames) {
            self.text = text
            self.names = names
            self.plan = ExtractedPlan(path: text.path)
        }

        func location(_ line: Int, column: Int = 1) -> Finding.Location {
            Finding.Location(path: text.path, line: line, column: column)
        }

        mutating func add(_ message: Finding.Message, line: Int, column: Int = 1) {
            plan.findings.append(Finding(message, at: location(line, column: column)))
        }

        mutating func run() {
            for (index, raw) in text.lines.enumerated() {
                let number = index + 1
                let line = raw.trimmingSpaces
                guard !line.isEmpty else { continue }
                if part == .header { header(line, number) }
                if let roman = line.firstMatch(of: /^(I|II|III|IV|V)\.\s+\p{Lu}/)?.1 {
                    switch roman {
                    case "I": part = .partI
                    case "II": startPartII()
                    case "III": part = .partIII
                    case "IV": startPartIV()
                    default: part = .end
                    }
                    lastNumber = 0
                    continue
                }
                switch part {
                case .header:
                    if line.hasPrefix("1. ") {
                        add(.lostPartHeading("I"), line: number)
                        part = .partI
                        partI(line, number)
                    }
                case .partI: partI(line, number)
                case .partII: partII(line, number)
                case .partIII:
                    if let n = Self.clauseNumber(line) {
                        if n <= lastNumber {
                            add(.lostPartHeading("IV"), line: number)
                            startPartIV()
                            partIV(line, number)
                        } else {
                            lastNumber = n
                        }
                    }
                case .partIV: partIV(line, number)
                case .end: break
                }
            }
            finishHeader()
            finishPartIV()
        }

        /// The issuer in full (`Ủy ban nhân dân thành phố Hải Phòng`) and the years the
        /// plan is in force, from what the header and Part I say.
        mutating func finishHeader() {
            if plan.header.issuer != nil, let place = plan.header.place {
                let level = text.lines.contains { $0.contains("Ủy ban nhân dân tỉnh") } ? "tỉnh" : "thành phố"
                plan.header.issuer = "Ủy ban nhân dân \(level) \(place)"
            }
            if let issuer = plan.header.issuer {
                plan.header.issuerID = names.id(for: issuer, line: plan.header.line)
            }
            let named = (plan.header.title ?? "").matches(of: /năm (\d{4})/).compactMap { Int($0.1) }
            let last = (plan.targets.compactMap(\.year) + named).max()
            if let span = (plan.header.title ?? "").firstMatch(of: /(\d{4})\s*-\s*(\d{4})/),
                let first = Int(span.1), let end = Int(span.2), first <= end
            {
                plan.header.years = first...end  // "giai đoạn 2021 - 2025"
            } else if let issued = plan.header.issued, let last, last > issued.year {
                plan.header.years = (issued.year + 1)...last
            }
        }

        static func clauseNumber(_ line: String) -> Int? {
            line.firstMatch(of: /^(\d{1,2})\.\s/).flatMap { Int($0.1) }
        }

        // MARK: Header

        mutating func header(_ line: String, _ number: Int) {
            if plan.header.number == nil, let match = line.firstMatch(of: /Số:\s*([0-9]+\/[A-ZĐ0-9\-]+)/) {
                plan.header.number = String(match.1)
                plan.header.line = number
            }
            if plan.header.issued == nil,
                let match = line.firstMatch(of: /([\p{L} ]+?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/),
                let day = Int(match.2), let month = Int(match.3), let year = Int(match.4)
            {
                plan.header.place = String(match.1).split(separator: "|").last.map { String($0).trimmingSpaces }
                plan.header.issued = CivilDate(year: year, month: month, day: day)
            }
            if plan.header.title == nil, plan.header.number != nil, !line.contains("|"),
                line.count > 10, line == line.uppercased(), line.contains(where: \.isLetter)
            {
                title(fromCapitals: line)
            }
            if plan.header.issuer == nil, line.uppercased().hasPrefix("ỦY BAN NHÂN DÂN") {
                plan.header.issuer = "Ủy ban nhân dân"
            }
        }

        /// The title in the document's own case: the capitals of the heading found
        /// again in the text (`ban hành Kế hoạch Chuyển đổi số thành phố Hải Phòng …`),
        /// else the capitals in lower case after the first letter, as a guess.
        mutating func title(fromCapitals capitals: String) {
            let lowerTitle = capitals.lowercased()
            for line in text.lines {
                let lower = line.lowercased()
                guard let range = lower.firstRange(of: lowerTitle) else { continue }
                let start = lower.distance(from: lower.startIndex, to: range.lowerBound)
                let found = String(line.dropFirst(start).prefix(capitals.count))
                if found != capitals {
                    plan.header.title = found
                    return
                }
            }
            plan.header.title = capitals.prefix(1) + capitals.dropFirst().lowercased()
            plan.header.titleGuessed = true
        }

        // MARK: Part I

        mutating func partI(_ line: String, _ number: Int) {
            if let match = line.firstMatch(of: /^(\d{1,2})\.\s+(.*)$/), let n = Int(match.1) {
                section = n
                sectionYear = String(match.2).firstMatch(of: /năm\s+(\d{4})/).flatMap { Int($0.1) }
                targetPoint = ""
                bullet = 0
                return
            }
            if let match = line.firstMatch(of: /^([a-zđ])\)\s/) {
                targetPoint = String(match.1)
                bullet = 0
                return
            }
            guard section > 0, let match = line.firstMatch(of: /^-\s*(.+)$/) else { return }
            bullet += 1
            let text = String(match.1)
            let percentages = text.matches(of: /(\d+(?:[.,]\d+)?)\s*%/).compactMap {
                Double(String($0.1).replacingComma)
            }
            let ranks = text.matches(of: /nhóm\s+(\d+)/).compactMap { Double(String($0.1)) }
            plan.targets.append(
                ExtractedPlan.Target(
                    citation: Citation(
                        part: .I, clause: section, point: targetPoint.isEmpty ? nil : targetPoint, item: bullet),
                    text: text, year: sectionYear, percentages: percentages, ranks: ranks, line: number))
        }

        // MARK: Part II

        mutating func startPartII() {
            part = .partII
            clause = 0
            point = nil
        }

        mutating func partII(_ line: String, _ number: Int) {
            if let match = line.firstMatch(of: /^(\d{1,2})\.\s+(.+)$/), let n = Int(match.1) {
                if n <= clause {
                    // The numbering starts again: Part III, whose heading the text lost.
                    add(.lostPartHeading("III"), line: number)
                    part = .partIII
                    lastNumber = n
                    return
                }
                if n != clause + 1 { add(.numberingGap(after: "II.\(clause)", found: "II.\(n)"), line: number) }
                clause = n
                point = nil
                item = 0
                addTask(Citation(part: .II, clause: n), heading(String(match.2)), number)
                return
            }
            guard clause > 0 else { return }
            if let match = line.firstMatch(of: /^([a-zđA-Z])\)\s+(.+)$/) {
                let letter = String(match.1).lowercased()
                let expected = point.flatMap { Citation.letters.firstIndex(of: $0) }.map { $0 + 1 } ?? 0
                if Citation.letters.firstIndex(of: letter) != expected, expected < Citation.letters.count {
                    let before = point.map { "II.\(clause).\($0)" } ?? "II.\(clause)"
                    add(.numberingGap(after: before, found: "II.\(clause).\(letter)"), line: number)
                }
                point = letter
                item = 0
                addTask(Citation(part: .II, clause: clause, point: letter), heading(String(match.2)), number)
                return
            }
            if let match = line.firstMatch(of: /^\((\d{1,2})\)\.?\s+(.+)$/), let n = Int(match.1), let point {
                if n != item + 1 {
                    add(
                        .numberingGap(
                            after: "II.\(clause).\(point)" + (item > 0 ? ".\(item)" : ""),
                            found: "II.\(clause).\(point).\(n)"),
                        line: number)
                }
                item = n
                addTask(Citation(part: .II, clause: clause, point: point, item: n), heading(String(match.2)), number)
                return
            }
            // A "- " line or a paragraph: a detail of the point, or the clause's note.
            let body = line.firstMatch(of: /^-\s*(.+)$/).map { String($0.1) } ?? line
            guard let last = plan.tasks.indices.last else { return }
            if point == nil, !line.hasPrefix("-"), plan.tasks[last].note == nil {
                plan.tasks[last].note = body
            } else {
                plan.tasks[last].details.append(body)
                plan.tasks[last].detailLines.append(number)
            }
        }

        /// A clause's, point's or item's text without the colon that ends a heading.
        func heading(_ text: String) -> String {
            text.hasSuffix(":") ? String(text.dropLast()).trimmingSpaces : text
        }

        mutating func addTask(_ citation: Citation, _ text: String, _ line: Int) {
            plan.tasks.append(ExtractedPlan.Task(citation: citation, text: text, line: line))
        }
    }
}

extension String {
    /// `76,5` read as `76.5`.
    var replacingComma: String { String(map { $0 == "," ? "." : $0 }) }
}
