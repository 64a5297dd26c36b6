import DXYAML

/// Reads a plan's text drafted in the usual style of a provincial plan (Phần I mục
/// tiêu with `1.`, `a)` and `-` bullets; Phần II nhiệm vụ with khoản `1.`, điểm `a)`,
/// mục `(1).` and `-` details; Phần III kinh phí; Phần IV tổ chức thực hiện with
/// `N. Sở X:` and its duties) into an `ExtractedPlan`. A part whose heading the text
/// lost is found where the numbering starts again at `1.`.
public enum Extractor {
    /// How much of the text to read.
    public enum Reach: Sendable {
        /// Everything `extract` drafts.
        case whole
        /// The header, Part I and Part II, as `source-drift` needs them.
        case tasks
    }

    /// The plan in `text`; `registry` (from `--units`) gives units their ids.
    public static func extract(_ text: PlanText, registry: Registry? = nil, reach: Reach = .whole) -> ExtractedPlan {
        var reader = Reader(text: text, names: UnitNames(registry: registry))
        reader.run(until: reach == .tasks ? .partIII : .end)
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

    /// The patterns of the drafting style, each built once a run and only when first
    /// needed: a regex literal is parsed each time it is evaluated, and a `Regex` is
    /// not `Sendable` to be a static.
    final class Patterns {
        lazy var roman = /^(I|II|III|IV|V)\.\s+\p{Lu}/
        lazy var yearNamed = /năm (\d{4})/
        lazy var period = /(\d{4})\s*-\s*(\d{4})/
        lazy var clauseNumber = /^(\d{1,2})\.\s/
        lazy var documentNumber = /Số:\s*([0-9]+\/[A-ZĐ0-9\-]+)/
        lazy var placeAndDate = /([\p{L} ]+?),\s*ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})/
        lazy var section = /^(\d{1,2})\.\s+(.*)$/
        lazy var sectionYear = /năm\s+(\d{4})/
        lazy var targetPoint = /^([a-zđ])\)\s/
        lazy var dash = /^-\s*(.+)$/
        lazy var percentage = /(\d+(?:[.,]\d+)?)\s*%/
        lazy var rank = /nhóm\s+(\d+)/
        lazy var numbered = /^(\d{1,2})\.\s+(.+)$/
        lazy var point = /^([a-zđA-Z])\)\s+(.+)$/
        lazy var item = /^\((\d{1,2})\)\.?\s+(.+)$/
        lazy var duty = /^([a-zđ])\)\s+(.+)$/
        lazy var coordinators = /phối hợp với (.+?) (?:triển khai|thực hiện|tổ chức)/
        lazy var partII = /phần II(?![IV])/
        lazy var citationStart = /(?:mục \(\d+\)|điểm \p{L}\b|khoản \d)/
        lazy var deadline = /(trước|đến) ngày (\d{1,2}) tháng (\d{1,2})/
        lazy var recipient = /Ủy ban nhân dân (?:thành phố|tỉnh)/
        lazy var via = /\(qua ([^)]+)\)/
    }

    /// What a line's first characters make it, so that only a line that may be a
    /// heading, a point, an item or a bullet is matched against its pattern.
    enum Shape: Equatable {
        case roman, number, letter, item, dash, text

        init(_ line: String) {
            let first = line.first
            let second = line.dropFirst().first
            if first == "-" {
                self = .dash
            } else if first == "(" {
                self = .item
            } else if let first, first.isASCII, first.isNumber {
                self = .number
            } else if second == ")" {
                self = .letter
            } else if first == "I" || first == "V" {
                self = .roman
            } else {
                self = .text
            }
        }
    }

    /// The document's parts, in the order they come.
    enum Part: Int, Comparable {
        case header, partI, partII, partIII, partIV, end
        static func < (a: Part, b: Part) -> Bool { a.rawValue < b.rawValue }
    }

    /// One pass over the lines.
    struct Reader {
        let text: PlanText
        let patterns = Patterns()
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

        mutating func add(
            _ message: Finding.Message, line: Int, column: Int = 1, severity: Finding.Severity? = nil
        ) {
            plan.findings.append(Finding(message, at: location(line, column: column), severity: severity))
        }

        mutating func run(until last: Part) {
            for (index, raw) in text.lines.enumerated() {
                if part >= last { break }
                let number = index + 1
                let line = raw.trimmingSpaces
                guard !line.isEmpty else { continue }
                if part == .header { header(line, number) }
                let shape = Shape(line)
                if shape == .roman, let roman = line.firstMatch(of: patterns.roman)?.1 {
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
                        partI(line, number, shape)
                    }
                case .partI: partI(line, number, shape)
                case .partII: partII(line, number, shape)
                case .partIII:
                    if shape == .number, let n = clauseNumber(line) {
                        if n <= lastNumber {
                            add(.lostPartHeading("IV"), line: number)
                            startPartIV()
                            partIV(line, number, shape)
                        } else {
                            lastNumber = n
                        }
                    }
                case .partIV: partIV(line, number, shape)
                case .end: break
                }
            }
            guard last == .end else { return }  // only the tasks are wanted
            finishHeader()
            finishPartIV()
        }

        /// The issuer in full (`Ủy ban nhân dân thành phố Hải Phòng`) and the years the
        /// plan is in force, from what the header and Part I say.
        mutating func finishHeader() {
            if plan.header.issuer != nil, let place = plan.header.place {
                let title = plan.header.title ?? ""
                let level =
                    title.contains("tỉnh \(place)")
                        || !title.contains("thành phố \(place)")
                            && text.lines.contains { $0.contains("Ủy ban nhân dân tỉnh") }
                    ? "tỉnh" : "thành phố"
                plan.header.issuer = "Ủy ban nhân dân \(level) \(place)"
            }
            if let issuer = plan.header.issuer {
                plan.header.issuerID = names.id(for: issuer, line: plan.header.line)
            }
            let named = (plan.header.title ?? "").matches(of: patterns.yearNamed).compactMap { Int($0.1) }
            let last = (plan.targets.compactMap(\.year) + named).max()
            if let span = (plan.header.title ?? "").firstMatch(of: patterns.period),
                let first = Int(span.1), let end = Int(span.2), first <= end
            {
                plan.header.years = first...end  // "giai đoạn 2021 - 2025"
            } else if let issued = plan.header.issued, let last, last > issued.year {
                plan.header.years = (issued.year + 1)...last
            }
        }

        func clauseNumber(_ line: String) -> Int? {
            line.firstMatch(of: patterns.clauseNumber).flatMap { Int($0.1) }
        }

        // MARK: Header

        mutating func header(_ line: String, _ number: Int) {
            if plan.header.number == nil, let match = line.firstMatch(of: patterns.documentNumber) {
                plan.header.number = String(match.1)
                plan.header.line = number
            }
            if plan.header.issued == nil, line.contains("ngày"),
                let match = line.firstMatch(of: patterns.placeAndDate),
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

        mutating func partI(_ line: String, _ number: Int, _ shape: Shape) {
            if shape == .number, let match = line.firstMatch(of: patterns.section), let n = Int(match.1) {
                section = n
                sectionYear = String(match.2).firstMatch(of: patterns.sectionYear).flatMap { Int($0.1) }
                targetPoint = ""
                bullet = 0
                return
            }
            if shape == .letter, let match = line.firstMatch(of: patterns.targetPoint) {
                targetPoint = String(match.1)
                bullet = 0
                return
            }
            guard section > 0, shape == .dash, let match = line.firstMatch(of: patterns.dash) else { return }
            bullet += 1
            let text = String(match.1)
            let percentages = text.matches(of: patterns.percentage).compactMap {
                Double(String($0.1).replacingComma)
            }
            let ranks = text.matches(of: patterns.rank).compactMap { Double(String($0.1)) }
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

        mutating func partII(_ line: String, _ number: Int, _ shape: Shape) {
            if shape == .number, let match = line.firstMatch(of: patterns.numbered), let n = Int(match.1) {
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
            if shape == .letter, let match = line.firstMatch(of: patterns.point) {
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
            if shape == .item, let match = line.firstMatch(of: patterns.item), let n = Int(match.1), let point {
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
            let body = shape == .dash ? line.firstMatch(of: patterns.dash).map { String($0.1) } ?? line : line
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
