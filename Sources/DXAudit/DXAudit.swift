import DXYAML

/// The version `dxaudit --version` prints.
public enum DXAuditVersion {
    public static let current = "0.1.0"
}
