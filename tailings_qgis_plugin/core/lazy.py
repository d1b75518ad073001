"""Heavy libraries loaded on first use, so that starting QGIS with the plugin loads none of them.

``from .lazy import np`` gives an object that stands for the ``numpy`` module: the first attribute read
(``np.asarray``...) imports numpy and copies its namespace into the stand-in, after which attribute reads are
plain dictionary lookups, as on the module itself. Until an algorithm runs, numpy, shapely and pyproj stay
unimported (QGIS's import hook reads ``__file__`` of every imported module, which defeats
``importlib.util.LazyLoader``; a stand-in object is never imported, so it is not touched).
"""

from __future__ import annotations

import importlib
import threading

_LOCK = threading.Lock()


class LazyModule:
    """Stand-in for the module ``name``, imported on the first attribute read."""

    def __init__(self, name: str):
        object.__setattr__(self, "_lazy_name", name)

    def _lazy_load(self):
        with _LOCK:  # algorithms run in worker threads: import once
            module = importlib.import_module(self._lazy_name)
            for key, value in vars(module).items():
                if key not in ("_lazy_name", "_lazy_load"):
                    object.__setattr__(self, key, value)
        return module

    def __getattr__(self, attr):  # only called for names not copied yet
        return getattr(self._lazy_load(), attr)

    def __repr__(self):
        return f"<lazy module {self._lazy_name!r}>"


np = LazyModule("numpy")
shapely = LazyModule("shapely")


_OPTIONAL = {}  # module name -> the module, or None when it could not be imported


def optional_module(name: str):
    """The module ``name`` imported once, or None when it cannot be (the compiled kernels without numba,
    or with a numba/llvmlite that does not match numpy). llvmlite 0.39 (Debian 12) uses a deprecated
    importlib API: that warning, raised inside numba's import, is silenced."""
    if name not in _OPTIONAL:
        import warnings

        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore", DeprecationWarning)
                module = importlib.import_module(name)
        except Exception:
            module = None
        _OPTIONAL[name] = module
    return _OPTIONAL[name]


def optional_module_tried(name: str) -> bool:
    """Whether :func:`optional_module` has tried to import ``name`` already (so using it costs nothing)."""
    return name in _OPTIONAL
