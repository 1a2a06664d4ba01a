import ArgumentParser
import Foundation
import LedeCore
import LedeCurses
import LedeUI

/// The reader: `lede [PATH...]`.
struct ReadCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "read",
        abstract: "Read articles in the terminal: list, reading pane and entity sidebar (the default).")
    @OptionGroup var corpus: CorpusOptions

    func run() throws {
        guard corpus.resolvedPaths() != nil else {
            FileHandle.standardError.write(Data("lede: no PATH given and there is no ./seeds folder\n\n\(Lede.helpMessage())\n".utf8))
            throw ExitCode(2)
        }
        let opened = try corpus.openCorpus()
        let backend: CursesBackend
        do {
            backend = try CursesBackend()
        } catch {
            FileHandle.standardError.write(Data("lede: \(error.description)\n".utf8))
            throw ExitCode(1)
        }
        defer { backend.shutdown() }
        let theme = Theme.make(colors: backend.colorSupport, environment: ProcessInfo.processInfo.environment)
        App.run(AppState(corpus: opened, size: backend.size), backend: backend, theme: theme)
    }
}
