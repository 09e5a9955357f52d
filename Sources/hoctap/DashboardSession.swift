/// One showing of the dashboard: the store snapshot, the theme, the state, and the frame they make.

import Canvas
import Dashboard
import Foundation
import Store

struct DashboardSession {
    let catalog: ThemeCatalog
    /// The store folder the snapshot was read from.
    let directory: String
    /// The last good snapshot and the latest problems; replaced on each reload.
    var live: LiveSnapshot
    var theme: Theme
    var state: AppState

    init(options: DisplayOptions) throws {
        let location = try StoreLocation.resolve(option: options.store)
        directory = location.directory
        live = LiveSnapshot(try StoreLoader.load(directory: location.directory))
        catalog = .forThisProcess()
        let language = try options.language()
        let resolution = catalog.resolve(options.theme ?? "default")
        theme = resolution.theme
        state = AppState(
            language: language,
            ascii: options.ascii,
            themeName: resolution.theme.name,
            themeProblems: resolution.problems,
            storeLabel: location.isBuiltInDemo
                ? language.pick("Dữ liệu mẫu (chỉ xem)", "Demo data (read-only)")
                : location.directory
        )
    }

    /// What the panes show: the last good snapshot, with the latest problems.
    var snapshot: StoreSnapshot { live.shown }

    /// The frame for a screen of `size`: exactly what the terminal shows.
    func frame(size: Size) -> Buffer {
        Screen.render(state: state, snapshot: snapshot, theme: theme, size: size)
    }

    /// Switches to the theme after the current one in the catalog's cycle.
    mutating func cycleTheme() {
        guard let name = ThemeCycle.next(after: state.themeName, in: catalog.cycleOrder()) else { return }
        let resolution = catalog.resolve(name)
        theme = resolution.theme
        state.themeName = resolution.theme.name
        state.themeProblems = resolution.problems
    }
}
