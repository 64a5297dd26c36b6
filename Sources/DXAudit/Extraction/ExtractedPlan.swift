import DXYAML

/// What `dxaudit extract` read from a plan's text: the header, Part I's targets,
/// the Part II tree, Part IV's assignments and deadlines, and every unit the text
/// names, each with the line it stands on; what had to be guessed says so, and what
/// could not be read is a finding at its line.
public struct ExtractedPlan: Sendable {
    /// The document's number, date, place, title and issuer, as far as they can be read.
    public struct Header: Sendable {
        public var number: String?
        public var place: String?
        public var issued: CivilDate?
        public var title: String?
        /// Set when the title had to be made from the capitals of the heading.
        public var titleGuessed = false
        public var issuer: String?
        /// The unit id of the issuer, the usual recipient of reports.
        public var issuerID: String?
        /// The years the plan is in force: from the year after it was issued to the
        /// last year Part I names.
        public var years: ClosedRange<Int>?
        public var line: Int = 1
    }

    /// A Part I bullet (`I.1.a.1`) with the year of its section and the numbers it sets.
    public struct Target: Sendable {
        public var citation: Citation
        public var text: String
        public var year: Int?
        /// The percentages of the bullet, in order (`80%`), then ranks (`nhóm 15`).
        public var percentages: [Double]
        public var ranks: [Double]
        public var line: Int
    }

    /// A Part II clause, point or item, with the unnumbered lines under it.
    public struct Task: Sendable {
        public var citation: Citation
        public var text: String
        public var details: [String] = []
        public var note: String?
        public var line: Int
        /// The source line of each detail, in order.
        public var detailLines: [Int] = []
    }

    /// A unit or group the text names, with the id the draft gives it.
    public struct Unit: Sendable {
        public var id: String
        public var name: String
        /// `department`, `district` …; a group has its members' kinds.
        public var kinds: [String]
        public var isGroup: Bool
        /// The line that first names it.
        public var line: Int
        /// Found in the registry given with `--units`, so the draft does not list it.
        public var known: Bool
        /// What was guessed about it (its id, kind or identity), for a comment.
        public var guess: String?
        /// For a unit taken to be the one a lost heading named: why.
        public var inferredReason: String?
    }

    /// chủ trì or tổ chức thực hiện.
    public enum Role: String, Sendable {
        case chairs, implements
    }

    /// One Part IV duty that cites Part II: who, in which role, which tasks.
    public struct Assignment: Sendable {
        /// `IV.3.a`, or `IV.7` for a duty without a letter.
        public var source: Citation
        public var line: Int
        public var units: [String]
        public var role: Role
        /// The citation as the text writes it: `điểm c, d khoản 1 phần II`.
        public var cited: String
        public var citations: [Citation]
        public var coordinators: [String]
        public var guess: String?
    }

    /// A Part IV duty that cites no Part II task (kept as a comment in the draft).
    public struct Duty: Sendable {
        public var source: Citation
        public var line: Int
        public var units: [String]
        public var text: String
    }

    /// A reporting deadline of Part IV: "trước ngày 01 tháng 12".
    public struct Deadline: Sendable {
        public var id: String
        public var source: Citation
        public var line: Int
        public var from: [String]
        public var to: String?
        public var via: String?
        public var due: Plan.Due
        /// The words of the text: `trước ngày 01 tháng 12`.
        public var phrase: String
        public var synthesizes: String?
    }

    public var path: String
    public var header = Header()
    public var targets: [Target] = []
    public var tasks: [Task] = []
    public var units: [Unit] = []
    public var assignments: [Assignment] = []
    public var duties: [Duty] = []
    public var deadlines: [Deadline] = []
    /// Who receives the unit reports, when the text says (the "qua …" of a deadline).
    public var coordinator: String?
    /// What the text did not let the extractor read, at the text's lines.
    public var findings: [Finding] = []

    public init(path: String) {
        self.path = path
    }

    public func task(_ citation: Citation) -> Task? {
        tasks.first { $0.citation == citation }
    }

    public func unit(_ id: String) -> Unit? {
        units.first { $0.id == id }
    }
}
