import LedeCore

/// The sidebar as rows: a heading per entity type, then its entities.
public enum SidebarRow: Hashable, Sendable {
    case heading(EntityType, count: Int)
    /// Index into `SidebarState.entities`.
    case entity(Int)
    case blank
}

extension SidebarState {
    public var rows: [SidebarRow] {
        var rows: [SidebarRow] = []
        var i = 0
        while i < entities.count {
            let type = entities[i].type
            var j = i
            while j < entities.count, entities[j].type == type { j += 1 }
            if !rows.isEmpty { rows.append(.blank) }
            rows.append(.heading(type, count: j - i))
            for k in i..<j { rows.append(.entity(k)) }
            i = j
        }
        return rows
    }

    /// The row showing entity `index`.
    func row(ofEntity index: Int) -> Int {
        rows.firstIndex(of: .entity(index)) ?? 0
    }
}
