import DXYAML

/// Why dxaudit could not do its job (exit status 2), and the usage mistakes it
/// names itself, as data; `text(in:)` words each in English and Vietnamese. Text
/// that comes whole from below (the system's reason a file cannot be written, a
/// settings file's own diagnostics) is carried as it is.
public enum Problem: Sendable, Equatable {
    // Finding the plan and the reports
    case noPlansFolder
    case noPlansFolderToLint
    case noSuchFile(String)
    case noSuchFileOrFolder(String)
    case noSuchFolder(String)
    case noPlanInFolder(String)
    case severalPlans(String, [String])
    case planUnusable(String, [Finding])
    case yearFolderDisagrees(String, folder: Int, option: Int)
    case isAFile(String)
    case folderNotNamedByYear(String)
    case yearOutsidePlan(plan: String, years: ClosedRange<Int>, year: Int)
    case unreadableFolder(String)
    case noYearFolders(String, years: ClosedRange<Int>)
    case planHasNoIndicators(String)
    // Settings, baselines, sent logs
    case unusableSettings(Config.Failure)
    case unusableBaseline(WrittenDocumentFailure)
    case unusableSentLog(WrittenDocumentFailure)
    case notABaseline(String)
    case cannotWriteBaseline(String, String)
    case settingsFirst(String)
    // Output and mail
    case formatForOverdueOnly(String, [String])
    case cannotWriteMail(String)
    case reminderNotSent(unit: String, to: String, why: String)
    case digestNotSent(unit: String, to: String, why: String)
    case cannotWriteSentLog(String, String)
    case sendmail(String)
    // Template
    case templateExists(String)
    case docxNeedsAFile
    case nothingToSynthesize(String)
    case cannotWrite(String, String)
    case unknownUnit(String, closest: String?)
    case owesNoSuchReport(unit: String, obligation: String, year: Int)
    case owesNoReport(unit: String, year: Int, why: NotOwed?)
    // Extract
    case unitsDraftExists(String)
    case unreadableText(String, SourceFile.ReadError)
    case textNotUTF8(String, line: Int, column: Int)
    case textEmpty(String)
    case noPartII(String)
    // Usage
    case badColor(String)
    case badFormat(String, [String])
    case badLanguage(String)
    case notADate(option: String, String)
    case impossibleDate(option: String, String, reason: CivilDate.Impossibility)
    case unknownRule(String, closest: String?)
    case sendWithFormat(String)
    case sendmailWithoutSend
    case sendOptionsWithoutSend
    case badEvery
    case badTimeout
    case addressesWithoutMail
    case badAddress(option: String, String)

    /// Why a unit owes no report in a year.
    public enum NotOwed: Sendable, Equatable {
        case passed(String)
        case ended(CivilDate)
        case notYetBegun(CivilDate)
    }

    // swift-format-ignore
    /// The problem in `language`, without the `dxaudit: ` that precedes it.
    public func text(in language: Wording.Language) -> String {
        let w = Wording(language)
        let vi = language == .vietnamese
        func list(_ items: [String]) -> String { items.joined(separator: ", ") }
        switch self {
        case .noPlansFolder:
            return vi ? "không tìm thấy thư mục plans/ ở đây hay các thư mục cha; hãy chỉ kế hoạch bằng --plan"
                : "no plans/ folder here or above; name the plan with --plan"
        case .noPlansFolderToLint:
            return vi ? "không tìm thấy thư mục plans/ ở đây hay các thư mục cha; hãy nêu các tệp cần kiểm tra"
                : "no plans/ folder here or above; name the files to check"
        case .noSuchFile(let path):
            return vi ? "\(path): không có tệp này" : "\(path): no such file"
        case .noSuchFileOrFolder(let path):
            return vi ? "\(path): không có tệp hay thư mục này" : "\(path): no such file or folder"
        case .noSuchFolder(let path):
            return vi ? "\(path): không có thư mục này" : "\(path): no such folder"
        case .noPlanInFolder(let path):
            return vi ? "\(path): thư mục không có tệp kế hoạch (tệp YAML có 'plan:')"
                : "\(path): no plan file (a YAML file with 'plan:') in this folder"
        case .severalPlans(let path, let plans):
            return vi ? "\(path) có \(plans.count) kế hoạch (\(list(plans))); hãy chọn một bằng --plan TỆP"
                : "\(path) holds \(plans.count) plans (\(list(plans))); choose one with --plan FILE"
        case .planUnusable(let path, let diagnostics):
            return (vi ? "không dùng được kế hoạch \(path) (hãy chạy 'dxaudit lint'):"
                : "the plan \(path) cannot be used (run 'dxaudit lint'):") + diagnostics.map { "\n" + TextReporter.escaped($0.diagnostic(in: w)) }.joined()
        case .yearFolderDisagrees(let path, let folder, let option):
            return vi ? "\(path) là thư mục năm \(folder) nhưng --year ghi \(option)"
                : "\(path) is the \(folder) folder but --year says \(option)"
        case .isAFile(let path):
            return vi ? "\(path) là tệp, không phải thư mục: hãy nêu thư mục năm (reports/2024) hoặc thư mục cha (reports)"
                : "\(path) is a file, not a folder: give the year folder (reports/2024) or its parent (reports)"
        case .folderNotNamedByYear(let path):
            return vi ? "\(path) chứa tệp báo cáo nhưng không mang tên năm; hãy đặt tên thư mục theo năm (reports/2024) hoặc dùng --year"
                : "\(path) holds report files but is not named by a year; name the folder by its year (reports/2024) or give --year"
        case .yearOutsidePlan(let plan, let years, let year):
            return vi ? "Kế hoạch \(plan) áp dụng cho các năm báo cáo \(years.lowerBound)–\(years.upperBound), không có năm \(year)"
                : "\(plan) covers report years \(years.lowerBound)–\(years.upperBound), not \(year)"
        case .unreadableFolder(let path):
            return vi ? "\(path): không đọc được thư mục" : "\(path): cannot read the folder"
        case .noYearFolders(let path, let years):
            return vi ? "\(path) không có thư mục năm nào từ \(years.lowerBound) đến \(years.upperBound) (như \(path)/\(years.lowerBound))"
                : "\(path) has no year folder of \(years.lowerBound)–\(years.upperBound) (such as \(path)/\(years.lowerBound))"
        case .planHasNoIndicators(let plan):
            return vi ? "Kế hoạch \(plan) chưa có chỉ tiêu nào (mục indicators:)"
                : "\(plan) lists no Part I indicators (indicators:)"
        case .unusableSettings(let failure):
            let why = w.settingsFailure(failure)
            return vi ? "không dùng được tệp thiết lập: \(why)" : "cannot use the settings file: \(why)"
        case .unusableBaseline(let failure):
            let why = w.writtenDocumentFailure(failure)
            return vi ? "không dùng được tệp baseline: \(why)" : "cannot use the baseline: \(why)"
        case .unusableSentLog(let failure):
            let why = w.writtenDocumentFailure(failure)
            return vi ? "không dùng được nhật ký gửi thư: \(why)" : "cannot use the sent log: \(why)"
        case .notABaseline(let path):
            return vi ? "\(path) đã có và không phải tệp baseline của dxaudit; không ghi đè"
                : "\(path) exists and is not a dxaudit baseline; not overwritten"
        case .cannotWriteBaseline(let path, let why):
            return vi ? "\(path): không ghi được baseline: \(why)" : "\(path): cannot write the baseline: \(why)"
        case .settingsFirst(let path):
            return vi ? "hãy sửa \(path) trước: overdue không chạy với tệp thiết lập không đọc được trọn vẹn"
                : "fix \(path) first: overdue does not run with a settings file it cannot read whole"
        case .formatForOverdueOnly(let format, let formats):
            return vi ? "--format \(format) chỉ dùng cho overdue; lệnh này ghi \(list(formats))"
                : "--format \(format) is for overdue only; this command writes \(list(formats))"
        case .cannotWriteMail(let why):
            return vi ? "không ghi được thư: \(why)" : "cannot write mail: \(why)"
        case .reminderNotSent(let unit, let to, let why):
            return vi ? "thư nhắc gửi \(unit) (\(to)) chưa được gửi đi: \(why)"
                : "the reminder to \(unit) (\(to)) was not sent: \(why)"
        case .digestNotSent(let unit, let to, let why):
            return vi ? "thư tổng hợp gửi \(unit) (\(to)) chưa được gửi đi: \(why)"
                : "the digest to \(unit) (\(to)) was not sent: \(why)"
        case .cannotWriteSentLog(let path, let why):
            return vi ? "\(path): không ghi được nhật ký gửi thư: \(why)" : "\(path): cannot write the sent log: \(why)"
        case .sendmail(let why):
            return why
        case .docxNeedsAFile:
            return vi ? "tệp docx phải được ghi ra tệp: hãy dùng -o TỆP.docx" : "a docx file must go to a file: give -o FILE.docx"
        case .nothingToSynthesize(let folder):
            return vi ? "\(folder): không có báo cáo nào để tổng hợp" : "\(folder): no report to synthesize"
        case .templateExists(let path):
            return vi ? "\(path) đã có; không ghi đè (dùng --force)" : "\(path) exists; not overwritten (use --force)"
        case .cannotWrite(let path, let why):
            return "\(path): \(why)"
        case .unitsDraftExists(let path):
            return vi ? "\(path) đã có; không ghi đè (dùng --units \(path) để lấy mã đơn vị từ đó, hoặc --force)"
                : "\(path) exists; not overwritten (use --units \(path) to take unit ids from it, or --force)"
        case .unreadableText(let path, let error):
            return "\(path): \(w.readError(error))"
        case .textNotUTF8(let path, let line, let column):
            return vi ? "\(path):\(line):\(column): văn bản không phải UTF-8; hãy chuyển sang UTF-8 rồi chạy lại"
                : "\(path):\(line):\(column): the text is not UTF-8; convert it to UTF-8 and run again"
        case .textEmpty(let path):
            return vi ? "\(path):1:1: văn bản trống" : "\(path):1:1: the text is empty"
        case .noPartII(let path):
            return vi ? "\(path):1:1: không tìm thấy phần II (khoản 1., điểm a), mục (1).); không có gì để trích"
                : "\(path):1:1: no Part II found (clauses 1., points a), items (1).); nothing to extract"
        case .unknownUnit(let unit, let closest):
            return (vi ? "không có đơn vị '\(unit)'" : "unknown unit '\(unit)'") + w.format(.didYouMean(closest))
        case .owesNoSuchReport(let unit, let obligation, let year):
            return vi ? "\(unit) không có nghĩa vụ báo cáo '\(obligation)' năm \(year)"
                : "\(unit) owes no '\(obligation)' report in \(year)"
        case .owesNoReport(let unit, let year, let why):
            let reason: String
            switch why {
            case .passed(let holder)?: reason = vi ? "; nhiệm vụ của đơn vị đã chuyển cho \(holder)" : "; its duties passed to \(holder)"
            case .ended(let until)?: reason = vi ? "; đơn vị đã kết thúc hoạt động ngày \(w.date(until))" : "; it ended on \(until)"
            case .notYetBegun(let since)?: reason = vi ? "; đơn vị bắt đầu hoạt động từ ngày \(w.date(since))" : "; it begins on \(since)"
            case nil: reason = ""
            }
            return (vi ? "\(unit) không có nghĩa vụ báo cáo nào năm \(year)" : "\(unit) owes no report in \(year)") + reason
        case .badColor(let text):
            return vi ? "--color nhận auto, always hoặc never, không phải '\(text)'"
                : "--color must be auto, always or never, not '\(text)'"
        case .badFormat(let text, let formats):
            return vi ? "--format '\(text)' không hợp lệ; chọn một trong: \(list(formats))"
                : "unknown --format '\(text)'; one of: \(list(formats))"
        case .badLanguage(let text):
            return vi ? "--lang nhận vi hoặc en, không phải '\(text)'" : "--lang must be vi or en, not '\(text)'"
        case .notADate(let option, let text):
            return vi ? "\(option) nhận một ngày dạng YYYY-MM-DD, không phải '\(text)'"
                : "\(option) takes a date YYYY-MM-DD, not '\(text)'"
        case .impossibleDate(let option, let text, let reason):
            return vi ? "\(option) \(text) không phải một ngày có thật: \(w.impossibility(reason))"
                : "\(option) \(text) is not a real date: \(w.impossibility(reason))"
        case .unknownRule(let text, let closest):
            return (vi ? "không có quy tắc '\(text)'" : "unknown rule '\(text)'") + w.format(.didYouMean(closest))
                + (vi ? " (xem 'dxaudit rules')" : " (see 'dxaudit rules')")
        case .sendWithFormat(let format):
            return vi ? "--send gửi thư điện tử; không dùng cùng --format \(format)"
                : "--send sends e-mail; it cannot be combined with --format \(format)"
        case .sendmailWithoutSend:
            return vi ? "--sendmail chỉ có tác dụng khi có --send" : "--sendmail takes effect only with --send"
        case .sendOptionsWithoutSend:
            return vi ? "--state, --every, --resend và --sendmail-timeout chỉ có tác dụng khi có --send"
                : "--state, --every, --resend and --sendmail-timeout take effect only with --send"
        case .badEvery:
            return vi ? "--every cần một số ngày nguyên, từ 1 trở lên" : "--every needs a whole number of days, 1 or more"
        case .badTimeout:
            return vi ? "--sendmail-timeout cần một số giây nguyên, từ 1 trở lên"
                : "--sendmail-timeout needs a whole number of seconds, 1 or more"
        case .addressesWithoutMail:
            return vi ? "--from, --cc và --reply-to cần --format email hoặc --send"
                : "--from, --cc and --reply-to need --format email or --send"
        case .badAddress(let option, let address):
            return vi ? "\(option): '\(address)' không phải địa chỉ thư điện tử hợp lệ (dạng local@domain)"
                : "\(option): '\(address)' is not a valid e-mail address (plain local@domain)"
        }
    }
}
