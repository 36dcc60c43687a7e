"""Helpers shared by the StationKit notebooks: find and run the `stationkit` CLI, a scratch folder for its
outputs, and matplotlib set up headless (Agg) with a CJK font when one is installed.

The CLI is `$STATIONKIT_BIN` when set, else `../.build/release/stationkit` or `../.build/debug/stationkit`
(relative to this folder), whichever exists; when both exist, the more recently built one.
"""
import os
import pathlib
import shlex
import subprocess
import tempfile

import matplotlib

matplotlib.use("Agg")  # headless: figures are saved as PNG and displayed from the file
import matplotlib.pyplot as plt  # noqa: E402
from matplotlib import font_manager  # noqa: E402

ROOT = pathlib.Path(__file__).resolve().parent.parent
DATA = ROOT / "Datasets" / "jinan"
SCENARIOS = ROOT / "Datasets" / "jinan" / "scenarios"

# Families tried in order for Chinese labels (the same stack as the Figures module's SVGs).
CJK_FAMILIES = ["Noto Sans CJK SC", "Noto Sans CJK JP", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei",
                "Noto Serif CJK SC", "Noto Serif CJK JP", "WenQuanYi Zen Hei", "SimHei"]


def stationkit_bin():
    """Path of the CLI: $STATIONKIT_BIN, else the newer of the release and debug builds."""
    if os.environ.get("STATIONKIT_BIN"):
        return os.environ["STATIONKIT_BIN"]
    builds = [ROOT / ".build" / kind / "stationkit" for kind in ("release", "debug")]
    builds = [p for p in builds if p.exists()]
    if not builds:
        raise FileNotFoundError("stationkit CLI not found: set STATIONKIT_BIN or run "
                                "`swift build --product stationkit` in the repository root")
    return str(max(builds, key=lambda p: p.stat().st_mtime))


def stationkit(*args):
    """Runs `stationkit ARGS…` (one OpenBLAS thread, so results are byte-identical run to run) and returns
    its stdout; raises RuntimeError with the CLI's stderr when it exits non-zero."""
    command = [stationkit_bin(), *map(str, args)]
    print("$ stationkit", " ".join(shlex.quote(str(a)) for a in args))
    env = dict(os.environ, OPENBLAS_NUM_THREADS="1")
    done = subprocess.run(command, capture_output=True, text=True, env=env, cwd=ROOT)
    if done.returncode != 0:
        raise RuntimeError(f"stationkit exited with {done.returncode}:\n{done.stderr}")
    return done.stdout


def scratch():
    """A folder for the CLI's outputs: $STATIONKIT_NOTEBOOK_OUT when set, else a fresh temporary folder."""
    path = os.environ.get("STATIONKIT_NOTEBOOK_OUT") or tempfile.mkdtemp(prefix="stationkit-nb-")
    path = pathlib.Path(path)
    path.mkdir(parents=True, exist_ok=True)
    return path


def use_cjk_font():
    """Selects the first installed CJK family for all text; returns False (labels stay English) when none is.

    matplotlib's font cache skips TrueType collections (.ttc, how Debian ships Noto CJK), so font files whose
    name marks them as CJK are registered first (Sans before Serif, regular weight first)."""
    files = [f for f in font_manager.findSystemFonts()
             if any(k in pathlib.Path(f).name.lower() for k in ("cjk", "sourcehan", "wqy", "wenquanyi"))]
    for f in sorted(files, key=lambda f: ("serif" in f.lower(), "bold" in f.lower(), f)):
        try:
            font_manager.fontManager.addfont(f)
        except (OSError, RuntimeError, ValueError):
            continue
    installed = {f.name for f in font_manager.fontManager.ttflist}
    for family in CJK_FAMILIES:
        if family in installed:
            plt.rcParams["font.family"] = "sans-serif"
            plt.rcParams["font.sans-serif"] = [family, "DejaVu Sans"]
            plt.rcParams["axes.unicode_minus"] = False
            return True
    return False


ZH = use_cjk_font()


def label(zh, en):
    """The Chinese label when a CJK font is available, else the English one."""
    return zh if ZH else en


def show(fig, path):
    """Saves `fig` as PNG at `path` (150 dpi), closes it and displays the file in the notebook."""
    from IPython.display import Image, display
    fig.savefig(path, dpi=150, bbox_inches="tight")
    plt.close(fig)
    display(Image(filename=str(path)))
