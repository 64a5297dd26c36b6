/// Small pictures drawn as SVG text for `Document.Figure`: a heat map of counts,
/// stacked strips, a line chart against a target. Every label is escaped and every
/// number written without a locale, so the same data gives the same bytes.
public enum SVGChart {
    /// An sRGB colour; written as `#rrggbb`.
    public struct Colour: Sendable, Equatable {
        public var red: UInt8
        public var green: UInt8
        public var blue: UInt8

        public init(red: UInt8, green: UInt8, blue: UInt8) {
            self.red = red
            self.green = green
            self.blue = blue
        }

        public static let green = Colour(red: 0x2E, green: 0x7D, blue: 0x32)
        public static let amber = Colour(red: 0xF9, green: 0xA8, blue: 0x25)
        public static let red = Colour(red: 0xC6, green: 0x28, blue: 0x28)
        public static let blue = Colour(red: 0x15, green: 0x65, blue: 0xC0)
        public static let grey = Colour(red: 0x75, green: 0x75, blue: 0x75)

        public var hex: String {
            "#"
                + [red, green, blue].map { byte in
                    let digits = String(byte, radix: 16)
                    return digits.count == 1 ? "0" + digits : digits
                }.joined()
        }

        /// This colour mixed with white: 0 is white, 1 the colour itself.
        func tint(_ share: Double) -> Colour {
            let share = min(1, max(0, share))
            func mix(_ channel: UInt8) -> UInt8 {
                UInt8((255 - (255 - Double(channel)) * share).rounded())
            }
            return Colour(red: mix(red), green: mix(green), blue: mix(blue))
        }

        /// Whether black text reads better on it than white.
        var isLight: Bool {
            (299 * Int(red) + 587 * Int(green) + 114 * Int(blue)) / 1000 > 140
        }
    }

    /// One kind of count in a stacked strip, named in the legend.
    public struct Series: Sendable, Equatable {
        public var name: String
        public var colour: Colour

        public init(name: String, colour: Colour) {
            self.name = name
            self.colour = colour
        }
    }

    /// One labelled row of counts, one a series.
    public struct Strip: Sendable, Equatable {
        public var label: String
        public var values: [Int]

        public init(label: String, values: [Int]) {
            self.label = label
            self.values = values
        }
    }

    /// A value in a year.
    public struct Point: Sendable, Equatable {
        public var year: Int
        public var value: Double

        public init(year: Int, value: Double) {
            self.year = year
            self.value = value
        }
    }

    static let fontFamily = "'Times New Roman', 'Liberation Serif', serif"

    /// Rows × columns of counts, each cell shaded by its count against the largest,
    /// with the count written in it and a five-step legend under the grid.
    public static func heatMap(
        title: String, rowLabels: [String], columnLabels: [String], counts: [[Int]], colour: Colour = .blue,
        labelWidth: Int = 160, cellWidth: Int = 90, cellHeight: Int = 24
    ) -> String {
        let top = 36
        let largest = max(1, counts.joined().max() ?? 0)
        let gridBottom = top + cellHeight * rowLabels.count
        let width = labelWidth + cellWidth * columnLabels.count + 10
        var svg = Canvas(title: title, width: width, height: gridBottom + 44)
        for (column, label) in columnLabels.enumerated() {
            let x = labelWidth + cellWidth * column + cellWidth / 2
            svg.text(label, x: x, y: top - 10, anchor: "middle", size: 12, bold: true)
        }
        for (row, label) in rowLabels.enumerated() {
            let y = top + cellHeight * row
            svg.text(label, x: labelWidth - 8, y: y + cellHeight / 2 + 4, anchor: "end", size: 12)
            for column in columnLabels.indices {
                let count = row < counts.count && column < counts[row].count ? counts[row][column] : 0
                let fill = colour.tint(Double(count) / Double(largest))
                let x = labelWidth + cellWidth * column
                svg.rect(x: x, y: y, width: cellWidth, height: cellHeight, fill: fill, stroke: .grey)
                svg.text(
                    String(count), x: x + cellWidth / 2, y: y + cellHeight / 2 + 4, anchor: "middle", size: 12,
                    fill: fill.isLight ? "#000000" : "#ffffff")
            }
        }
        let legendY = gridBottom + 14
        svg.text("0", x: labelWidth - 8, y: legendY + 12, anchor: "end", size: 11)
        for step in 0..<5 {
            svg.rect(
                x: labelWidth + 22 * step, y: legendY, width: 22, height: 14, fill: colour.tint(Double(step) / 4),
                stroke: .grey)
        }
        svg.text(String(largest), x: labelWidth + 22 * 5 + 6, y: legendY + 12, anchor: "start", size: 11)
        return svg.finished
    }

    /// One horizontal bar per row, its segments the row's counts in series order,
    /// each as wide as its share of the row's total, with the total at the end and a
    /// legend of the series under the bars.
    public static func stackedStrips(
        title: String = "", rows: [Strip], series: [Series], labelWidth: Int = 170, barWidth: Int = 380,
        barHeight: Int = 18
    ) -> String {
        let pitch = barHeight + 8
        let legendY = 10 + pitch * rows.count + 6
        var svg = Canvas(title: title, width: labelWidth + barWidth + 60, height: legendY + 22)
        for (index, row) in rows.enumerated() {
            let y = 10 + pitch * index
            svg.text(row.label, x: labelWidth - 8, y: y + barHeight / 2 + 4, anchor: "end", size: 12)
            let total = row.values.reduce(0, +)
            var x = labelWidth
            var counted = 0
            for (kind, value) in row.values.enumerated() where kind < series.count && value > 0 {
                counted += value
                // Rounding each edge, not each width, so that the segments always fill the bar.
                let end = labelWidth + barWidth * counted / max(1, total)
                svg.rect(x: x, y: y, width: end - x, height: barHeight, fill: series[kind].colour, stroke: nil)
                if end - x >= 18 {
                    svg.text(
                        String(value), x: (x + end) / 2, y: y + barHeight / 2 + 4, anchor: "middle", size: 11,
                        fill: series[kind].colour.isLight ? "#000000" : "#ffffff")
                }
                x = end
            }
            svg.rect(x: labelWidth, y: y, width: barWidth, height: barHeight, fill: nil, stroke: .grey)
            svg.text(String(total), x: labelWidth + barWidth + 6, y: y + barHeight / 2 + 4, anchor: "start", size: 12)
        }
        var x = labelWidth
        for kind in series {
            svg.rect(x: x, y: legendY, width: 12, height: 12, fill: kind.colour, stroke: nil)
            svg.text(kind.name, x: x + 16, y: legendY + 11, anchor: "start", size: 12)
            x += 16 + 8 * kind.name.count + 14
        }
        return svg.finished
    }

    /// Values by year as a solid line with dots, the path to the targets as a dashed
    /// line, and each milestone (a target year) as a labelled diamond. The value
    /// axis runs from 0 to `maximum`, or to a little above the largest value.
    public static func lineChart(
        title: String, values: [Point], target: [Point], milestones: [Point], maximum: Double? = nil,
        unit: String = "", width: Int = 420, height: Int = 220
    ) -> String {
        let all = values + target + milestones
        let firstYear = all.map(\.year).min() ?? 0
        let lastYear = max(firstYear + 1, all.map(\.year).max() ?? 1)
        let top = maximum ?? max(1, (all.map(\.value).max() ?? 1) * 1.1)
        let plot = (left: 48, right: width - 16, top: 24, bottom: height - 32)
        func x(_ year: Int) -> Double {
            Double(plot.left) + Double(plot.right - plot.left) * Double(year - firstYear)
                / Double(lastYear - firstYear)
        }
        func y(_ value: Double) -> Double {
            Double(plot.bottom) - Double(plot.bottom - plot.top) * min(max(value / top, 0), 1)
        }
        var svg = Canvas(title: title, width: width, height: height)
        svg.text(title, x: plot.left, y: 14, anchor: "start", size: 12, bold: true)
        for share in [0.0, 0.5, 1.0] {
            let value = top * share
            svg.line(x1: Double(plot.left), y1: y(value), x2: Double(plot.right), y2: y(value), stroke: "#dddddd")
            svg.text(number(value) + unit, x: plot.left - 6, y: Int(y(value).rounded()) + 4, anchor: "end", size: 10)
        }
        svg.line(
            x1: Double(plot.left), y1: Double(plot.bottom), x2: Double(plot.right), y2: Double(plot.bottom),
            stroke: Colour.grey.hex)
        let years = Set(all.map(\.year)).sorted()
        for year in years {
            svg.text(String(year), x: Int(x(year).rounded()), y: plot.bottom + 16, anchor: "middle", size: 10)
        }
        let sortedTarget = target.sorted { $0.year < $1.year }
        svg.polyline(sortedTarget.map { (x($0.year), y($0.value)) }, stroke: Colour.grey.hex, dashed: true)
        let sortedValues = values.sorted { $0.year < $1.year }
        svg.polyline(sortedValues.map { (x($0.year), y($0.value)) }, stroke: Colour.blue.hex, dashed: false)
        for point in sortedValues {
            svg.circle(x: x(point.year), y: y(point.value), radius: 3, fill: Colour.blue.hex)
        }
        for point in milestones.sorted(by: { $0.year < $1.year }) {
            let (px, py) = (x(point.year), y(point.value))
            svg.diamond(x: px, y: py, size: 5, fill: Colour.red.hex)
            svg.text(
                number(point.value) + unit, x: Int(px.rounded()) - 8, y: Int(py.rounded()) - 8, anchor: "end",
                size: 10)
        }
        return svg.finished
    }

    /// `value` with at most two decimals, a point as separator, no thousands mark:
    /// the same text whatever the machine's locale.
    public static func number(_ value: Double) -> String {
        guard value.isFinite else { return "0" }
        let hundredths = Int((abs(value) * 100).rounded())
        let sign = value < 0 && hundredths > 0 ? "-" : ""
        let whole = String(hundredths / 100)
        let fraction = hundredths % 100
        if fraction == 0 { return sign + whole }
        let digits = fraction < 10 ? "0" + String(fraction) : String(fraction)
        return sign + whole + "." + (digits.hasSuffix("0") ? String(digits.dropLast()) : digits)
    }
}

/// An SVG element being written, shape by shape.
private struct Canvas {
    private var text: String

    init(title: String, width: Int, height: Int) {
        text =
            "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(width) \(height)\" width=\"\(width)\""
            + " height=\"\(height)\" role=\"img\" font-family=\"\(SVGChart.fontFamily)\">"
        if !title.isEmpty { text += "<title>\(Markup.escaped(title))</title>" }
    }

    var finished: String { text + "</svg>" }

    mutating func text(
        _ label: String, x: Int, y: Int, anchor: String, size: Int, bold: Bool = false, fill: String = "#000000"
    ) {
        text +=
            "<text x=\"\(x)\" y=\"\(y)\" text-anchor=\"\(anchor)\" font-size=\"\(size)\" fill=\"\(fill)\""
            + (bold ? " font-weight=\"bold\"" : "") + ">\(Markup.escaped(label))</text>"
    }

    mutating func rect(x: Int, y: Int, width: Int, height: Int, fill: SVGChart.Colour?, stroke: SVGChart.Colour?) {
        text +=
            "<rect x=\"\(x)\" y=\"\(y)\" width=\"\(width)\" height=\"\(height)\" fill=\"\(fill?.hex ?? "none")\""
            + (stroke.map { " stroke=\"\($0.hex)\" stroke-width=\"1\"" } ?? "") + "/>"
    }

    mutating func line(x1: Double, y1: Double, x2: Double, y2: Double, stroke: String) {
        let (a, b, c, d) = (SVGChart.number(x1), SVGChart.number(y1), SVGChart.number(x2), SVGChart.number(y2))
        text += "<line x1=\"\(a)\" y1=\"\(b)\" x2=\"\(c)\" y2=\"\(d)\" stroke=\"\(stroke)\" stroke-width=\"1\"/>"
    }

    mutating func polyline(_ points: [(Double, Double)], stroke: String, dashed: Bool) {
        guard points.count > 1 else { return }
        let list = points.map { SVGChart.number($0.0) + "," + SVGChart.number($0.1) }.joined(separator: " ")
        text +=
            "<polyline points=\"\(list)\" fill=\"none\" stroke=\"\(stroke)\" stroke-width=\"2\""
            + (dashed ? " stroke-dasharray=\"6 4\"" : "") + "/>"
    }

    mutating func circle(x: Double, y: Double, radius: Int, fill: String) {
        text += "<circle cx=\"\(SVGChart.number(x))\" cy=\"\(SVGChart.number(y))\" r=\"\(radius)\" fill=\"\(fill)\"/>"
    }

    mutating func diamond(x: Double, y: Double, size: Double, fill: String) {
        let corners = [(x, y - size), (x + size, y), (x, y + size), (x - size, y)]
        let list = corners.map { SVGChart.number($0.0) + "," + SVGChart.number($0.1) }.joined(separator: " ")
        text += "<polygon points=\"\(list)\" fill=\"\(fill)\"/>"
    }
}
