"""Django's file-based cache without zlib: the page cache's hits are its hot path.

Each entry is one file, written to a temporary name and renamed into place, so every worker
process on the machine sees whole entries only. Django's own backend compresses every value;
for cached pages that was the largest cost of a hit (about 60 µs of a few hundred per request),
to save disk space a page cache does not need to save.

A file is read whole with ``os.read`` rather than through a buffered file object (about 2 µs
saved on each read), and a key read on every request, the page cache's generation record, can
have its file name worked out once (:meth:`UncompressedFileCache.key_file`) and be read with
:meth:`get_file`.
"""

import io
import os
import pickle
import time

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache


class UncompressedFileCache(FileBasedCache):
    def get(self, key, default=None, version=None):
        return self.get_file(self._key_to_file(key, version), default)

    def key_file(self, key, version=None):
        """The file that holds key; the name is a hash of the full key, the same on every call."""
        return self._key_to_file(key, version)

    def get_file(self, fname, default=None):
        try:
            fd = os.open(fname, os.O_RDONLY)
        except FileNotFoundError:
            return default
        try:
            chunks = []
            while chunk := os.read(fd, 1 << 16):
                chunks.append(chunk)
        finally:
            os.close(fd)
        stream = io.BytesIO(b"".join(chunks))
        try:
            expiry = pickle.load(stream)
        except EOFError:
            # An empty file is expired, as in Django's backend.
            expiry = 0
        if expiry is not None and expiry < time.time():
            self._delete(fname)
            return default
        return pickle.load(stream)

    def _write_content(self, file, timeout, value):
        expiry = self.get_backend_timeout(timeout)
        file.write(pickle.dumps(expiry, self.pickle_protocol))
        file.write(pickle.dumps(value, self.pickle_protocol))

    def touch(self, key, timeout=DEFAULT_TIMEOUT, version=None):
        # Django's version re-reads the value compressed; rewriting it whole is just as atomic.
        value = self.get(key, self._missing_key, version=version)
        if value is self._missing_key:
            return False
        self.set(key, value, timeout, version=version)
        return True
