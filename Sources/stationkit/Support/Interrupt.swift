import Dispatch
import Foundation
import StationKit

/// Ctrl-C (SIGINT) and SIGTERM: remove the temporary files of outputs being written (and the working
/// folder of a pipeline run), so nothing
/// half-written survives, and exit 130 (SIGINT) or 143 (SIGTERM), as shells report a signal.
enum Interrupt {
    /// Kept alive for the process's lifetime.
    nonisolated(unsafe) private static var sources: [DispatchSourceSignal] = []

    /// Replaces the default handlers with dispatch sources: their handler runs on a queue thread,
    /// not in signal context, so it may take locks while the main thread keeps computing.
    static func install() {
        for (signo, status) in [(SIGINT, Int32(130)), (SIGTERM, Int32(143))] {
            signal(signo, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: signo, queue: .global(qos: .userInteractive))
            source.setEventHandler {
                AtomicFile.removeTemporaryFiles()
                PipelineWorkFolders.removeAll()
                ErrorReporter.report("error: interrupted; unfinished output files removed")
                _exit(status)
            }
            source.resume()
            sources.append(source)
        }
    }
}
