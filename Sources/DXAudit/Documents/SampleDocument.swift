/// A báo cáo that uses every kind of block, with Vietnamese text that needs care in
/// every format (diacritics, `&`, `<`, `|`, `*`): what the writers' tests render
/// and the tools of the integration tests read.
public enum SampleDocument {
    public static func make() -> Document {
        Document(
            header: .init(
                parentBody: "UBND thành phố Hải Phòng", issuingBody: "Sở Khoa học và Công nghệ",
                number: "Số: …/BC-SKHCN", placeAndDate: "Hải Phòng, ngày 09 tháng 12 năm 2024"),
            blocks: [
                .title("Báo cáo"),
                .subtitle("Kết quả thực hiện Kế hoạch chuyển đổi số năm 2024"),
                .centred("Kính gửi: Ủy ban nhân dân thành phố"),
                .heading(.one, "I. Kết quả thực hiện"),
                .heading(.two, "1. Tình hình gửi báo cáo"),
                .body([
                    Run("Số liệu tính đến ngày 15/12/2024: "), Run("28", bold: true),
                    Run(" đơn vị đã gửi báo cáo đúng hạn, "), Run("3 đơn vị", italic: true),
                    Run(" gửi muộn & 2 đơn vị chưa gửi (tỉ lệ < 10%)."),
                ]),
                .table(
                    .init(
                        caption: "Bảng 1. Tình hình gửi báo cáo theo loại đơn vị",
                        columns: [.init(width: 4), .numeric(), .numeric(), .numeric(), .numeric()],
                        headerRows: [["Loại đơn vị", "Phải gửi", "Đúng hạn", "Muộn", "Chưa gửi"]],
                        rows: [
                            ["Sở, ban, ngành", "20", "17", "2", "1"],
                            ["UBND quận, huyện | xã", "13", "11", "1", "1"],
                            [.init("Tổng cộng", bold: true), "33", "28", "3", "2"],
                        ])),
                .heading(.three, "a) Nhiệm vụ chậm tiến độ"),
                .list([
                    ["Sở Y tế: ", Run("II.1.a", bold: true), " chưa triển khai"],
                    ["Sở Tài chính: II.2.b *chậm* 3 tháng"],
                ]),
                .figure(
                    .init(
                        svg: SVGChart.stackedStrips(
                            title: "Báo cáo theo loại đơn vị",
                            rows: [
                                .init(label: "Sở, ban, ngành", values: [17, 2, 1]),
                                .init(label: "UBND quận, huyện", values: [11, 1, 1]),
                            ],
                            series: [
                                .init(name: "Đúng hạn", colour: .green), .init(name: "Muộn", colour: .amber),
                                .init(name: "Chưa gửi", colour: .red),
                            ]),
                        caption: "Hình 1. Báo cáo đúng hạn, muộn, chưa gửi",
                        fallback: [.body("Đúng hạn 28, muộn 3, chưa gửi 2.")])),
                .figure(
                    .init(
                        svg: SVGChart.heatMap(
                            title: "Nhiệm vụ theo trạng thái", rowLabels: ["II.1.a", "II.1.b", "II.2.a"],
                            columnLabels: ["Hoàn thành", "Đang làm", "Chưa làm"],
                            counts: [[5, 2, 0], [1, 3, 4], [0, 0, 7]]),
                        caption: "Hình 2. Nhiệm vụ Phần II theo trạng thái",
                        fallback: [
                            .table(
                                .init(
                                    columns: [.init(width: 2), .numeric(), .numeric(), .numeric()],
                                    headerRows: [["Nhiệm vụ", "Hoàn thành", "Đang làm", "Chưa làm"]],
                                    rows: [
                                        ["II.1.a", "5", "2", "0"], ["II.1.b", "1", "3", "4"],
                                        ["II.2.a", "0", "0", "7"],
                                    ]))
                        ])),
                .figure(
                    .init(
                        svg: SVGChart.lineChart(
                            title: "Tỉ lệ hồ sơ trực tuyến (%)",
                            values: [
                                .init(year: 2022, value: 31), .init(year: 2023, value: 42.5),
                                .init(year: 2024, value: 51),
                            ],
                            target: [
                                .init(year: 2022, value: 31), .init(year: 2025, value: 80),
                                .init(year: 2030, value: 100),
                            ],
                            milestones: [.init(year: 2025, value: 80), .init(year: 2030, value: 100)], maximum: 100,
                            unit: "%"),
                        caption: "Hình 3. Tỉ lệ hồ sơ trực tuyến so với lộ trình",
                        fallback: [.body("2022: 31%; 2023: 42,5%; 2024: 51% (mục tiêu 2025: 80%, 2030: 100%).")])),
                .heading(.one, "II. Tồn tại, hạn chế"),
                .body("Một số đơn vị chưa cập nhật số liệu chỉ tiêu <Phần I>."),
                .heading(.one, "III. Phương hướng, kiến nghị"),
                .placeholder("Nêu các kiến nghị với Ủy ban nhân dân thành phố"),
                .closing(
                    .init(
                        recipients: ["Như trên;", "Lưu: VT, KHTC."],
                        signature: .init(
                            titles: ["KT. Giám đốc", "Phó Giám đốc"], name: .placeholder("Họ và tên người ký")))),
                .pageBreak,
                .appendix(
                    .init(
                        label: "Phụ lục I", title: "Tình hình gửi báo cáo theo đơn vị",
                        note: "(Kèm theo Báo cáo số …/BC-SKHCN ngày 09/12/2024)")),
                .table(
                    .init(
                        columns: [.numeric(), .init(width: 5), .init(width: 2, alignment: .centre)],
                        headerRows: [["STT", "Đơn vị", "Trạng thái"]],
                        rows: [["1", "Sở Y tế", "Đúng hạn"], ["2", "Sở Tài chính", "Muộn"]])),
            ],
            title: "Báo cáo kết quả thực hiện Kế hoạch chuyển đổi số năm 2024")
    }

    private typealias Run = Document.Run
}
