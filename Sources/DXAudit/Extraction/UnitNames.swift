/// The units a plan's text names, given ids: those of the registry given with
/// `--units` when it has them (by name, short name, or a name that differs by a
/// word or two), else ids made from the name the way the shipped registry makes
/// them (`Sở Thông tin và Truyền thông` → `so-tttt`, `Sở Y tế` → `so-y-te`).
struct UnitNames {
    let registry: Registry?
    private(set) var units: [ExtractedPlan.Unit] = []

    init(registry: Registry?) {
        self.registry = registry
    }

    /// The groups the drafting style names by a phrase, with the kinds they stand for.
    static let groupPhrases: [(phrase: String, id: String, kinds: [String])] = [
        ("sở, ban, ngành", "so-ban-nganh", ["department", "office", "agency"]),
        ("các quận, huyện", "districts", ["district"]),
        ("các huyện, thị xã, thành phố", "districts", ["district"]),
        ("các huyện, thành phố", "districts", ["district"]),
        ("các sở, ngành", "departments", ["department"]),
    ]

    /// Several unit names written as one list (`Các Sở, ban, ngành thành phố, Ủy ban
    /// nhân dân các quận, huyện`), split where a new name begins.
    static func split(_ text: String) -> [String] {
        let starts = ["Ủy ban nhân dân", "Sở ", "Các ", "Văn phòng", "Ban ", "Ngân hàng", "Đài ", "Báo ", "Công an"]
        var names: [String] = []
        var current = ""
        for piece in text.split(separator: ",", omittingEmptySubsequences: false).map(String.init) {
            let trimmed = piece.trimmingSpaces
            if !current.isEmpty, starts.contains(where: { trimmed.hasPrefix($0) }) {
                names.append(current)
                current = trimmed
            } else {
                current = current.isEmpty ? trimmed : current + ", " + trimmed
            }
        }
        if !current.isEmpty { names.append(current) }
        return names.filter { !$0.isEmpty }
    }

    /// The id of the unit or group `name` names at `line`, recorded for the units draft.
    mutating func id(for name: String, line: Int) -> String {
        let name = name.trimmingSpaces
        let lower = name.lowercased()
        if let group = Self.groupPhrases.first(where: { lower.contains($0.phrase) }) {
            let known = registry?.groups[group.id] != nil
            return record(
                ExtractedPlan.Unit(
                    id: group.id, name: name, kinds: group.kinds, isGroup: true, line: line, known: known,
                    guess: known ? nil : "a group for \"\(name)\""))
        }
        if let registry, let (id, how) = Self.match(name, in: registry) {
            let unit = registry.units[id]
            return record(
                ExtractedPlan.Unit(
                    id: id, name: unit?.name ?? name, kinds: [unit?.kind ?? "department"],
                    isGroup: registry.groups[id] != nil, line: line, known: true, guess: how))
        }
        return record(
            ExtractedPlan.Unit(
                id: Self.makeID(name), name: name, kinds: [Self.kind(of: name)], isGroup: false, line: line,
                known: false, guess: "id and kind made from the name"))
    }

    /// The unit a lost heading of item `number` named: the registry's unit whose
    /// `reason:` begins `IV.<number>:`, else a placeholder to be named.
    mutating func lostHeading(item number: Int, line: Int, duty: String) -> String {
        if let registry,
            let unit = registry.order.compactMap({ registry.units[$0] }).first(where: {
                $0.inferred
                    && ($0.reason?.hasPrefix("IV.\(number):") ?? false
                        || $0.reason?.hasPrefix("IV.\(number) ") ?? false)
            })
        {
            return record(
                ExtractedPlan.Unit(
                    id: unit.id, name: unit.name, kinds: [unit.kind], isGroup: false, line: line, known: true,
                    guess: "heading lost; taken to be \(unit.name), as the registry's reason says",
                    inferredReason: unit.reason))
        }
        let id = "unit-iv-\(number)"
        return record(
            ExtractedPlan.Unit(
                id: id, name: "Đơn vị mục \(number) phần IV", kinds: ["department"], isGroup: false, line: line,
                known: false, guess: "heading lost: name the unit that item \(number) of Part IV is about",
                inferredReason: "IV.\(number): \(YAMLComment.oneLine(duty, limit: 100))"))
    }

    private mutating func record(_ unit: ExtractedPlan.Unit) -> String {
        if !units.contains(where: { $0.id == unit.id }) { units.append(unit) }
        return unit.id
    }

    /// A registry unit by name: the same name or short name, a registry name that
    /// begins with it (`Ủy ban nhân dân thành phố` → `… Hải Phòng`), or the name
    /// sharing the most words, at least three in four. The second value says how
    /// it was matched when not exactly.
    static func match(_ name: String, in registry: Registry) -> (String, String?)? {
        if let id = registry.resolve(name) ?? registry.resolve(PlanText.nfc(name)) { return (id, nil) }
        let lower = name.lowercased()
        let units = registry.order.compactMap { registry.units[$0] }
        let prefixed = units.filter { $0.name.lowercased().hasPrefix(lower + " ") }
        if prefixed.count == 1 {
            return (prefixed[0].id, "the text says \"\(name)\"; taken to be \(prefixed[0].name)")
        }
        let words = Set(lower.split(separator: " ").map(String.init))
        var best: (id: String, name: String, score: Double)?
        var tie = false
        for unit in units {
            let other = Set(unit.name.lowercased().split(separator: " ").map(String.init))
            let score = Double(words.intersection(other).count) / Double(words.union(other).count)
            if score > (best?.score ?? 0) {
                best = (unit.id, unit.name, score)
                tie = false
            } else if score == best?.score {
                tie = true
            }
        }
        guard let best, best.score >= 0.75, !tie else { return nil }
        return (best.id, "the text says \"\(name)\"; taken to be \(best.name)")
    }

    /// What kind of unit a name is, from its first words.
    static func kind(of name: String) -> String {
        let lower = name.lowercased()
        if lower.hasPrefix("sở ") { return "department" }
        if lower.hasPrefix("văn phòng") { return "office" }
        if lower.hasPrefix("ủy ban nhân dân quận") || lower.hasPrefix("ủy ban nhân dân huyện")
            || lower.hasPrefix("ủy ban nhân dân thị xã")
        {
            return "district"
        }
        if lower.hasPrefix("ủy ban nhân dân xã") || lower.hasPrefix("ủy ban nhân dân phường") { return "commune" }
        if lower.hasPrefix("ủy ban") || lower.hasPrefix("ban ") { return "committee" }
        if lower.hasPrefix("đài ") || lower.hasPrefix("báo ") { return "media" }
        if lower.hasPrefix("ngân hàng") || lower.hasPrefix("kho bạc") || lower.hasPrefix("cục ") { return "agency" }
        return "organisation"
    }

    /// An id from a name: the city or province committee is `ubnd`, its office
    /// `vp-ubnd`; a department of one or two words spells them (`so-y-te`), a longer
    /// one takes their initials (`so-tttt`); anything else takes initials too.
    static func makeID(_ name: String) -> String {
        let stop: Set<String> = ["và", "của", "tại"]
        let words = name.lowercased().split(whereSeparator: { $0 == " " || $0 == "," })
            .filter { !stop.contains(String($0)) }.map { ascii(String($0)) }.filter { !$0.isEmpty }
        let lower = name.lowercased()
        if lower == "ủy ban nhân dân thành phố" || lower == "ủy ban nhân dân tỉnh"
            || (lower.hasPrefix("ủy ban nhân dân thành phố ") || lower.hasPrefix("ủy ban nhân dân tỉnh "))
                && !lower.contains(" các ")
        {
            return "ubnd"
        }
        if lower.hasPrefix("văn phòng ủy ban nhân dân") { return "vp-ubnd" }
        let significant = words
        if words.first == "so", significant.count > 1 {
            let rest = significant.dropFirst()
            return rest.count <= 2
                ? "so-" + rest.joined(separator: "-") : "so-" + rest.compactMap(\.first).map(String.init).joined()
        }
        let id =
            significant.count <= 3
            ? significant.joined(separator: "-") : significant.compactMap(\.first).map(String.init).joined()
        return id.isEmpty ? "unit" : id
    }

    /// Lower-case ASCII letters and digits of a Vietnamese word, marks left off.
    static func ascii(_ word: String) -> String {
        var out = ""
        for character in PlanText.nfc(word.lowercased()) {
            if let base = folded[character] {
                out.append(base)
            } else if character.isASCII, character.isLetter || character.isNumber {
                out.append(character)
            }
        }
        return out
    }

    /// Each Vietnamese letter with marks, to its letter without them.
    static let folded: [Character: Character] = {
        let groups: [(Character, String)] = [
            ("a", "àáảãạăằắẳẵặâầấẩẫậ"), ("e", "èéẻẽẹêềếểễệ"), ("i", "ìíỉĩị"),
            ("o", "òóỏõọôồốổỗộơờớởỡợ"), ("u", "ùúủũụưừứửữự"), ("y", "ỳýỷỹỵ"), ("d", "đ"),
        ]
        var table: [Character: Character] = [:]
        for (base, marked) in groups {
            for letter in marked { table[letter] = base }
        }
        return table
    }()
}

/// How the extractor names a unit it found no id for, for tests and the README.
public enum UnitIDs {
    /// `Sở Thông tin và Truyền thông` → `so-tttt`, `Sở Y tế` → `so-y-te`.
    public static func make(_ name: String) -> String { UnitNames.makeID(name) }
}

extension String {
    /// Without spaces at either end.
    var trimmingSpaces: String {
        guard first == " " || last == " " else { return self }
        var start = startIndex
        var end = endIndex
        while start < end, self[start] == " " { formIndex(after: &start) }
        while end > start, self[index(before: end)] == " " { formIndex(before: &end) }
        return String(self[start..<end])
    }
}
