/// Finds the demo store shipped in the program's resources, without ever trapping when it is absent.

import Foundation
import Store

extension StoreLoader {
    /// The resource bundle's names: SwiftPM calls it `<package>_<target>` with this extension per platform.
    private static let bundleNames = ["hoctap_StoreDemo.resources", "hoctap_StoreDemo.bundle"]

    /// The bundled demo folder (`<resource bundle>/Demo`), or nil when the resources are not installed.
    /// Looks for the same bundle `Bundle.module` would use, but checks that it exists first, since
    /// `Bundle.module` stops the program when it finds none.
    public static func demoDirectory() -> String? {
        for bundlePath in resourceBundleCandidates() where isFolder(bundlePath) {
            var folders: [String] = []
            if let resources = Bundle(path: bundlePath)?.resourceURL?.path { folders.append(resources) }
            folders.append(bundlePath)
            for folder in folders {
                let demo = URL(fileURLWithPath: folder).appendingPathComponent("Demo").path
                if isFolder(demo) { return demo }
            }
        }
        return nil
    }

    /// Where the resource bundle may be: next to the executable (also through a symlink), in the main
    /// bundle's resources (a macOS app), and beside any loaded bundle (an `.xctest` bundle on macOS).
    private static func resourceBundleCandidates() -> [String] {
        var places: [URL] = [Bundle.main.bundleURL]
        if let executable = Bundle.main.executableURL {
            places.append(executable.deletingLastPathComponent())
            places.append(executable.resolvingSymlinksInPath().deletingLastPathComponent())
        }
        if let resources = Bundle.main.resourceURL { places.append(resources) }
        places += Bundle.allBundles.map { $0.bundleURL.deletingLastPathComponent() }
        var seen = Set<String>()
        var candidates: [String] = []
        for place in places {
            for name in bundleNames {
                let path = place.appendingPathComponent(name).path
                if seen.insert(path).inserted { candidates.append(path) }
            }
        }
        return candidates
    }

    private static func isFolder(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
