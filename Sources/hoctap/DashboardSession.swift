/// One showing of the dashboard: the store snapshot, the theme, the state, and the frame they make.

import Canvas
import Dashboard
import Foundation
import Store

struct DashboardSession {
    let catalog: ThemeCatalog
    let snapshot: StoreSnapshot
    var theme: Theme
    var state: AppState

    init(options: DisplayOptions) throws {
        let location = try StoreLocation.resolve(option: options.store)
        snapshot = try StoreLoader.load(directory: location.directory)
        catalog = ThemeCatalog.standard(
            environment: ProcessInfo.processInfo.environment,
            currentDirectory: FileManager.default.currentDirectoryPath,
            executablePath: Bundle.main.executablePath
        )
        let language = try options.language()
        let themeName = options.theme ?? "default"
        let resolution = catalog.resolve(themeName)
        theme = resolution.theme
        state = AppState(
            language: language,
            ascii: options.ascii,
            themeName: resolution.problems.isEmpty ? themeName : resolution.theme.name,
            themeProblems: resolution.problems.map(\.description),
            storeLabel: location.isBuiltInDemo
                ? language.pick("Dữ liệu mẫu (chỉ xem)", "Demo data (read-only)")
                : location.directory
        )
    }

    /// The frame for a screen of `size`: exactly what the terminal shows.
    func frame(size: Size) -> Buffer {
        Screen.render(state: state, snapshot: snapshot, theme: theme, size: size)
    }

    /// Switches to the theme after the current one in the catalog's cycle.
    mutating func cycleTheme() {
        let order = catalog.cycleOrder()
        guard !order.isEmpty else { return }
        let index = order.firstIndex(of: state.themeName).map { ($0 + 1) % order.count } ?? 0
        let resolution = catalog.resolve(order[index])
        theme = resolution.theme
        state.themeName = order[index]
        state.themeProblems = resolution.problems.map(\.description)
    }
}
