extension Unicode.Scalar {
    /// A character that can end a line or steer a terminal when printed raw: C0
    /// controls (NUL, TAB, LF, CR, ESC …), DEL, C1 controls (NEL …) and the Unicode
    /// line and paragraph separators U+2028 and U+2029.
    public var isControlOrLineSeparator: Bool {
        value < 0x20 || (0x7F...0x9F).contains(value) || value == 0x2028 || value == 0x2029
    }
}
