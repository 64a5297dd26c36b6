import DXYAML

/// The result of reading a unit registry: the registry when it could be built,
/// the findings met on the way, and the file as read.
public struct RegistryLoad: Sendable {
    public var registry: Registry?
    public var findings: [Finding]
    public var source: SourceFile?
}

/// Reads `units.yaml` into a `Registry`.
public enum RegistryLoader {
    public static func load(_ path: String, limits: Limits = .default) -> RegistryLoad {
        switch SourceFile.read(path, limits: limits) {
        case .success(let file): return load(file, limits: limits)
        case .failure(let error):
            return RegistryLoad(
                registry: nil, findings: [Finding(.unreadableYAML(error), at: Finding.Location(path: path))])
        }
    }

    /// A registry from bytes already read.
    public static func load(_ file: SourceFile, limits: Limits = .default) -> RegistryLoad {
        let path = file.path
        var reader = FileReader(file: file, limits: limits)
        guard let root = reader.root else {
            return RegistryLoad(registry: nil, findings: reader.findings, source: file)
        }
        var registry = Registry(path: path)
        guard let top = reader.fields(root, .place(.registry), required: ["units"], optional: ["groups"]) else {
            return RegistryLoad(registry: nil, findings: reader.findings, source: file)
        }
        if let groups = top["groups"] {
            for (id, keyNode, value) in reader.entries(groups, "groups") {
                guard let fields = reader.fields(value, .place(.group(id)), required: ["kind"], optional: ["since"]),
                    let kindNode = fields["kind"]
                else { continue }
                // `kind: department`, or a list: `kind: [department, office, agency]`.
                var kinds: [String] = []
                for node in kindNode.sequence ?? [kindNode] {
                    guard let kind = reader.string(node, "kind") else { continue }
                    if !Registry.kinds.contains(kind) {
                        reader.add(.unknownKind(kind, known: Registry.kinds.sorted()), at: node)
                    }
                    if !kinds.contains(kind) { kinds.append(kind) }
                }
                registry.groups[id] = Registry.Group(
                    id: id, kinds: kinds, since: fields["since"].flatMap { reader.date($0) },
                    location: reader.location(keyNode))
            }
        }
        let entries = reader.entries(top["units"] ?? root, "units")
        // A national registry has tens of thousands of units: its tables are made
        // at their size once rather than grown and rehashed.
        var units: [String: Registry.Unit] = [:]
        var order: [String] = []
        units.reserveCapacity(entries.count)
        order.reserveCapacity(entries.count)
        for (id, keyNode, value) in entries {
            if !isValidID(id) {
                reader.add(.badUnitID(id), at: keyNode)
            }
            if registry.groups[id] != nil {
                reader.add(.groupAndUnit(id), at: keyNode)
            }
            guard
                let fields = reader.fields(
                    value, .place(.unit(id)), required: ["name", "kind"],
                    optional: [
                        "short", "email", "since", "until", "successor", "transfers", "inferred", "reason", "note",
                    ])
            else { continue }
            let name = fields["name"].flatMap { reader.singleLine($0, "name") } ?? id
            let kind = fields["kind"].flatMap { reader.string($0, "kind") } ?? "department"
            if let node = fields["kind"], !Registry.kinds.contains(kind) {
                reader.add(.unknownKind(kind, known: Registry.kinds.sorted()), at: node)
            }
            var email: String?
            if let node = fields["email"], let text = reader.singleLine(node, "email") {
                if EmailAddress.isValid(text) {
                    email = text
                } else {
                    reader.add(.badEmail(text), at: node)
                }
            }
            let inferred = fields["inferred"].flatMap { reader.boolean($0) } ?? false
            let reason = fields["reason"].flatMap { reader.string($0, "reason") }
            if inferred, reason == nil {
                reader.add(.inferredWithoutReason(id), at: keyNode)
            }
            var successors: [String] = []
            var successorLocations: [Finding.Location] = []
            for node in fields["successor"].map({ reader.list($0) }) ?? [] {
                guard let text = reader.string(node, "successor") else { continue }
                successors.append(text)
                successorLocations.append(reader.location(node))
            }
            var transfers: [Registry.Transfer] = []
            for node in fields["transfers"].map({ reader.list($0) }) ?? [] {
                guard let t = reader.fields(node, .place(.transfer(id)), required: ["tasks", "to", "since"]),
                    let to = reader.string(t["to"]!, "to"), let since = reader.date(t["since"]!)
                else { continue }
                var tasks: [Citation] = []
                for taskNode in reader.list(t["tasks"]!) {
                    guard let text = reader.string(taskNode, "tasks") else { continue }
                    switch CitationParser.parseOne(text) {
                    case .success(let ref): tasks.append(ref.citation)
                    case .failure(let error):
                        reader.add(.unreadableReference(text, error.problem), at: taskNode)
                    }
                }
                transfers.append(.init(tasks: tasks, to: to, since: since, location: reader.location(t["to"]!)))
            }
            let unit = Registry.Unit(
                id: id, name: name, short: fields["short"].flatMap { reader.singleLine($0, "short") },
                kind: kind, email: email,
                since: fields["since"].flatMap { reader.date($0) },
                until: fields["until"].flatMap { reader.date($0) },
                successors: successors, successorLocations: successorLocations, transfers: transfers,
                inferred: inferred, reason: reason, location: reader.location(keyNode))
            units[id] = unit
            order.append(id)
        }
        registry.units = units
        registry.order = order
        return RegistryLoad(registry: registry, findings: reader.findings, source: file)
    }

    static func isValidID(_ id: String) -> Bool {
        !id.isEmpty && id.utf8.allSatisfy { ($0 >= 97 && $0 <= 122) || ($0 >= 48 && $0 <= 57) || $0 == 45 }
    }
}

/// E-mail addresses as dxaudit accepts them: a plain `local@domain`, nothing that
/// could carry a second header or a display name into a message.
public enum EmailAddress {
    public static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, parts[1].contains("."), text.utf8.count <= 254 else {
            return false
        }
        let localOK = parts[0].utf8.allSatisfy { b in
            (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || "._%+-".utf8.contains(b)
        }
        let domainOK = parts[1].split(separator: ".", omittingEmptySubsequences: false).allSatisfy { label in
            !label.isEmpty
                && label.utf8.allSatisfy { b in
                    (b >= 97 && b <= 122) || (b >= 65 && b <= 90) || (b >= 48 && b <= 57) || b == 45
                }
        }
        return localOK && domainOK
    }
}
