import ArgumentParser
import DXAudit

extension DXAuditCommand {
    struct Lint: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Check plan files and unit registries.",
            discussion: "Without paths, checks the nearest plans/ folder. Folders are searched for *.yaml files.")

        @OptionGroup var common: CommonOptions

        @Argument(help: "Plan files, unit registries or folders holding them.")
        var paths: [String] = []

        func run() throws {
            var paths = self.paths
            if paths.isEmpty {
                guard let folder = Workspace.findPlansFolder() else {
                    throw fail("no plans/ folder here or above; name the files to check")
                }
                paths = [folder]
            }
            for path in paths where !ProjectPath.exists(path) {
                throw fail("\(path): no such file or folder")
            }
            let isIgnored = try common.ignoredPaths()
            let result = Linter.lint(paths.flatMap(Linter.expand).filter { !isIgnored($0) }, isIgnored: isIgnored)
            try common.finish(
                Outcome(command: "lint", findings: result.findings, files: result.files, failing: common.failing))
        }
    }
}
