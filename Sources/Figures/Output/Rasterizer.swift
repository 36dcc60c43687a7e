import Data
import Foundation

/// Output formats of a figure, chosen by the file extension.
public enum FigureFormat: String, Sendable, CaseIterable {
    /// SVG text (always available).
    case svg
    /// PNG at 300 dpi (needs rsvg-convert).
    case png
    /// PDF (needs rsvg-convert).
    case pdf

    /// The format of `path` (`.svg` when the extension is none of svg/png/pdf).
    public init(path: String?) {
        let ext = (path.map { URL(fileURLWithPath: $0).pathExtension.lowercased() }) ?? "svg"
        self = FigureFormat(rawValue: ext) ?? .svg
    }
}

/// Converts SVG to PNG (300 dpi) or PDF with librsvg's `rsvg-convert` (https://gitlab.gnome.org/GNOME/librsvg).
/// Chinese text needs a CJK font (Debian/Ubuntu: `fonts-noto-cjk`).
public enum Rasterizer {
    /// The first `rsvg-convert` on PATH, or nil.
    public static func executable() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        for dir in path.split(separator: ":") {
            let candidate = "\(dir)/rsvg-convert"
            if FileManager.default.isExecutableFile(atPath: candidate) { return candidate }
        }
        return nil
    }

    /// Checks that `format` can be produced here (SVG always; PNG/PDF need `rsvg-convert`).
    /// - Throws: `FigureError` with exit status 64 (EX_USAGE) and installation advice.
    public static func checkAvailable(_ format: FigureFormat) throws {
        guard format != .svg, executable() == nil else { return }
        throw FigureError("writing .\(format.rawValue) needs rsvg-convert, which is not installed: install it "
            + "(apt-get install librsvg2-bin fonts-noto-cjk, or STATIONKIT_EXTRA_APT with Scripts/bootstrap) "
            + "or write an .svg file instead", at: SourceLocation(file: "rsvg-convert"), status: .usage)
    }

    /// The bytes of `svg` in `format` (SVG: its UTF-8).
    /// - Throws: as `checkAvailable`; `FigureError` (exit 70) when rsvg-convert fails.
    public static func convert(_ svg: String, to format: FigureFormat) throws -> [UInt8] {
        if format == .svg { return Array(svg.utf8) }
        try checkAvailable(format)
        guard let exe = executable() else { return [] }
        let tmp = FileManager.default.temporaryDirectory
        let id = "stationkit-fig-\(getpid())-\(UInt32.random(in: 0...UInt32.max))"
        let input = tmp.appendingPathComponent(id + ".svg"), output = tmp.appendingPathComponent(id + "." + format.rawValue)
        defer {
            try? FileManager.default.removeItem(at: input)
            try? FileManager.default.removeItem(at: output)
        }
        try Foundation.Data(svg.utf8).write(to: input)
        let p = Process()
        p.executableURL = URL(fileURLWithPath: exe)
        p.arguments = ["--format", format.rawValue, "--dpi-x", "300", "--dpi-y", "300", "--output", output.path, input.path]
        p.standardError = FileHandle.nullDevice
        try p.run()
        p.waitUntilExit()
        guard p.terminationStatus == 0, let data = FileManager.default.contents(atPath: output.path) else {
            throw FigureError("rsvg-convert failed (exit \(p.terminationStatus))", at: SourceLocation(file: exe), status: .software)
        }
        return Array(data)
    }
}
