import Foundation

/// Reads the files of `Resources/Gazetteer` into a `Gazetteer`. The big generated file
/// (places.tsv, ~2.5 MB) is parsed straight from its bytes; the small hand-written ones as text.
enum GazetteerLoader {
    struct LoadError: Error, CustomStringConvertible {
        var description: String
    }

    static func load(from directory: URL, into g: inout Gazetteer) throws {
        let placesBytes = try bytes(directory, "places.tsv")
        g.places.reserveCapacity(40_000)
        g.entries.reserveCapacity(140_000)
        g.heads.reserveCapacity(130_000)
        g.prefixes.reserveCapacity(40_000)
        g.keys.reserveCapacity(40_000)
        var capitalKeys: [(country: String, capital: String)] = []
        try placesBytes.withUnsafeBufferPointer { buffer in
            try parsePlaces(buffer, into: &g, capitals: &capitalKeys)
        }
        for (country, key) in capitalKeys {
            guard let id = g.keys[key] else { continue }
            g.capitals.insert(id)
            g.capitalOf[country] = id
        }
        try loadExtraPlaces(try text(directory, "extra-places.tsv"), into: &g)
        try loadAliases(try text(directory, "aliases.tsv"), into: &g)
        try loadDemonyms(try text(directory, "demonyms.tsv"), into: &g)
        for fields in rows(try text(directory, "stoplist.tsv")) {
            let level: Gazetteer.StopLevel = fields.count > 1 && fields[1] == "weak" ? .weak : .always
            g.stopWords[NameHash.of(folding: fields[0])] = level
        }
        for fields in rows(try text(directory, "common-words.txt")) {
            g.commonWords.insert(NameHash.of(Array(fields[0].utf8)))
        }
        for fields in rows(try text(directory, "given-names.txt")) {
            g.givenNames.insert(NameHash.of(folding: fields[0]))
        }
        g.indexFacts()
    }

    // MARK: - places.tsv

    /// Columns: key kind cc admin1 name lat lon pop aliases(folded, "|") [capital].
    private static func parsePlaces(_ b: UnsafeBufferPointer<UInt8>, into g: inout Gazetteer,
                                    capitals: inout [(country: String, capital: String)]) throws {
        let tab = UInt8(ascii: "\t"), newline = UInt8(ascii: "\n"), bar = UInt8(ascii: "|")
        var i = 0
        let n = b.count
        var fieldStart = [Int](repeating: 0, count: 11)
        var fieldEnd = [Int](repeating: 0, count: 11)
        var folded: [UInt8] = []
        folded.reserveCapacity(64)
        while i < n {
            var lineEnd = i
            while lineEnd < n, b[lineEnd] != newline { lineEnd += 1 }
            defer { i = lineEnd + 1 }
            if lineEnd == i || b[i] == UInt8(ascii: "#") { continue }
            var count = 0
            var s = i
            for k in i...lineEnd where k == lineEnd || b[k] == tab {
                if count < 10 { fieldStart[count] = s; fieldEnd[count] = k; count += 1 }
                s = k + 1
            }
            guard count >= 9 else {
                throw LoadError(description: "places.tsv: a line with \(count) columns, expected 9 or 10")
            }
            func string(_ f: Int) -> String {
                String(decoding: UnsafeBufferPointer(rebasing: b[fieldStart[f]..<fieldEnd[f]]), as: UTF8.self)
            }
            let kindByte = fieldEnd[1] > fieldStart[1] ? b[fieldStart[1]] : 0
            let kind: PlaceKind
            switch kindByte {
            case UInt8(ascii: "C"): kind = .country
            case UInt8(ascii: "R"), UInt8(ascii: "r"): kind = .region
            case UInt8(ascii: "P"), UInt8(ascii: "D"): kind = .city
            default: throw LoadError(description: "places.tsv: unknown kind in line for \(string(0))")
            }
            let id = g.places.count
            let place = GazetteerPlace(
                key: string(0), kind: kind, countryCode: string(2), admin1: string(3), name: string(4),
                latitude: number(b, fieldStart[5], fieldEnd[5]), longitude: number(b, fieldStart[6], fieldEnd[6]),
                population: Int(number(b, fieldStart[7], fieldEnd[7])), isDistrict: kindByte == UInt8(ascii: "D"))
            g.places.append(place)
            g.keys[place.key] = id
            if kind == .country { g.countries[place.countryCode] = id }
            // A region of a small state is not found by name ("Michael", Isle of Man).
            if kindByte == UInt8(ascii: "r") { continue }
            // The display name, folded here; the aliases were folded by the generator.
            folded.removeAll(keepingCapacity: true)
            NameFolding.append(place.name, to: &folded)
            let exact = PlaceMatcher.hasInnerCapital(place.name) ? Gazetteer.Entry.exactCase : 0
            g.addName(NameHash.of(folded), place: id, flags: Gazetteer.Entry.primary | exact)
            g.addPrefixes(of: folded)
            var a = fieldStart[8]
            let end = fieldEnd[8]
            while a < end {
                var z = a
                var hash = NameHash()
                var words = false
                while z < end, b[z] != bar {
                    hash.add(b[z])
                    if Gazetteer.isBoundary(b[z]) { words = true }
                    z += 1
                }
                if z > a {
                    g.addName(hash.value, place: id, flags: 0)
                    if words { g.addPrefixes(of: UnsafeBufferPointer(rebasing: b[a..<z])) }
                }
                a = z + 1
            }
            if count >= 10, fieldEnd[9] > fieldStart[9] { capitals.append((place.countryCode, string(9))) }
        }
    }

    private static let powersOfTen: [Double] = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9]

    /// A decimal number ("-73.95", "8804190") from ASCII bytes.
    private static func number(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Double {
        var i = start
        var negative = false
        if i < end, b[i] == UInt8(ascii: "-") { negative = true; i += 1 }
        // Digits as one integer, divided once: "50.45" is 5045 / 100, the Double nearest 50.45.
        var digits: Int64 = 0
        var decimals = 0
        var inFraction = false
        while i < end {
            let c = b[i]
            if c >= 0x30 && c <= 0x39, digits < 1_000_000_000_000_000 {
                digits = digits * 10 + Int64(c - 0x30)
                if inFraction { decimals += 1 }
            } else if c == UInt8(ascii: "."), !inFraction {
                inFraction = true
            } else {
                break
            }
            i += 1
        }
        var value = Double(digits)
        if decimals > 0 { value /= Self.powersOfTen[min(decimals, Self.powersOfTen.count - 1)] }
        return negative ? -value : value
    }

    // MARK: - hand-written files

    private static func loadExtraPlaces(_ text: String, into g: inout Gazetteer) throws {
        for f in rows(text) {
            guard f.count >= 7, let lat = Double(f[4]), let lon = Double(f[5]), let weight = Int(f[6]) else {
                throw LoadError(description: "extra-places.tsv: bad line starting \(f.first ?? "")")
            }
            let kind = PlaceKind(rawValue: f[1]) ?? .other
            let id = g.places.count
            g.places.append(GazetteerPlace(key: f[0], kind: kind, countryCode: f[2], admin1: "", name: f[3],
                                           latitude: lat, longitude: lon, population: weight, isDistrict: false))
            g.keys[f[0]] = id
            var names = [f[3]]
            if f.count > 7 { names += f[7].split(separator: "|").map(String.init) }
            for (k, name) in names.enumerated() where !name.isEmpty {
                var flags = Gazetteer.Entry.curated | (k == 0 ? Gazetteer.Entry.primary : 0)
                if hasLowercaseWord(name) { flags |= Gazetteer.Entry.lowercaseWords }
                g.addName(NameHash.of(folding: name), place: id, flags: flags)
                g.addPrefixes(of: Array(NameFolding.fold(name).utf8))
            }
        }
    }

    private static func loadAliases(_ text: String, into g: inout Gazetteer) throws {
        for f in rows(text) {
            guard f.count >= 2, let id = g.keys[f[1]] else {
                throw LoadError(description: "aliases.tsv: unknown place in line \"\(f.joined(separator: " "))\"")
            }
            var flags = Gazetteer.Entry.curated
            if hasLowercaseWord(f[0]) { flags |= Gazetteer.Entry.lowercaseWords }
            if f.count > 2 {
                for flag in f[2].split(separator: ",") {
                    switch flag.trimmingCharacters(in: .whitespaces) {
                    case "caps": flags |= Gazetteer.Entry.capsOnly
                    case "qualifier": flags |= Gazetteer.Entry.qualifierOnly
                    default: throw LoadError(description: "aliases.tsv: unknown flag \(flag) for \(f[0])")
                    }
                }
            }
            g.addName(NameHash.of(folding: f[0]), place: id, flags: flags)
            g.addPrefixes(of: Array(NameFolding.fold(f[0]).utf8))
        }
    }

    private static func loadDemonyms(_ text: String, into g: inout Gazetteer) throws {
        for f in rows(text) {
            guard f.count >= 2 else { continue }
            if f[1] == "-" { g.demonyms[NameHash.of(folding: f[0])] = -1; continue }
            guard let id = g.keys[f[1]] else {
                throw LoadError(description: "demonyms.tsv: unknown place \(f[1]) for \(f[0])")
            }
            g.demonyms[NameHash.of(folding: f[0])] = Int32(id)
        }
    }

    /// True when a word other than a connector ("de", "of") starts with a lower-case letter.
    private static func hasLowercaseWord(_ name: String) -> Bool {
        for word in name.split(separator: " ") {
            guard let first = word.unicodeScalars.first, first.properties.isLowercase else { continue }
            if !PlaceLexicon.nameConnectors.contains(lowercasing: String(word)) { return true }
        }
        return false
    }

    // MARK: - files

    private static func bytes(_ directory: URL, _ name: String) throws -> [UInt8] {
        let url = directory.appendingPathComponent(name)
        do { return [UInt8](try Data(contentsOf: url)) } catch {
            throw LoadError(description: "cannot read gazetteer file \(url.path): \(error.localizedDescription)")
        }
    }

    private static func text(_ directory: URL, _ name: String) throws -> String {
        String(decoding: try bytes(directory, name), as: UTF8.self)
    }

    /// Non-comment, non-empty lines split at tabs.
    private static func rows(_ text: String) -> [[String]] {
        var out: [[String]] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: true) {
            if line.hasPrefix("#") || line.allSatisfy({ $0 == " " || $0 == "\t" || $0 == "\r" }) { continue }
            out.append(line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init))
        }
        return out
    }
}
