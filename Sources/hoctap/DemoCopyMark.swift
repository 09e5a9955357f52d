/// Which demo a writable copy was made from, so that a newer program does not keep showing an older demo.

import Foundation

/// The copy of the demo in the user's data folder keeps, in `.hoctap-demo`, a fingerprint of the
/// built-in demo it was copied from (each file's name and size, and a hash of the campaign file).
/// When the program's demo changes (a new release), a copy with another fingerprint — or none,
/// from before the mark existed — is moved aside whole (`demo-cũ-YYYYMMDD-HHMMSS`, nothing lost)
/// and a fresh copy is made on the next start of the dashboard.
enum DemoCopyMark {
    static let fileName = ".hoctap-demo"

    /// The fingerprint of the demo folder `demo`, or nil when it cannot be read.
    static func fingerprint(of demo: String) -> String? {
        let manager = FileManager.default
        guard let names = try? manager.contentsOfDirectory(atPath: demo).filter({ $0.hasSuffix(".rec") }).sorted(),
              !names.isEmpty else { return nil }
        var parts: [String] = []
        for name in names {
            let path = demo + "/" + name
            guard let size = (try? manager.attributesOfItem(atPath: path))?[.size] as? Int else { return nil }
            parts.append("\(name) \(size)")
        }
        if let campaign = manager.contents(atPath: demo + "/campaign.rec") {
            var hash: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in campaign { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            parts.append(String(hash, radix: 16))
        }
        return parts.joined(separator: "\n") + "\n"
    }

    /// Notes in `copy` that it was made from `demo`.
    static func mark(_ copy: String, from demo: String) {
        guard let print = fingerprint(of: demo) else { return }
        try? print.write(toFile: copy + "/" + fileName, atomically: true, encoding: .utf8)
    }

    /// True when `copy` was made from the demo now in `demo`.
    static func isCurrent(_ copy: String, demo: String) -> Bool {
        guard let print = fingerprint(of: demo),
              let marked = try? String(contentsOfFile: copy + "/" + fileName, encoding: .utf8) else { return false }
        return marked == print
    }

    /// Moves an out-of-date copy aside; returns where it went, or nil when it was left in place.
    static func moveAside(_ copy: String, now: Date = Date()) -> String? {
        let format = DateFormatter()
        format.locale = Locale(identifier: "en_US_POSIX")
        format.dateFormat = "yyyyMMdd-HHmmss"
        let aside = (copy as NSString).deletingLastPathComponent + "/demo-cũ-" + format.string(from: now)
        do {
            try FileManager.default.moveItem(atPath: copy, toPath: aside)
            return aside
        } catch {
            return nil
        }
    }
}
