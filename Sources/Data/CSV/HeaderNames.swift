/// The column names of a header row as they are read, one by one (shared by the CSV and .xlsx readers):
/// an empty name becomes `columnK` and a repeated one `name.K` (K = its 1-based position), each with
/// a problem message, so that the table's names stay unique.
struct HeaderNames {
    /// Whether the first name may be empty (matrices labelled on both axes, see `CSVReadOptions`).
    let allowsEmptyFirst: Bool
    private(set) var names: [String] = []
    // A set: a header of 100,000 names is not quadratic.
    private var seen: Set<String> = []

    init(allowsEmptyFirst: Bool) { self.allowsEmptyFirst = allowsEmptyFirst }

    /// Adds the next header cell's text.
    /// - Returns: the name given to the column and the problem found, if any.
    mutating func add(_ raw: String) -> (name: String, problem: String?) {
        var name = raw
        var problem: String?
        if name.isEmpty, !(names.isEmpty && allowsEmptyFirst) {
            name = "column\(names.count + 1)"
            problem = "empty column name in the header (named it \(name))"
        }
        if seen.contains(name) {
            let renamed = "\(name).\(names.count + 1)"
            problem = "duplicate column name '\(name)' in the header (renamed to \(renamed))"
            name = renamed
        }
        names.append(name)
        seen.insert(name)
        return (name, problem)
    }
}
