import DXYAML
import Foundation
import Testing

@testable import DXAudit

/// Why dxaudit stops, and the usage mistakes it names itself, in both languages.
@Suite struct ProblemWordingTests {
    static let finding = Finding(.notAPlan(), at: .init(path: "r.yaml", line: 2, column: 3))

    /// One sample of every case; the switch fails to compile when a case is added.
    static let samples: [Problem] = {
        let all: [Problem] = [
            .noPlansFolder, .noPlansFolderToLint, .noSuchFile("p.yaml"), .noSuchFileOrFolder("p"),
            .noSuchFolder("r"), .noPlanInFolder("plans"), .severalPlans("plans", ["a.yaml", "b.yaml"]),
            .planUnusable("p.yaml", [finding]), .yearFolderDisagrees("reports/2024", folder: 2024, option: 2023),
            .isAFile("r.yaml"), .folderNotNamedByYear("r"),
            .yearOutsidePlan(plan: "227/KH-UBND", years: 2021...2030, year: 1999), .unreadableFolder("r"),
            .noYearFolders("r", years: 2021...2030), .planHasNoIndicators("227/KH-UBND"),
            .unusableSettings(.notAMapping(".dxaudit.yaml")),
            .unusableBaseline(
                WrittenDocumentFailure(kind: .baseline, path: "b.json", mark: nil, reason: .missing("version"))),
            .unusableSentLog(WrittenDocumentFailure(kind: .sentLog, path: "s.json", mark: nil, reason: .badDay)),
            .notABaseline("b.json"), .cannotWriteBaseline("b.json", "EACCES"),
            .settingsFirst(".dxaudit.yaml"), .formatForOverdueOnly("email", ["text", "json"]),
            .cannotWriteMail("x"), .reminderNotSent(unit: "so-y-te", to: "a@b.vn", why: "550"),
            .digestNotSent(unit: "so-khcn", to: "a@b.vn", why: "550"), .cannotWriteSentLog("s.json", "EACCES"),
            .sendmail("x"), .templateExists("t.yaml"), .docxNeedsAFile, .nothingToSynthesize("reports/2027"),
            .cannotWrite("t.yaml", "EACCES"),
            .unknownUnit("so-yte", closest: "so-y-te"),
            .owesNoSuchReport(unit: "so-y-te", obligation: "synthesis", year: 2024),
            .owesNoReport(unit: "so-tttt", year: 2026, why: .passed("so-khcn")), .badColor("red"),
            .badFormat("xml", ["text"]), .badLanguage("fr"), .notADate(option: "--as-of", "x"),
            .impossibleDate(option: "--as-of", "2024-02-30", reason: .pastMonthEnd(month: 2, year: 2024)),
            .unknownRule("late-reprot", closest: "late-report"), .sendWithFormat("json"), .sendmailWithoutSend,
            .sendOptionsWithoutSend, .badEvery, .badTimeout, .addressesWithoutMail,
            .badAddress(option: "--from", "x"), .unitsDraftExists("plans/units.yaml"),
            .unreadableText("t.txt", .directory), .textNotUTF8("t.txt", line: 3, column: 7), .textEmpty("t.txt"),
            .noPartII("t.txt"),
        ]
        for problem in all {
            switch problem {
            case .noPlansFolder, .noPlansFolderToLint, .noSuchFile, .noSuchFileOrFolder, .noSuchFolder, .noPlanInFolder,
                .severalPlans, .planUnusable, .yearFolderDisagrees, .isAFile, .folderNotNamedByYear, .yearOutsidePlan,
                .unreadableFolder, .noYearFolders, .planHasNoIndicators, .unusableSettings, .unusableBaseline,
                .unusableSentLog, .notABaseline,
                .cannotWriteBaseline, .settingsFirst, .formatForOverdueOnly, .cannotWriteMail, .reminderNotSent,
                .digestNotSent, .cannotWriteSentLog, .sendmail, .templateExists, .docxNeedsAFile, .nothingToSynthesize,
                .cannotWrite, .unknownUnit,
                .owesNoSuchReport, .owesNoReport, .badColor, .badFormat, .badLanguage, .notADate, .impossibleDate,
                .unknownRule, .sendWithFormat, .sendmailWithoutSend, .sendOptionsWithoutSend, .badEvery, .badTimeout,
                .addressesWithoutMail, .badAddress, .unitsDraftExists, .unreadableText, .textNotUTF8, .textEmpty,
                .noPartII:
                continue
            }
        }
        return all
    }()

    static let englishWords: Set<String> = [
        "no", "such", "file", "folder", "plan", "plans", "cannot", "use", "read", "write", "not", "the", "is",
        "holds", "covers", "report", "reports", "unknown", "owes", "must", "takes", "needs", "with", "only",
        "mail", "sent", "was", "exists", "overwritten", "settings", "baseline", "log", "folder", "choose",
        "one", "name", "give", "real", "date", "see", "rule", "rules", "valid", "address", "effect", "number",
        "whole", "days", "seconds", "or", "more", "reminder", "digest", "first", "fix", "does", "run",
    ]

    @Test(arguments: samples.indices) func everyProblemReadsInBothLanguages(_ index: Int) {
        let problem = Self.samples[index]
        let english = problem.text(in: .english)
        let vietnamese = problem.text(in: .vietnamese)
        #expect(!english.isEmpty && !vietnamese.isEmpty)
        #expect(
            vietnamese.unicodeScalars.elementsEqual(vietnamese.precomposedStringWithCanonicalMapping.unicodeScalars))
        // Values a problem quotes (paths, options, ids, the system's reason) are not words to translate.
        var words = vietnamese
        for quoted in [
            "--as-of", "--format", "--from", "--sendmail-timeout", "--sendmail", "--send", "--state",
            "--every", "--resend", "--cc", "--reply-to", "--lang", "--color", "--plan", "--year", "--force", "--config",
            "'dxaudit lint'", "'dxaudit rules'", "auto", "always", "never", "email", "local@domain", "'plan:'",
            "FILE", "YYYY-MM-DD", "so-y-te", "so-yte", "so-tttt", "so-khcn", "synthesis", "late-report", "late-reprot",
            "overdue", "dxaudit", "a@b.vn", "plans/", "reports/2024", "reports", "plans", "p.yaml", "b.json", "s.json",
            "t.yaml", "r.yaml", ".dxaudit.yaml", "a.yaml", "b.yaml", "t.txt", "plans/units.yaml", "--units",
            // The option's own name for the file it reads.
            "baseline",
        ] {
            words = words.replacingOccurrences(of: quoted, with: " ")
        }
        let found = words.lowercased().split { !$0.isLetter }.map(String.init).filter(Self.englishWords.contains)
        #expect(found.isEmpty, "\(found) in: \(vietnamese)")
        // Only what comes whole from the system reads the same in both.
        if case .cannotWrite = problem {
        } else if case .sendmail = problem {
        } else {
            #expect(english != vietnamese, "\(english)")
        }
    }
}
