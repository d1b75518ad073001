"""QGIS Processing adapters: parameters in, engine call, sinks out."""
