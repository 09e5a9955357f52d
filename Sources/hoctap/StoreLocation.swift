/// Where the store is: --store, then $HOCTAP_STORE, then ./store, then the copy of the demo, then the built-in demo.

import Foundation
import Store
import StoreDemo
import VietText

struct StoreLocation {
    /// The folder to read.
    let directory: String
    /// True for the demo shipped inside the program: it is shown, never written to.
    let isBuiltInDemo: Bool
    /// True for the copy of the demo in the user's data folder, where entering data on the demo goes.
    let isDemoCopy: Bool

    init(directory: String, isBuiltInDemo: Bool = false, isDemoCopy: Bool = false) {
        self.directory = directory
        self.isBuiltInDemo = isBuiltInDemo
        self.isDemoCopy = isDemoCopy
    }

    enum Failure: Error, CustomStringConvertible {
        case noDemo
        var description: String {
            "no store given and the built-in demo store was not found next to the program; use --store DIR"
        }
    }

    static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> StoreLocation {
        if let option { return StoreLocation(directory: option) }
        if let env = environment["HOCTAP_STORE"], !env.isEmpty {
            return StoreLocation(directory: env)
        }
        if isFolder("store") { return StoreLocation(directory: "store") }
        if let copy = demoCopyFolder(environment), isFolder(copy) {
            return StoreLocation(directory: copy, isDemoCopy: true)
        }
        guard let demo = StoreLoader.demoDirectory() else { throw Failure.noDemo }
        return StoreLocation(directory: demo, isBuiltInDemo: true)
    }

    /// The place for the writable copy of the demo: `$XDG_DATA_HOME/hoctap/demo`, else
    /// `~/.local/share/hoctap/demo`. Nil without a home folder.
    static func demoCopyFolder(_ environment: [String: String]) -> String? {
        if let data = environment["XDG_DATA_HOME"], data.hasPrefix("/") {
            return data + "/hoctap/demo"
        }
        guard let home = environment["HOME"], !home.isEmpty else { return nil }
        return home + "/.local/share/hoctap/demo"
    }

    /// For the interactive dashboard: the built-in demo is replaced by a writable copy in the
    /// user's data folder, made now from the demo's files. Where no copy can be made, the demo is
    /// shown read-only as before.
    func writable(environment: [String: String] = ProcessInfo.processInfo.environment) -> StoreLocation {
        // A copy of an older program's demo is moved aside (kept whole) and made anew.
        if isDemoCopy, let demo = StoreLoader.demoDirectory(), !DemoCopyMark.isCurrent(directory, demo: demo),
           DemoCopyMark.moveAside(directory) != nil {
            return StoreLocation(directory: demo, isBuiltInDemo: true).writable(environment: environment)
        }
        guard isBuiltInDemo, let copy = Self.demoCopyFolder(environment) else { return self }
        do {
            try StoreInitializer.create(in: copy, contents: .copy(from: directory))
            DemoCopyMark.mark(copy, from: directory)
            return StoreLocation(directory: copy, isDemoCopy: true)
        } catch {
            return self
        }
    }

    /// How the status line names the store.
    func label(_ language: Language) -> String {
        if isBuiltInDemo {
            return language.pick("Dữ liệu mẫu, người và số tiền là giả định (chỉ xem)",
                                 "Demo data, people and amounts invented (read-only)")
        }
        if isDemoCopy {
            return language.pick("Dữ liệu mẫu, người và số tiền là giả định · ", "Demo data, people and amounts invented · ")
                + Self.abbreviated(directory)
        }
        return directory
    }

    /// The folder with the home folder written as `~`.
    static func abbreviated(_ path: String) -> String {
        guard let home = ProcessInfo.processInfo.environment["HOME"], !home.isEmpty, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    private static func isFolder(_ path: String) -> Bool {
        var isDir: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDir) && isDir.boolValue
    }
}
