/// Opens a store folder and reads its files into a `StoreSnapshot`.

import Foundation

/// Reads a store folder. Only an unusable folder throws; anything wrong inside it is a problem.
public enum StoreLoader {
    /// The file names of the store, relative to its folder; also the names problems are reported under.
    static let campaignFile = "campaign.rec"

    /// Reads the store in `directory`.
    /// Throws `StoreError` when the folder does not exist, is not a folder, or cannot be listed.
    public static func load(directory: String) throws -> StoreSnapshot {
        try FileAccess.checkFolder(directory)
        var problems: [StoreProblem] = []
        var campaign: Campaign?
        if let file = readFile(campaignFile, in: directory, problems: &problems) {
            let result = CampaignReader.read(file)
            campaign = result.campaign
            problems += result.problems
        }
        return StoreSnapshot(directory: directory, campaign: campaign, problems: StoreProblem.sorted(problems))
    }

    /// Parses one store file, adding its syntax problems; a missing or unreadable file is itself a problem.
    static func readFile(_ name: String, in directory: String, problems: inout [StoreProblem]) -> RecFile? {
        let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: path) else {
            problems.append(StoreProblem(file: name, line: 0, severity: .error,
                                         message: "file missing from the store folder"))
            return nil
        }
        do {
            let file = try RecParser.parse(contentsOf: path, as: name)
            problems += file.problems
            return file
        } catch {
            problems.append(StoreProblem(file: name, line: 0, severity: .error, message: "\(error)"))
            return nil
        }
    }
}
