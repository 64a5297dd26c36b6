extension Wording.Language {
    /// The language the environment asks for, the way gettext reads it: the locale
    /// from `LC_ALL`, else `LC_MESSAGES`, else `LANG`; a `C` or `POSIX` locale (or
    /// none) means English, and `LANGUAGE` is not consulted then. Otherwise the first
    /// entry of the colon-separated `LANGUAGE` list that dxaudit speaks wins, then the
    /// locale itself. `vi`, `vi_VN`, `vi_VN.UTF-8` mean Vietnamese; any other language
    /// falls back to English.
    ///
    /// Foundation on Linux reports a fixed locale whatever these say, so they are read
    /// here directly.
    public static func fromEnvironment(_ environment: (String) -> String?) -> Wording.Language {
        let locale = ["LC_ALL", "LC_MESSAGES", "LANG"].compactMap { environment($0) }.first { !$0.isEmpty }
        guard let locale, !isPOSIX(locale) else { return .english }
        for entry in (environment("LANGUAGE") ?? "").split(separator: ":") {
            if let language = named(String(entry)) { return language }
        }
        return named(locale) ?? .english
    }

    /// The language a locale or language name stands for: `vi_VN.UTF-8` → Vietnamese.
    public static func named(_ name: String) -> Wording.Language? {
        let code = name.prefix { $0.isLetter }.lowercased()
        return Wording.Language(rawValue: code)
    }

    private static func isPOSIX(_ locale: String) -> Bool {
        let base = locale.split(separator: ".").first.map(String.init) ?? locale
        return base == "C" || base == "POSIX"
    }
}

extension Wording.Language {
    /// The language of one run: `--lang` on the command line (`--lang vi`,
    /// `--lang=vi`), else `lang:` in the settings (`--config FILE`, else the nearest
    /// `.dxaudit.yaml`), else the environment. `settings` reads a settings file's
    /// `lang:`; a file that cannot be read has none.
    public static func forRun(
        arguments: [String], environment: (String) -> String?,
        settings: (String?) -> Wording.Language? = { _ in nil }
    ) -> Wording.Language {
        var chosen: Wording.Language?
        var config: String?
        var index = arguments.startIndex
        while index < arguments.endIndex {
            let argument = arguments[index]
            if argument == "--" { break }
            let next =
                arguments.index(after: index) < arguments.endIndex ? arguments[arguments.index(after: index)] : nil
            if argument == "--lang", let next {
                chosen = Wording.Language(rawValue: next) ?? chosen
            } else if argument.hasPrefix("--lang=") {
                chosen = Wording.Language(rawValue: String(argument.dropFirst("--lang=".count))) ?? chosen
            } else if argument == "--config", let next {
                config = next
            } else if argument.hasPrefix("--config=") {
                config = String(argument.dropFirst("--config=".count))
            }
            index = arguments.index(after: index)
        }
        return chosen ?? settings(config) ?? fromEnvironment(environment)
    }

    /// The language of this process's run, its settings file read for `lang:`.
    public static var ofThisRun: Wording.Language {
        forRun(arguments: Array(CommandLine.arguments.dropFirst()), environment: Console.environment) { path in
            guard let path = path ?? Config.find(from: Workspace.currentDirectory()) else { return nil }
            guard case .success(let config) = Config.load(path) else { return nil }
            return config.language
        }
    }
}

extension Wording {
    /// A usage error as swift-argument-parser frames it (`Error: …`, `Usage: …`,
    /// `See '… --help' for more information.`), with the frame's words in this
    /// language. The parser's own messages inside the frame stay as it wrote them.
    public func usageFrame(_ text: String) -> String {
        guard language == .vietnamese else { return text }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            var line = String(line)
            if line.hasPrefix("Error: ") { line = "Lỗi: " + line.dropFirst("Error: ".count) }
            if line.hasPrefix("Usage: ") { line = "Cách dùng: " + line.dropFirst("Usage: ".count) }
            if line.hasPrefix("  See '"), line.hasSuffix("' for more information.") {
                let command = line.dropFirst("  See '".count).dropLast("' for more information.".count)
                line = "  Xem '\(command)' để biết thêm."
            }
            return line
        }
        return lines.joined(separator: "\n")
    }
}
