/// An input a rule's own file gives to show what it catches and what it lets pass,
/// run by one parametrised test.
public struct RuleExample: Sendable {
    /// What the example is.
    public enum Input: Sendable {
        /// A whole plan file, read with the example registry.
        case plan(String)
        /// A whole unit registry, read with the example plan.
        case units(String)
        /// Report files of one year folder, checked against the example plan.
        case reports([String])
    }

    public var input: Input
    /// Whether the rule must fire on the input.
    public var triggers: Bool

    public static func triggering(_ input: Input) -> RuleExample { RuleExample(input: input, triggers: true) }
    public static func passing(_ input: Input) -> RuleExample { RuleExample(input: input, triggers: false) }
}
