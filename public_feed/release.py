"""Publishing every file of a sync at once: a release directory and one atomic rename.

Layout under the output directory::

    .releases/<name>/public/...   .releases/<name>/private/...   one directory per sync
    current -> .releases/<name>    the release being served; switched by one rename(2)
    public  -> current/public      made once; what a web server or the Flask app serves
    private -> current/private     made once; never served

:func:`stage` writes a sync's files into a new ``.releases/<name>.tmp`` directory and flushes
them to disk; :func:`switch` renames it into place and points ``current`` at it with a symlink
swapped by ``rename(2)``, which POSIX makes atomic. Until that rename, readers see the last
good release in full; after it, the new one in full: a failed or killed sync never leaves a
mix of old and new files, and a reader that opened a file keeps reading the version it
opened. A file whose bytes equal the served release's copy is hard-linked from it (or copied
with its modification time), so its mtime moves only when its bytes change; a file that is new
or changed gets the sync's time in whole seconds, and always at least one second later than the
copy it replaces. That mtime is the file's HTTP ``Last-Modified`` and, with its size, its
``ETag`` — computed the way nginx computes them for a static file (``"<mtime hex>-<size hex>"``,
``ngx_http_set_etag`` in nginx's ``ngx_http_core_module.c``), so the app
(:mod:`public_feed.store`) and a static server in front of it answer with the same validators
and honour each other's: see :func:`static_etag`.

Only one process may publish at a time (the sync lock); readers need no lock. Anything
written into ``public/`` by other means lands in the current release and is gone after the
next sync: every published file must be part of the sync's file set.
"""
from __future__ import annotations

import errno
import filecmp
import os
import shutil
import stat
import threading
import time
from pathlib import Path
from typing import Callable, Mapping, MutableMapping

from .writer import Writer

RELEASES = ".releases"
CURRENT = "current"
SERVED = ("public", "private")


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY | os.O_DIRECTORY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def current_release(out_dir: Path) -> Path | None:
    """The release directory being served, or None before the first release."""
    link = Path(out_dir) / CURRENT
    return link.resolve() if link.is_symlink() and link.exists() else None


def static_etag(mtime: float, size: int) -> str:
    """nginx's ETag for a static file, quotes included: ``"<whole-second mtime hex>-<size hex>"``
    (``ngx_http_set_etag``: ``"\"%xT-%xO\""`` of ``last_modified_time`` and
    ``content_length_n``). ``mtime`` in seconds since the epoch, ``size`` in bytes."""
    return f'"{int(mtime):x}-{size:x}"'


def _set_mtime(path: Path, seconds: int) -> None:
    os.utime(path, ns=(seconds * 10**9, seconds * 10**9))


_ABSENT = (errno.ENOENT, errno.ENOTDIR, errno.EBADF, errno.ELOOP)
_NEW_FILE = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_CLOEXEC", 0)


def _write_new(path: str, data: bytes, seconds: int) -> None:
    """Create ``path`` (it must not exist; mode 0o666 less the umask, as ``open(path, "xb")``),
    write ``data`` and set its access and modification times to ``seconds`` (whole seconds
    since the epoch) through the open descriptor. Raises ``OSError`` (``FileExistsError``)."""
    fd = os.open(path, _NEW_FILE, 0o666)
    try:
        view = memoryview(data)
        while view:
            view = view[os.write(fd, view):]
        if os.utime in os.supports_fd:
            os.utime(fd, ns=(seconds * 10**9, seconds * 10**9))
        else:                                   # pragma: no cover (not on Linux)
            _set_mtime(Path(path), seconds)
    except OSError as exc:
        if exc.filename is None:                # os.write on a full disk names no file
            exc.filename = path
        raise
    finally:
        os.close(fd)


def _read(path: str) -> bytes:
    with open(path, "rb") as fh:
        return fh.read()


def stage(out_dir: Path, files: Mapping[str, bytes], name: str | None = None,
          now: float | None = None) -> Path:
    """Write ``{relative path: bytes}`` into a new staging directory and return it.

    Relative paths must start with one of :data:`SERVED`. Leftover staging directories of
    killed runs are removed first. ``now`` (seconds since the epoch, default the clock) is the
    mtime given to new and changed files (see the module's docstring). Raises ``OSError`` (the
    staging directory is removed).
    """
    staging = Staging(out_dir, name, now)
    try:
        staging.update(files)
        return staging.finish()
    except BaseException:
        staging.discard()
        raise


#: Issue 17 (p17m): files handed to the writer thread at a time (or fewer, once they hold
#: ``BATCH_BYTES``), and batches queued at most (the rest of the sync waits beyond that).
BATCH_FILES = 32
BATCH_BYTES = 1 << 20
BATCHES_QUEUED = 8


class Staging(MutableMapping):
    """A release being staged, as a ``{relative path: bytes}`` mapping whose files are written
    to the staging directory as they are set (issue 17: a sync's files are not all held in
    memory until :func:`stage`). Setting a path again replaces its file; reading one reads
    it back from the staging directory; deleting one removes it.

    Issue 17 (p17m): with ``background`` (the sync's choice) the files are written in the order set,
    in batches (:data:`BATCH_FILES`, :data:`BATCH_BYTES`), by one
    :class:`public_feed.writer.Writer` thread while the caller builds the next (a file not yet
    written reads back from memory); an ``OSError`` a write raised there is raised by a later
    set or delete that hands over a batch, and at the latest by ``finish()``; ``discard()``
    drops the files still queued before removing the directory. After ``finish()``, and without
    ``background`` (the default), each file is written in the caller's thread as it is set.

    The rules of :func:`stage` apply to each file (paths under :data:`SERVED`; a file equal to
    the served release's copy is hard-linked; the mtime rule). ``finish()`` returns the staged
    directory for :func:`switch` once every file is set; ``discard()`` removes it. Raises
    ``OSError`` and ``ValueError`` (a path outside :data:`SERVED`); the caller discards."""

    def __init__(self, out_dir: Path, name: str | None = None, now: float | None = None,
                 background: bool = False):
        out_dir = Path(out_dir)
        releases = out_dir / RELEASES
        releases.mkdir(parents=True, exist_ok=True)
        for leftover in releases.glob("*.tmp"):
            shutil.rmtree(leftover, ignore_errors=True)
        ns = time.time_ns()
        name = name or f"{time.strftime('%Y%m%dT%H%M%S', time.gmtime(ns // 10**9))}.{ns % 10**9:09d}Z"
        self.path = releases / f"{name}.tmp"
        self.served = current_release(out_dir)
        self.stamp = int(time.time() if now is None else now)
        self.written = 0
        self.sizes: dict[str, int] = {}
        self._folders: set[str] = set()         # folders made under self.path
        self._on_disk: set[str] = set()         # paths the writer has written (writer thread only)
        self._pending: dict[str, bytes] = {}    # paths queued and not yet written: their bytes
        self._lock = threading.Lock()
        self._writer = Writer(size=BATCHES_QUEUED) if background else None
        self._batch: list[tuple[str, bytes | None]] = []     # (path, bytes | None to delete), in order
        self._batch_bytes = 0
        self.path.mkdir()

    def __setitem__(self, rel: str, data: bytes) -> None:
        clean = _clean(rel)
        self.sizes[rel] = len(data)
        if self._writer is None:
            self._write(clean, data)
            return
        with self._lock:
            self._pending[clean] = data
        self._queue(clean, data)        # issue 17 (p17m): written on the writer thread

    def _queue(self, clean: str, data: bytes | None) -> None:
        """Add a write (``data``) or a delete (``None``) to the batch; hand the batch to the
        writer once it holds :data:`BATCH_FILES` files or :data:`BATCH_BYTES` bytes (one queue
        hand-over per batch, not per file)."""
        self._batch.append((clean, data))
        self._batch_bytes += len(data) if data is not None else 0
        if len(self._batch) >= BATCH_FILES or self._batch_bytes >= BATCH_BYTES:
            self._hand_over()

    def _hand_over(self) -> None:
        if self._batch:
            batch, self._batch, self._batch_bytes = self._batch, [], 0
            self._writer.submit(self._write_batch, batch)

    def _write_batch(self, batch: list[tuple[str, bytes | None]]) -> None:
        for clean, data in batch:
            if data is None:
                self._unlink(clean)
                continue
            self._write(clean, data)
            with self._lock:            # on disk now (a failed write keeps its bytes here)
                if self._pending.get(clean) is data:
                    del self._pending[clean]

    def _write(self, clean: str, data: bytes) -> None:
        # issue 17 (p17j): one os.open/os.write/futimens/close per file, each folder made once,
        # the served copy stat()ed only when there is a served release (0.23 ms → the kernel's
        # own cost of creating a file)
        target = f"{self.path}/{clean}"
        if clean in self._on_disk:
            os.unlink(target)
        else:
            folder = clean.rpartition("/")[0]
            if folder not in self._folders:
                os.makedirs(f"{self.path}/{folder}", exist_ok=True)
                self._folders.add(folder)
        self._on_disk.add(clean)
        old_stat = None
        if self.served is not None:
            old = f"{self.served}/{clean}"
            try:
                old_stat = os.stat(old)
            except OSError as exc:    # as Path.is_file(): only "not there" means absent
                if exc.errno not in _ABSENT:
                    raise
            if old_stat is not None and not stat.S_ISREG(old_stat.st_mode):
                old_stat = None
        same = old_stat is not None and old_stat.st_size == len(data) and _read(old) == data
        if same:
            try:
                os.link(old, target)
                return
            except OSError:
                pass                  # no hard links here: write a copy, same mtime below
        if old_stat is None:
            seconds = self.stamp
        elif same:
            seconds = int(old_stat.st_mtime)
        else:                         # changed: a later whole second, so the ETag changes too
            seconds = max(self.stamp, int(old_stat.st_mtime) + 1)
        _write_new(target, data, seconds)
        self.written += 1

    def write_file(self, rel: str, fill: Callable[[str], object]) -> None:
        """Stage ``rel`` as a file that ``fill(path)`` creates at ``path`` (a new file in the
        staging directory) and writes whole, in the caller's thread — for a file a library
        writes itself (SQLite: :mod:`public_feed.calendars`, issue 17, p17p), so its bytes are
        never all in memory. Then the rules of :func:`stage`: a file equal to the served
        release's copy (compared by content, in blocks) is replaced by a hard link to it (or
        given its mtime), a new one gets the sync's time, a changed one a later second.
        Raises ``ValueError`` (a path outside :data:`SERVED`, or one already staged) and
        what ``fill`` raises, and ``OSError``; the caller discards."""
        clean = _clean(rel)
        if rel in self.sizes:
            raise ValueError(f"{rel!r} is already staged")
        target = f"{self.path}/{clean}"
        os.makedirs(os.path.dirname(target), exist_ok=True)
        scratch = f"{target}.part"
        fill(scratch)
        size = os.stat(scratch).st_size
        old = f"{self.served}/{clean}" if self.served is not None else None
        old_stat = None
        if old is not None:
            try:
                old_stat = os.stat(old)
            except OSError as exc:
                if exc.errno not in _ABSENT:
                    raise
        if old_stat is not None and not stat.S_ISREG(old_stat.st_mode):
            old_stat = None
        same = old_stat is not None and old_stat.st_size == size and filecmp.cmp(old, scratch, shallow=False)
        linked = False
        if same:
            try:
                os.link(old, target)
                linked = True
            except OSError:
                pass
        if linked:
            os.unlink(scratch)
        else:
            os.rename(scratch, target)
            if old_stat is None:
                seconds = self.stamp
            elif same:
                seconds = int(old_stat.st_mtime)
            else:
                seconds = max(self.stamp, int(old_stat.st_mtime) + 1)
            _set_mtime(Path(target), seconds)
            self.written += 1
        self._on_disk.add(clean)
        self.sizes[rel] = size

    def __getitem__(self, rel: str) -> bytes:
        if rel not in self.sizes:
            raise KeyError(rel)
        clean = _clean(rel)
        with self._lock:
            data = self._pending.get(clean)
        if data is not None:
            return data
        if self._writer is not None and self._writer.error is not None:
            raise self._writer.error
        return (self.path / clean).read_bytes()

    def __delitem__(self, rel: str) -> None:
        del self.sizes[rel]
        clean = _clean(rel)
        if self._writer is None:
            self._unlink(clean)
            return
        with self._lock:
            self._pending.pop(clean, None)
        self._queue(clean, None)

    def _unlink(self, clean: str) -> None:
        if clean in self._on_disk:
            self._on_disk.discard(clean)
            os.unlink(f"{self.path}/{clean}")

    def __iter__(self):
        return iter(self.sizes)

    def __len__(self) -> int:
        return len(self.sizes)

    def finish(self) -> Path:
        """The staged directory, flushed to disk, ready for :func:`switch`. Raises the
        ``OSError`` a file's write raised on the writer thread (the caller discards)."""
        if self._writer is not None:
            self._hand_over()
            writer, self._writer = self._writer, None
            writer.close()          # a file set after this is written at once, in the caller's thread
        for top in SERVED:
            (self.path / top).mkdir(exist_ok=True)
        if self.written:
            os.sync()       # one flush for every new file (not one fsync each) before the switch
        return self.path

    def discard(self) -> None:
        """Stop the writer (files still queued are not written) and remove the staging
        directory."""
        if self._writer is not None:
            self._batch = []
            self._writer.abandon()
        discard(self.path)


def _clean(rel: str) -> str:
    """``rel`` as ``top/…/name`` (one ``/`` between parts). Raises ``ValueError`` for a path
    that is absolute, climbs out with ``..`` or is not under one of :data:`SERVED`."""
    plain = rel.split("/")      # issue 17 (p17m): a path already clean is checked without pathlib
    if plain[0] in SERVED and len(plain) > 1 and "" not in plain and "." not in plain and ".." not in plain:
        return rel
    parts = Path(rel).parts
    if not parts or Path(rel).is_absolute() or ".." in parts or parts[0] not in SERVED:
        raise ValueError(f"{rel!r} is not a path under {' or '.join(SERVED)}/")
    return "/".join(parts)


def discard(staged: Path) -> None:
    """Remove a staged release that will not be published."""
    shutil.rmtree(staged, ignore_errors=True)


def switch(out_dir: Path, staged: Path, keep: int = 2) -> Path:
    """Serve ``staged``: rename it to its final name, swap ``current`` to it, make sure
    ``public``/``private`` point through ``current``, and prune all but the ``keep`` newest
    releases. Returns the release directory. Raises ``OSError``.

    A ``public``/``private`` that is still a real directory (written by an older version)
    is moved into ``.releases/`` and replaced by the link, once.
    """
    out_dir = Path(out_dir)
    final = staged.with_name(staged.name.removesuffix(".tmp"))
    os.rename(staged, final)
    tmp_link = out_dir / f".{CURRENT}.{os.getpid()}.tmp"
    tmp_link.unlink(missing_ok=True)
    os.symlink(Path(RELEASES) / final.name, tmp_link)
    os.replace(tmp_link, out_dir / CURRENT)
    for top in SERVED:
        link = out_dir / top
        target = Path(CURRENT) / top
        if link.is_symlink() and Path(os.readlink(link)) == target:
            continue
        if link.is_dir() and not link.is_symlink():
            os.rename(link, out_dir / RELEASES / f"00000000T000000-legacy-{top}-{time.time_ns()}")
        tmp = out_dir / f".{top}.{os.getpid()}.tmp"
        tmp.unlink(missing_ok=True)
        os.symlink(target, tmp)
        os.replace(tmp, link)
    _fsync_dir(out_dir)
    _prune(out_dir / RELEASES, final, keep)
    return final


def _prune(releases: Path, served: Path, keep: int) -> None:
    """Delete old releases, newest ``keep`` kept (a reader mid-request may use the previous).
    Release names start with their UTC creation time, so name order is age order."""
    done = sorted(p for p in releases.iterdir() if p.is_dir() and not p.name.endswith(".tmp"))
    for old in done[:-keep] if keep else done:
        if old != served:
            shutil.rmtree(old, ignore_errors=True)


def refresh(out_dir: Path, files: Mapping[str, bytes], now: float | None = None) -> Path:
    """Replace ``files`` (``{relative path: bytes}``) in the served release itself, each by a
    temporary file renamed over it (a reader sees the old or the new bytes), with the mtime
    rule of :func:`stage` (a changed or new file gets ``now`` in whole seconds, at least one
    second after the copy it replaces; an equal one is left alone). For a run that changes
    nothing but its own clock (:mod:`sheets_sync.steady`). Returns the release directory.
    Raises ``OSError``, ``ValueError`` for a path outside :data:`SERVED` or no release."""
    served = current_release(out_dir)
    if served is None:
        raise ValueError(f"{out_dir} has no served release to refresh")
    stamp = int(time.time() if now is None else now)
    touched = set()
    for rel, data in files.items():
        if Path(rel).is_absolute() or ".." in Path(rel).parts or Path(rel).parts[0] not in SERVED:
            raise ValueError(f"{rel!r} is not a path under {' or '.join(SERVED)}/")
        target = served / rel
        old = target.stat() if target.is_file() else None
        if old is not None and old.st_size == len(data) and target.read_bytes() == data:
            continue
        tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        with open(tmp, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        _set_mtime(tmp, stamp if old is None else max(stamp, int(old.st_mtime) + 1))
        os.replace(tmp, target)
        touched.add(target.parent)
    for folder in touched:
        _fsync_dir(folder)
    return served
