"""numba's ``njit`` as the compiled kernels use it (:mod:`.flowpath_kernels`, :mod:`.network_kernels`).

This module imports numba: import it only from those modules, which load on first use
(:func:`.lazy.optional_module`), never at plugin start.
"""

from __future__ import annotations

import numba


def jit(fn):
    """Compile with numba without the GIL, caching the machine code (next to the module, or in the user's
    cache folder when the plugin folder is read-only; without any writable folder, without a cache)."""
    try:
        return numba.njit(cache=True, nogil=True)(fn)
    except RuntimeError:  # pragma: no cover - no writable cache location at all
        return numba.njit(cache=False, nogil=True)(fn)
