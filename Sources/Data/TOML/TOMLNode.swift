/// A mutable table used while parsing (headers reopen tables defined earlier).
final class TOMLNode {
    enum Slot {
        case value(TOMLValue)
        case table(TOMLNode)
        case tables([TOMLNode], SourceLocation)
    }

    var order: [String] = []
    var slots: [String: (keyLocation: SourceLocation, slot: Slot)] = [:]
    let location: SourceLocation
    /// Defined by a `[header]` (a second header for it is an error).
    var explicit = false
    /// Created by a dotted key (`a.b = 1`): a later `[a]` header may not reopen it.
    var dotted = false

    init(at location: SourceLocation) { self.location = location }

    func set(_ key: String, _ keyLocation: SourceLocation, _ slot: Slot) {
        if slots[key] == nil { order.append(key) }
        slots[key] = (keyLocation, slot)
    }

    func freeze() -> TOMLTable {
        var t = TOMLTable()
        for k in order {
            guard let (loc, slot) = slots[k] else { continue }
            let v: TOMLValue
            switch slot {
            case .value(let x): v = x
            case .table(let n): v = TOMLValue(.table(n.freeze()), at: n.location)
            case .tables(let ns, let l): v = TOMLValue(.array(ns.map { TOMLValue(.table($0.freeze()), at: $0.location) }), at: l)
            }
            t.insert(TOMLEntry(key: k, keyLocation: loc, value: v))
        }
        return t
    }
}
