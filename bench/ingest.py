"""Reading minutes files: seconds to turn each sample-sized and a long document into text.

Targets: a few pages in well under a second; the long one (all samples, about 20 PDF
pages) in under 3 s, which the paste screen spends off the UI thread.
Run: .venv/bin/python bench/ingest.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from clerk_tui.ingest import read_file  # noqa: E402
from tests.documents import to_docx, to_pdf  # noqa: E402

TARGET_SECONDS = 3.0


def _best(path: Path, repeat: int = 3) -> float:
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        read_file(path)
        best = min(best, time.perf_counter() - start)
    return best


def main() -> int:
    samples = sorted((ROOT / "sample_minutes").glob("*.txt"))
    one = samples[2].read_text(encoding="utf-8")
    everything = "\n".join(p.read_text(encoding="utf-8") for p in samples)
    slow = []
    with tempfile.TemporaryDirectory() as folder:
        for label, text in (("one sample", one), (f"{len(samples)} samples", everything)):
            for convert in (to_docx, to_pdf):
                path = convert(text, Path(folder) / label.replace(" ", "-"))
                seconds = _best(path)
                size = path.stat().st_size / 1024
                print(f"{path.suffix:>6} {label:>11}: {seconds:.3f} s ({size:.0f} KiB)")
                if seconds > TARGET_SECONDS:
                    slow.append(f"{path.suffix} {label}")
    if slow:
        print(f"slower than {TARGET_SECONDS:.0f} s: {', '.join(slow)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
