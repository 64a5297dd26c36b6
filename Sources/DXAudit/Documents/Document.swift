/// A document as Vietnamese offices lay one out (Nghị định 30/2020/NĐ-CP, Phụ lục I):
/// the page, the header above the title, and the blocks of the body in order. It
/// says what the document holds, not how a format draws it: `DocxWriter`,
/// `HTMLWriter` and `MarkdownWriter` render the same value.
public struct Document: Sendable, Equatable {
    public var page: PageSetup
    /// The issuing body, the document's number, quốc hiệu, tiêu ngữ, place and date.
    public var header: OfficialHeader?
    public var blocks: [Block]
    /// The document's title in its properties (docx core properties, the HTML
    /// `<title>`); not printed on the page.
    public var title: String

    public init(
        page: PageSetup = .decree30, header: OfficialHeader? = nil, blocks: [Block], title: String = ""
    ) {
        self.page = page
        self.header = header
        self.blocks = blocks
        self.title = title
    }
}

extension Document {
    /// Paper and margins in millimetres, and where the page number goes.
    public struct PageSetup: Sendable, Equatable {
        public enum PageNumbers: Sendable, Equatable {
            case none
            /// Centred in the top margin from the second page on, as NĐ 30 places it.
            case top
            /// Centred in the bottom margin from the second page on.
            case bottom
        }

        public var width: Int
        public var height: Int
        public var top: Int
        public var bottom: Int
        public var left: Int
        public var right: Int
        public var pageNumbers: PageNumbers

        public init(
            width: Int, height: Int, top: Int, bottom: Int, left: Int, right: Int,
            pageNumbers: PageNumbers = .top
        ) {
            self.width = width
            self.height = height
            self.top = top
            self.bottom = bottom
            self.left = left
            self.right = right
            self.pageNumbers = pageNumbers
        }

        /// A4 with NĐ 30's margins at their smallest: top and bottom 20 mm (20–25),
        /// left 30 mm (30–35), right 15 mm (15–20); numbers at the top from page 2.
        public static let decree30 = PageSetup(width: 210, height: 297, top: 20, bottom: 20, left: 30, right: 15)
    }

    /// The block above a document's title: on the left the issuing body (under its
    /// parent) and the number, on the right quốc hiệu, tiêu ngữ, place and date.
    /// Names are given as written; the writers set them in capitals where NĐ 30 does.
    public struct OfficialHeader: Sendable, Equatable {
        /// Cơ quan chủ quản, e.g. "UBND thành phố Hải Phòng"; set in capitals, not bold.
        public var parentBody: String?
        /// Cơ quan ban hành, e.g. "Sở Khoa học và Công nghệ"; set in bold capitals.
        public var issuingBody: String
        /// "Số: …/BC-SKHCN", as the clerk will complete it.
        public var number: String
        /// Quốc hiệu, set in bold capitals.
        public var nationalTitle: String
        /// Tiêu ngữ, set in bold and underlined.
        public var motto: String
        /// "Hải Phòng, ngày 09 tháng 12 năm 2024", set in italics.
        public var placeAndDate: String

        public init(
            parentBody: String? = nil, issuingBody: String, number: String,
            nationalTitle: String = "Cộng hoà xã hội chủ nghĩa Việt Nam",
            motto: String = "Độc lập - Tự do - Hạnh phúc", placeAndDate: String
        ) {
            self.parentBody = parentBody
            self.issuingBody = issuingBody
            self.number = number
            self.nationalTitle = nationalTitle
            self.motto = motto
            self.placeAndDate = placeAndDate
        }
    }

    /// One piece of the body, in reading order.
    public indirect enum Block: Sendable, Equatable {
        /// The document's kind, "BÁO CÁO": bold capitals, centred.
        case title(String)
        /// The subject line under the title: bold, centred.
        case subtitle(String)
        /// A section heading; docx uses Word's Heading 1–3 styles.
        case heading(Heading.Level, String)
        case paragraph(Paragraph)
        /// A bulleted list, one item per element.
        case list([[Run]])
        case table(Table)
        /// A picture that only HTML draws; the other formats show its fallback.
        case figure(Figure)
        case pageBreak
        /// "Nơi nhận:" on the left, the signature on the right.
        case closing(Closing)
        /// "Phụ lục I" and the appendix's title, centred, bold.
        case appendix(Appendix)
    }

    public enum Heading {
        public enum Level: Int, Sendable, Equatable, CaseIterable {
            case one = 1
            case two = 2
            case three = 3
        }
    }

    /// A stretch of text in one face.
    public struct Run: Sendable, Equatable, ExpressibleByStringLiteral {
        public var text: String
        public var bold: Bool
        public var italic: Bool

        public init(_ text: String, bold: Bool = false, italic: Bool = false) {
            self.text = text
            self.bold = bold
            self.italic = italic
        }

        public init(stringLiteral value: String) { self.init(value) }
    }

    public struct Paragraph: Sendable, Equatable {
        public enum Style: Sendable, Equatable {
            /// Justified, first line indented: the text of the document.
            case body
            /// Centred, no indent ("Kính gửi: …", a note under a title).
            case centred
            /// A place the drafter must fill: set apart (the writers add the
            /// brackets; italic, shaded) so that nobody takes it for content.
            case placeholder
        }

        public var runs: [Run]
        public var style: Style

        public init(_ runs: [Run], style: Style = .body) {
            self.runs = runs
            self.style = style
        }

        public init(_ text: String, style: Style = .body) {
            self.init([Run(text)], style: style)
        }

        /// The paragraph's text without its faces.
        public var text: String { runs.map(\.text).joined() }
    }

    /// A table of data with ruled cells. Column widths are relative weights of the
    /// text width; a numeric column is aligned right.
    public struct Table: Sendable, Equatable {
        public struct Column: Sendable, Equatable {
            public enum Alignment: Sendable, Equatable {
                case leading, centre, trailing
            }

            public var width: Int
            public var alignment: Alignment

            public init(width: Int = 1, alignment: Alignment = .leading) {
                self.width = width
                self.alignment = alignment
            }

            /// A column of counts or percentages.
            public static func numeric(width: Int = 1) -> Column { Column(width: width, alignment: .trailing) }
        }

        public struct Cell: Sendable, Equatable, ExpressibleByStringLiteral {
            public var runs: [Run]
            /// How many columns the cell spans (1 or more).
            public var span: Int

            public init(_ runs: [Run], span: Int = 1) {
                self.runs = runs
                self.span = max(1, span)
            }

            public init(_ text: String, bold: Bool = false, span: Int = 1) {
                self.init([Run(text, bold: bold)], span: span)
            }

            public init(stringLiteral value: String) { self.init(value) }

            public var text: String { runs.map(\.text).joined() }
        }

        /// Printed above the table, e.g. "Bảng 1. Tình hình gửi báo cáo".
        public var caption: String?
        public var columns: [Column]
        /// Bold, centred, repeated at the top of every page the table spans.
        public var headerRows: [[Cell]]
        public var rows: [[Cell]]

        public init(caption: String? = nil, columns: [Column], headerRows: [[Cell]], rows: [[Cell]]) {
            self.caption = caption
            self.columns = columns
            self.headerRows = headerRows
            self.rows = rows
        }
    }

    public struct Figure: Sendable, Equatable {
        /// An `<svg>` element, written into the HTML as it is: only pictures the
        /// program draws itself (`SVGChart`), never text read from a file.
        public var svg: String
        public var caption: String?
        /// What docx and Markdown show instead: a table of the same numbers, or a
        /// paragraph saying what the picture shows.
        public var fallback: [Block]

        public init(svg: String, caption: String? = nil, fallback: [Block]) {
            self.svg = svg
            self.caption = caption
            self.fallback = fallback
        }
    }

    /// The foot of the document: where it goes and who signs it.
    public struct Closing: Sendable, Equatable {
        /// "Nơi nhận:", set in bold italics above the recipients.
        public var recipientsLabel: String
        /// The lines under the label, e.g. "Như trên;", "Lưu: VT, KHTC."; each
        /// printed after a dash.
        public var recipients: [String]
        public var signature: Signature

        public init(recipientsLabel: String = "Nơi nhận:", recipients: [String], signature: Signature) {
            self.recipientsLabel = recipientsLabel
            self.recipients = recipients
            self.signature = signature
        }
    }

    public struct Signature: Sendable, Equatable {
        public enum Name: Sendable, Equatable {
            case written(String)
            /// Left for the drafter, shown as a placeholder.
            case placeholder(String)
        }

        /// The authority and the signer's title, one a line, set in bold capitals:
        /// "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC".
        public var titles: [String]
        public var name: Name

        public init(titles: [String], name: Name) {
            self.titles = titles
            self.name = name
        }
    }

    public struct Appendix: Sendable, Equatable {
        /// "Phụ lục I".
        public var label: String
        public var title: String
        /// Under the title in italics, e.g. "(Kèm theo Báo cáo số …/BC-SKHCN)".
        public var note: String?

        public init(label: String, title: String, note: String? = nil) {
            self.label = label
            self.title = title
            self.note = note
        }
    }
}

extension Document.Block {
    /// A body paragraph of plain text.
    public static func body(_ text: String) -> Self { .paragraph(.init(text)) }

    /// A body paragraph of runs.
    public static func body(_ runs: [Document.Run]) -> Self { .paragraph(.init(runs)) }

    /// A centred paragraph of plain text.
    public static func centred(_ text: String) -> Self { .paragraph(.init(text, style: .centred)) }

    /// A place for the drafter to write, e.g. "Đề xuất giải pháp cho năm 2025".
    public static func placeholder(_ text: String) -> Self { .paragraph(.init(text, style: .placeholder)) }
}
