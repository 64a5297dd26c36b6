import DXYAML

#if canImport(Glibc)
    import Glibc
#endif

/// `dxaudit extract`: a plan's plain text in, a draft plan (and a draft of the
/// units it names) out, with a finding for each place the text could not be read.
public enum ExtractJob {
    /// The command line of `extract`.
    public struct Request: Sendable, Equatable {
        /// The plan's text.
        public var text: String
        /// A plan file to write; nil or `-`: standard output.
        public var output: String?
        /// A unit registry to take ids from; nil: draft one beside the output.
        public var units: String?
        /// Replace existing output files.
        public var force: Bool
        public var language: Wording.Language

        public init(
            text: String, output: String? = nil, units: String? = nil, force: Bool = false,
            language: Wording.Language = .english
        ) {
            self.text = text
            self.output = output
            self.units = units
            self.force = force
            self.language = language
        }
    }

    /// What extraction gives: the plan draft, the units draft (nil when `--units`
    /// names the registry) and the findings about the text.
    public struct Draft: Sendable {
        public var extracted: ExtractedPlan
        public var plan: String
        public var units: String?
    }

    /// Writes the draft (or prints it); findings go to standard error, and the
    /// status is 0: a draft is for editing, the gaps are for the editor.
    public static func run(_ request: Request) throws(DXAuditError) -> CommandResult {
        let toFile = request.output.map { $0 != "-" } ?? false
        let output = toFile ? request.output! : nil
        let unitsDraftPath = output.map { output in
            let folder = ProjectPath.directory(of: output)
            return folder.isEmpty ? "units.yaml" : ProjectPath.join(folder, "units.yaml")
        }
        if let output, ProjectPath.exists(output), !request.force {
            throw DXAuditError(.templateExists(output))
        }
        if request.units == nil, let path = unitsDraftPath, ProjectPath.exists(path), !request.force {
            throw DXAuditError(.unitsDraftExists(path))
        }
        let draft = try draft(request)
        let wording = Wording(request.language)
        let diagnostics = draft.extracted.findings.map { TextReporter.escaped($0.diagnostic(in: wording)) + "\n" }
            .joined()
        guard let output else {
            let text = draft.plan + (draft.units.map { "---\n" + $0 } ?? "")
            return CommandResult(standardOutput: text, standardError: diagnostics)
        }
        if let error = makeFolders(ProjectPath.directory(of: output)) {
            throw DXAuditError(.cannotWrite(output, error))
        }
        if let units = draft.units, let path = unitsDraftPath, let error = AtomicFile.write(units, to: path) {
            throw DXAuditError(.cannotWrite(path, "\(error)"))
        }
        if let error = AtomicFile.write(draft.plan, to: output) {
            throw DXAuditError(.cannotWrite(output, "\(error)"))
        }
        return CommandResult(standardError: diagnostics)
    }

    /// The drafts for the request, paths in them relative to the output file.
    public static func draft(_ request: Request) throws(DXAuditError) -> Draft {
        let text = try read(request.text)
        var registry: Registry?
        if let units = request.units {
            guard ProjectPath.exists(units) else { throw DXAuditError(.noSuchFile(units)) }
            let load = RegistryLoader.load(units)
            guard let loaded = load.registry, !load.findings.contains(where: { $0.severity == .error }) else {
                throw DXAuditError(.planUnusable(units, load.findings))
            }
            registry = loaded
        }
        let extracted = Extractor.extract(text, registry: registry)
        guard !extracted.tasks.isEmpty else { throw DXAuditError(.noPartII(request.text)) }
        let cwd = Workspace.currentDirectory()
        let output = request.output.flatMap { $0 == "-" ? nil : $0 } ?? "plan.yaml"
        let folder = ProjectPath.directory(of: ProjectPath.absolute(output, from: cwd))
        func relative(_ path: String) -> String {
            ProjectPath.relative(ProjectPath.absolute(path, from: cwd), to: folder)
        }
        let unitsName = request.units.map(relative) ?? "units.yaml"
        return Draft(
            extracted: extracted,
            plan: DraftWriter.plan(extracted, units: unitsName, source: relative(request.text)),
            units: request.units == nil ? DraftWriter.units(extracted) : nil)
    }

    /// Makes `folder` and the folders above it that are missing (`plans/` in a new
    /// project); nil on success, else the system's reason.
    static func makeFolders(_ folder: String) -> String? {
        guard !folder.isEmpty, !ProjectPath.isDirectory(folder) else { return nil }
        if let error = makeFolders(ProjectPath.directory(of: folder)) { return error }
        guard mkdir(folder, 0o755) == 0 || errno == EEXIST else { return String(cString: strerror(errno)) }
        return nil
    }

    /// The text's lines, or why there are none: a file that is missing, not a
    /// regular file, not UTF-8 or empty stops the job.
    static func read(_ path: String) throws(DXAuditError) -> PlanText {
        guard ProjectPath.exists(path) else { throw DXAuditError(.noSuchFile(path)) }
        switch SourceFile.read(path) {
        case .failure(let error):
            throw DXAuditError(.unreadableText(path, error))
        case .success(let file):
            switch PlanText.read(file.bytes, path: path) {
            case .success(let text): return text
            case .failure(.notUTF8(let line, let column)):
                throw DXAuditError(.textNotUTF8(path, line: line, column: column))
            case .failure(.empty): throw DXAuditError(.textEmpty(path))
            }
        }
    }
}
