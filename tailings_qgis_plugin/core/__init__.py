"""The engine: pure Python (numpy, shapely, pyproj); no QGIS, no Qt."""
