/// Several stores shown as one: a merged ward's former wards, or a province's wards.

/// What `area.rec` describes, or what `--store A --store B` makes: a name, a level and the members.
public struct Area: Hashable, Sendable {
    /// `Phường Sầm Sơn`, `Tỉnh Thanh Hóa`; empty for the unnamed area of repeated `--store`s.
    public var name: String
    public var level: AreaLevel
    /// In the file's order (the order of the `--store` options).
    public var members: [AreaMember]

    public init(name: String, level: AreaLevel, members: [AreaMember]) {
        self.name = name
        self.level = level
        self.members = members
    }

    /// The unnamed area of store folders given one by one; each member is named later by its
    /// store's ward (or, without one, by its folder).
    public static func ofStores(_ folders: [String]) -> Area {
        Area(name: "", level: .ward, members: folders.map { AreaMember(name: "", source: .store($0)) })
    }
}

/// How far an area reaches.
public enum AreaLevel: String, CaseIterable, Hashable, Sendable {
    /// A ward or commune, such as a merged ward with its former wards' stores.
    case ward
    /// A province, over its wards' published summaries.
    case province
}

/// One member of an area: the name it is known by and where its figures are.
public struct AreaMember: Hashable, Sendable {
    /// `Phường Quảng Châu (cũ)`; empty: the store's own ward name, else its folder.
    public var name: String
    public var source: AreaSource
    /// The member's line in `area.rec`; 0 for a `--store` option.
    public var line: Int

    public init(name: String, source: AreaSource, line: Int = 0) {
        self.name = name
        self.source = source
        self.line = line
    }
}

/// Where a member's figures are read from.
public enum AreaSource: Hashable, Sendable {
    /// A store folder: the full store, read as `hoctap report` reads it.
    case store(String)
    /// A ward's published summary (`hoctap report --summary`): figures only.
    case summary(String)

    /// The folder or file.
    public var path: String {
        switch self {
        case .store(let p), .summary(let p): p
        }
    }
}
