"""The files a batch check writes, written atomically.

Everything goes to a hidden work folder inside the output folder and is moved into place only
when the run has finished; ``summary.json`` comes last. An interrupted run therefore never
leaves a file that looks complete.
"""

from __future__ import annotations

import csv
import json
import os
import shutil
import tempfile
from pathlib import Path
from types import TracebackType
from typing import Any

ALLOWED_HEADER = ("id", "basis", "email", "phone", "postal_address", "obligations")
REFUSED_HEADER = ("id", "reasons", "legal_refs", "explanation")
REJECTED_HEADER = ("line", "id", "field", "error")
FILES = ("allowed.csv", "refused.csv", "rejected.csv", "summary.json")


class ResultFiles:
    """``allowed.csv``, ``refused.csv``, ``rejected.csv`` and ``summary.json`` in ``out``."""

    def __init__(self, out: Path) -> None:
        self.out = out
        out.mkdir(parents=True, exist_ok=True)
        self.work = Path(tempfile.mkdtemp(prefix=".licite-partial-", dir=out))
        self._handles = {
            name: (self.work / name).open("w", newline="", encoding="utf-8") for name in FILES[:3]
        }
        self.allowed = csv.writer(self._handles["allowed.csv"])
        self.refused = csv.writer(self._handles["refused.csv"])
        self.rejected = csv.writer(self._handles["rejected.csv"])
        self.allowed.writerow(ALLOWED_HEADER)
        self.refused.writerow(REFUSED_HEADER)
        self.rejected.writerow(REJECTED_HEADER)

    def __enter__(self) -> ResultFiles:
        return self

    def __exit__(
        self,
        kind: type[BaseException] | None,
        error: BaseException | None,
        trace: TracebackType | None,
    ) -> None:
        for handle in self._handles.values():
            handle.close()
        if kind is not None:
            shutil.rmtree(self.work, ignore_errors=True)

    def append_part(self, name: str, part: Path) -> None:
        """Append a block's part file (rows without header) to result ``name``; remove it."""
        with part.open(encoding="utf-8", newline="") as source:
            shutil.copyfileobj(source, self._handles[f"{name}.csv"], 1 << 20)
        part.unlink()

    def write_lines(self, result: Any) -> None:
        """Write the lines of a :class:`~licite.services.batch.ChunkResult`."""
        self.allowed.writerows(result.allowed)
        self.refused.writerows(result.refused)
        self.rejected.writerows(result.rejected)

    def commit(self, summary: dict[str, Any]) -> dict[str, str]:
        """Move the finished files into place (summary last); returns their paths."""
        for handle in self._handles.values():
            handle.flush()
            os.fsync(handle.fileno())
            handle.close()
        (self.work / "summary.json").write_text(
            json.dumps(summary, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
        )
        paths = {}
        for name in FILES:
            os.replace(self.work / name, self.out / name)
            paths[name.split(".")[0]] = str(self.out / name)
        self.work.rmdir()
        return paths
