"""QGIS-side map making: layer styles, print layout templates, the atlas and its export.

Unlike ``core/``, this package imports QGIS. It holds no analysis: it draws what the algorithms computed.
"""
