/// The theme catalog as this process sees it: its environment, folder and executable.

import Dashboard
import Foundation

extension ThemeCatalog {
    static func forThisProcess() -> ThemeCatalog {
        standard(
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: Bundle.main.executablePath
        )
    }
}
