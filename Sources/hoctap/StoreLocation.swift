/// Where the store is: --store, then $HOCTAP_STORE, then ./store, then the built-in demo.

import Foundation
import Store

struct StoreLocation {
    /// The folder to read.
    let directory: String
    /// True for the demo shipped inside the program: it is shown, never written to.
    let isBuiltInDemo: Bool

    enum Failure: Error, CustomStringConvertible {
        case noDemo
        var description: String {
            "no store given and the built-in demo store was not found next to the program; use --store DIR"
        }
    }

    static func resolve(option: String?, environment: [String: String] = ProcessInfo.processInfo.environment) throws -> StoreLocation {
        if let option { return StoreLocation(directory: option, isBuiltInDemo: false) }
        if let env = environment["HOCTAP_STORE"], !env.isEmpty {
            return StoreLocation(directory: env, isBuiltInDemo: false)
        }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: "store", isDirectory: &isDir), isDir.boolValue {
            return StoreLocation(directory: "store", isBuiltInDemo: false)
        }
        guard let demo = StoreLoader.demoDirectory() else { throw Failure.noDemo }
        return StoreLocation(directory: demo, isBuiltInDemo: true)
    }
}
