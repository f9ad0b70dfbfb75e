"""What the output folder holds on disk, for ``sync --json`` (issue 17). I/O only, no writes."""
from __future__ import annotations

import os
import stat
from pathlib import Path


def folder_size(folder: Path) -> dict[str, int]:
    """``{"out_bytes": int, "out_files": int}`` for ``folder`` and everything under it:
    bytes are file sizes (``st_size``, not blocks), each file counted once however many hard
    links it has (releases share unchanged files), symbolic links not followed. A folder that
    does not exist is ``0``/``0``; a file that vanishes while counted is skipped."""
    seen: set[tuple[int, int]] = set()
    total = 0
    for root, _dirs, names in os.walk(folder):
        for name in names:
            try:
                st = os.lstat(os.path.join(root, name))
            except OSError:
                continue
            key = (st.st_dev, st.st_ino)
            if key in seen or not stat.S_ISREG(st.st_mode):
                continue
            seen.add(key)
            total += st.st_size
    return {"out_bytes": total, "out_files": len(seen)}
