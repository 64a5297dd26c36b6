import Testing

@testable import DXAudit

/// Names written instead of unit ids, looked up in an index made on first use.
@Suite struct RegistryNameTests {
    static func unit(_ id: String, _ name: String, short: String? = nil) -> Registry.Unit {
        Registry.Unit(
            id: id, name: name, short: short, kind: "department", inferred: false,
            location: .init(path: "units.yaml"))
    }

    static func registry(_ units: [Registry.Unit]) -> Registry {
        var registry = Registry(path: "units.yaml")
        for unit in units {
            registry.units[unit.id] = unit
            registry.order.append(unit.id)
        }
        return registry
    }

    @Test func namesAndShortNamesResolveWhateverTheirCase() {
        let registry = Self.registry([
            Self.unit("so-y-te", "Sở Y tế"), Self.unit("so-tttt", "Sở Thông tin và Truyền thông", short: "Sở TT&TT"),
        ])
        #expect(registry.resolve("so-y-te") == "so-y-te")
        #expect(registry.resolve("SỞ Y TẾ") == "so-y-te")
        #expect(registry.resolve("sở tt&tt") == "so-tttt")
        #expect(registry.resolve("Sở Nội vụ") == nil)
    }

    @Test func aNameTwoUnitsShareStandsForNobody() {
        let registry = Self.registry([
            Self.unit("a", "Phòng Văn hóa", short: "PVH"), Self.unit("b", "Phòng văn hóa"),
        ])
        #expect(registry.resolve("phòng văn hóa") == nil)
        #expect(registry.resolve("PVH") == "a")
    }

    @Test func aCopyThatChangesItsUnitsLooksUpItsOwnNames() {
        let first = Self.registry([Self.unit("so-y-te", "Sở Y tế")])
        #expect(first.resolve("Sở Y tế") == "so-y-te")  // the index is made here
        var second = first
        second.units["so-y-te"] = nil
        second.units["so-yt"] = Self.unit("so-yt", "Sở Y tế")
        second.order = ["so-yt"]
        #expect(second.resolve("Sở Y tế") == "so-yt")
        #expect(first.resolve("Sở Y tế") == "so-y-te")
    }
}
