"""Impact map pages, step 2: the page layers (pathway cut by travel time, marks, facilities, exposed places,
crossings, background) and their styles."""

from __future__ import annotations

from pathlib import Path

from qgis.core import (
    QgsCoordinateTransform,
    QgsFeature,
    QgsGeometry,
    QgsLineString,
    QgsMarkerSymbol,
    QgsProperty,
    QgsRectangle,
    QgsSingleSymbolRenderer,
    QgsVectorLayer,
    QgsWkbTypes,
)

from tailings_qgis_plugin.core.common import tr
from tailings_qgis_plugin.core.report import border_label
from tailings_qgis_plugin.core.report import crossing_text as crossing_label  # noqa: F401
from tailings_qgis_plugin.core.value_labels import country_in
from tailings_qgis_plugin.paths import resource, sample_data_path

from . import styles
from .atlas_export import _quiet_gdal
from .atlas_inputs import (
    COVERAGE_FIELDS,
    CROSSING_FIELDS,
    EXPOSED_FIELDS,
    MIN_PAGE_EXTENT_M,
    PATHWAY_FIELDS,
    _add,
    _float,
    _memory_layer,
    _point_along,
    _polyline,
    _substring,
    _value,
)
from .atlas_text import (
    exposed_caption,
    hours_label,
    local_facility_name,
    localise_country_labels,
    subtitle,
)
from .names import AUTO_FIELDS, centre_level

OVERVIEW_TOLERANCE_M = 3000.0  # 0.1 mm on the overview map
PAGE_TOLERANCE_MM = 0.15  # pathway simplification on paper (a 150 dpi pixel is 0.17 mm)
COARSE_FROM_SCALE = 3_000_000.0  # rivers drawn from the simplified copy at smaller scales than 1:3M
COARSE_RIVER_TOLERANCE_M = 450.0  # 0.15 mm at 1:3,000,000
RELIEF_FILE = "central_asia_altitude_5arcmin.tif"  # see resources/relief/README.md
RELIEF_EXAGGERATION = 4.0
RELIEF_TOLERANCE_M = 1500.0  # the regional DEM's cells are 9 km: smooths their staircase
# hillshade steps (0-255; flat ground about 180 with the sun 45° high): (from, to, RGBA)
RELIEF_STEPS = (
    (0, 140, "60,60,60,80"),  # shadow
    (140, 168, "90,90,90,40"),  # half shadow
    (205, 256, "255,255,255,70"),  # sunlit slope
)
OBLAST_TOLERANCE_M = 100.0  # region boundaries: 0.3 mm at the largest page scale (1:330,000)


def _simplified(geometry, tolerance):
    """``geometry`` simplified (Douglas-Peucker) unless that empties it."""
    simple = geometry.simplify(tolerance) if tolerance > 0 else None
    return simple if simple is not None and not simple.isEmpty() else geometry


class AtlasLayers:
    """Building the styled page layers (mixed into :class:`.layout_builder.ImpactAtlas`)."""

    def _others_title(self) -> str:
        """Legend name of the other points of the facility layer: what they are. The ICMM Global Mining
        Dataset lists mine sites and processing plants (smelters, refineries), not tailings facilities;
        a layer whose rows carry an ICMM id or source is named so."""
        records = [f["record"] for f in self.facilities.values()]
        icmm = sum(
            1
            for r in records
            if r.get("icmm_id") not in (None, "") or "ICMM" in str(r.get("source") or "").upper()
        )
        if records and icmm >= len(records) / 2:
            return tr("Other mine and processing sites (ICMM)")
        return tr("Other tailings facilities")

    def _split_pieces(self, fid):
        """Pathway pieces cut at the travel-time class limits and the time marks (time is taken as linear
        in distance within a piece), and the mark points."""
        cuts = sorted({c[1] for c in styles.TIME_CLASSES if c[1] is not None} | set(self.time_marks_h))
        out, marks = [], []
        for piece in self.pieces.get(fid, []):
            points = _polyline(piece["geometry"])
            if len(points) < 2:
                continue
            length = QgsGeometry(QgsLineString(points)).length()
            t0, t1 = piece["from_h"], piece["to_h"]
            base = {k: piece[k] for k in ("facility_id", "seq", "kind", "from_km", "to_km", "from_h", "to_h")}
            if t0 is None or t1 is None or t1 <= t0 or length <= 0:
                out.append((QgsGeometry(QgsLineString(points)), base))
                continue
            inner = [t for t in cuts if t0 < t < t1]
            bounds = [t0] + inner + [t1]
            km0, km1 = piece["from_km"], piece["to_km"]
            for a, b in zip(bounds[:-1], bounds[1:]):
                d0 = (a - t0) / (t1 - t0) * length
                d1 = (b - t0) / (t1 - t0) * length
                attrs = dict(base, from_h=a, to_h=b)
                if km0 is not None and km1 is not None:
                    attrs["from_km"] = km0 + (km1 - km0) * (a - t0) / (t1 - t0)
                    attrs["to_km"] = km0 + (km1 - km0) * (b - t0) / (t1 - t0)
                out.append((_substring(points, length, d0, d1), attrs))
            for t in self.time_marks_h:
                if t0 <= t < t1 and not any(m[1]["hours"] == t for m in marks):
                    d = (t - t0) / (t1 - t0) * length
                    marks.append(
                        (_point_along(points, d), {"facility_id": fid, "hours": t, "label": hours_label(t)})
                    )
        return out, marks

    def _build_layers(self):
        crs = self.crs
        pathways = _memory_layer("LineString", tr("Downstream pathway: travel time"), PATHWAY_FIELDS, crs)
        marks = _memory_layer(
            "Point",
            tr("Front of the release, hours after failure"),
            [("facility_id", "text"), ("hours", "real"), ("label", "text")],
            crs,
        )
        current = _memory_layer(
            "Point", tr("This facility"), [("facility_id", "text"), ("name", "text")], crs
        )
        current_plain = _memory_layer(
            "Point", tr("This facility"), [("facility_id", "text"), ("name", "text")], crs
        )
        others = _memory_layer(
            "Point",
            self._others_title(),
            [("facility_id", "text"), ("name", "text")],
            crs,
        )
        exposed_map = _memory_layer("Point", tr("Exposed settlement"), EXPOSED_FIELDS, crs)
        exposed_table = _memory_layer("None", "exposed_table", EXPOSED_FIELDS, crs)
        cross_map = _memory_layer("Point", tr("Border crossing (arrival)"), CROSSING_FIELDS, crs)
        cross_table = _memory_layer("None", "crossings_table", CROSSING_FIELDS, crs)
        coverage = _memory_layer("Polygon", "atlas_pages", COVERAGE_FIELDS, crs)

        _add(
            others,
            [
                (f["point"], {"facility_id": k, "name": local_facility_name(f["record"], self.language)})
                for k, f in self.facilities.items()
            ],
        )
        path_rows, mark_rows, page_rows = [], [], []
        for order, fid in enumerate(self.page_ids):
            self._check()
            facility = self.facilities[fid]
            record = facility["record"]
            pieces, page_marks = self._split_pieces(fid)
            mark_rows.extend(page_marks)
            exposed = self.exposed.get(fid, [])
            crossings = self.crossings.get(fid, [])
            rect = QgsRectangle(facility["point"].boundingBox())
            for geometry, _a in pieces + [(g, a) for g, a in exposed + crossings if g is not None]:
                rect.combineExtentWith(geometry.boundingBox())
            cx, cy = rect.center().x(), rect.center().y()
            half_w = max(rect.width(), MIN_PAGE_EXTENT_M) / 2
            half_h = max(rect.height(), MIN_PAGE_EXTENT_M) / 2
            # the pathway is drawn at this page's scale: vertices closer than 0.15 mm on paper are
            # invisible and only make the PDF larger (a 2,500 km pathway: 1.5 km)
            tolerance = PAGE_TOLERANCE_MM * 2 * max(half_w, half_h * 1.46) / 180.0
            pieces = [(_simplified(g, tolerance), a) for g, a in pieces]
            path_rows.extend(pieces)
            page_geometry = QgsGeometry.fromRect(
                QgsRectangle(cx - half_w, cy - half_h, cx + half_w, cy + half_h)
            )
            point = facility["point"].asPoint()
            km = [p["to_km"] for p in self.pieces.get(fid, []) if p["to_km"] is not None]
            pops = [_float(a.get("population")) for _g, a in exposed]
            first = crossings[0][1] if crossings else None
            page = {
                "facility_id": fid,
                "name": local_facility_name(record, self.language),
                "operator": record.get("operator"),
                "region": record.get("region"),
                "commodity": record.get("commodity"),
                "thi": _float(record.get("thi")),
                "consequence_class": record.get("consequence_class"),
                "runout_km": _float(record.get("runout_km")),
                "pathway_km": max(km) if km else None,
                "settlements_exposed": len(exposed),
                "population_exposed": sum(p for p in pops if p is not None),
                "crossings_count": len(crossings),
                "first_border": border_label(
                    country_in(first.get("from_country"), self.language),
                    country_in(first.get("to_country"), self.language),
                )
                if first
                else None,
                "first_border_h": _float(first.get("arrival_h")) if first else None,
                "fx": point.x(),
                "fy": point.y(),
                "page_order": order,
                "assumptions": self.footer_text(record),
            }
            page["subtitle"] = subtitle(page)
            page["exposed_caption"] = exposed_caption(
                len(exposed), self.items["exposed_table"].maximumNumberOfFeatures()
            )
            (
                page["inset_x"],
                page["inset_y"],
                page["scalebar_x"],
                page["scalebar_y"],
                page["inset_hidden"],
            ) = self._inset_corner(page_geometry.boundingBox(), pieces, exposed + crossings)
            page_rows.append((page_geometry, page))
            for geometry, attrs in exposed:
                _add(exposed_table, [(None, attrs)])
                if geometry is not None:
                    _add(exposed_map, [(geometry, attrs)])
            for geometry, attrs in crossings:
                _add(cross_table, [(None, attrs)])
                if geometry is not None:
                    _add(cross_map, [(geometry, attrs)])
            label = {"facility_id": fid, "name": page["name"]}
            _add(current, [(facility["point"], dict(label))])
            _add(current_plain, [(facility["point"], dict(label))])
        _add(pathways, path_rows)
        _add(marks, mark_rows)
        _add(coverage, page_rows)

        if self.time_fields:
            _set(pathways, *styles.pathways_travel_time("from_h", "kind"))
        else:
            _set(pathways, *styles.pathways_by_kind("kind"))
        _set(marks, *styles.time_marks())
        _set(current, *styles.current_facility())
        _set(current_plain, styles.current_facility()[0], None)
        _set(others, *styles.facilities())
        _set(cross_map, *styles.crossings())
        _set_exposed_style(exposed_map)

        background = self._background_layers()
        # the overview map shows all of Central Asia at about 1:30,000,000 (1 mm is 30 km): simplified
        # copies of the countries and lakes draw the same picture with a fraction of the vertices, which
        # halves the size of every PDF page and the time to draw it
        for key in ("countries", "lakes"):
            if key in background:
                background[key + "_overview"] = self._simplified_copy(background[key], OVERVIEW_TOLERANCE_M)
        relief = self._relief_layer()
        if relief is not None:
            background["relief"] = relief
        # rivers, lakes and region boundaries on small-scale pages (beyond 1:3,000,000) from copies
        # simplified to 0.1 mm at that scale
        for key in ("rivers", "lakes", "oblasts"):
            if key not in background:
                continue
            fine = background[key]
            coarse = self._simplified_copy(fine, COARSE_RIVER_TOLERANCE_M)
            fine.setScaleBasedVisibility(True)
            fine.setMinimumScale(COARSE_FROM_SCALE)  # shown from 1:3,000,000 inwards
            fine.setMaximumScale(0)
            coarse.setScaleBasedVisibility(True)
            coarse.setMinimumScale(0)
            coarse.setMaximumScale(COARSE_FROM_SCALE)  # shown beyond 1:3,000,000
            background[key + "_coarse"] = coarse
        self.layers = {
            "pathways": pathways,
            "marks": marks,
            "current": current,
            "current_plain": current_plain,
            "others": others,
            "exposed_map": exposed_map,
            "exposed_table": exposed_table,
            "crossings_map": cross_map,
            "crossings_table": cross_table,
            "coverage": coverage,
            **background,
        }
        self.page_layers = [pathways, marks, current, current_plain, exposed_map, cross_map]
        self.project.addMapLayers(list(self.layers.values()), False)

    def _background_layers(self):
        sample = sample_data_path()
        out = {}
        specs = [
            ("countries", self.inputs.countries, tr("Country")),
            ("lakes", self.inputs.lakes, tr("Lake or reservoir")),
            ("rivers", self.inputs.rivers, tr("River")),
            ("settlements", self.inputs.settlements, tr("Settlement, by population")),
            ("oblasts", self.inputs.oblasts, tr("Region (oblast) boundary")),
        ]
        for key, layer, title in specs:
            if key == "settlements" and self.settlement_source is not None:
                copy = self.settlement_source  # read only: _settlements_copy makes the memory copy
            elif layer is not None:
                copy = layer.clone()
            elif sample.is_file():
                copy = QgsVectorLayer(f"{sample}|layername={key}", key, "ogr")
            else:
                continue
            if not copy.isValid():
                self.warnings.append(
                    tr("The {name} layer could not be opened; it is left out.").format(name=key)
                )
                continue
            if key != "settlements":
                copy.setName(title)
            names = set(copy.fields().names())
            if key == "settlements":
                name_field = self.inputs.settlement_name_field
                pop_field = self.inputs.population_field
                if pop_field in names and name_field in names:
                    copy = self._settlements_copy(copy, name_field, pop_field, title)
                    _set(copy, *styles.settlements_population("name", "population", "centre"))
                else:
                    copy = copy.clone() if copy is self.inputs.settlements else copy
                    copy.setName(title)
                    self.warnings.append(
                        tr(
                            "The settlement layer has no '{n}' or '{p}' field: settlements are not labelled."
                        ).format(n=name_field, p=pop_field)
                    )
                    _set(copy, *styles.facilities())
            elif key == "countries":
                if {"adm0_a3", "name"} <= names:
                    styles.apply_style(copy, "countries")
                    localise_country_labels(copy)
                else:
                    _set(copy, _plain_fill(), None)
            elif key == "oblasts":
                copy = self._simplified_copy(copy, OBLAST_TOLERANCE_M)
                local = AUTO_FIELDS.get(self.language)
                label = local if local in names else ("name" if "name" in names else None)
                if label:
                    _set(copy, *styles.oblasts(label))
                else:
                    _set(copy, styles.oblasts()[0], None)
            elif key == "lakes":
                if "name" in names:
                    styles.apply_style(copy, "lakes")
                    _repair_lake_labels(copy)
                else:
                    _set(copy, styles.lakes()[0], None)
            else:
                styles.apply_style(copy, key)
            out[key] = copy
        return out

    def _relief_layer(self):
        """Relief from the DEM given in ``MapInputs.dem``, else from the bundled 5′ regional DEM
        (resources/relief, about 9 km cells: a backdrop that shows mountains and plains, not terrain
        detail). GDAL computes the hillshade once (sun from the north-west, 45° high, exaggerated); it is
        drawn in four steps (shadow, half shadow, flat = transparent, sunlit), which shows the mountains
        and keeps each PDF page small (a smooth grey image costs 200 kB a page, the steps a few kB).
        None when no DEM can be read."""
        import tempfile

        from osgeo import gdal
        from qgis.core import QgsRasterLayer

        dem = self.inputs.dem
        source = dem.source() if dem is not None else str(resource("relief", RELIEF_FILE))
        if dem is None and not Path(source).is_file():
            return None
        layer = QgsRasterLayer(source, "dem", "gdal")
        if not layer.isValid():
            self.warnings.append(tr("The DEM could not be opened; the maps have no relief."))
            return None
        # elevations in metres over cells in degrees (a geographic DEM): GDAL's scale is the degree's length
        scale = 111_120.0 if layer.crs().isGeographic() else 1.0
        if getattr(self, "_temp_folder", None) is None:
            self._temp_folder = tempfile.TemporaryDirectory(prefix="tailings_maps_")
        shaded = str(Path(self._temp_folder.name) / "hillshade.tif")
        with _quiet_gdal():
            done = gdal.DEMProcessing(
                shaded,
                source,
                "hillshade",
                zFactor=RELIEF_EXAGGERATION,
                scale=scale,
                azimuth=315.0,
                altitude=45.0,
                computeEdges=True,
            )
        if done is None:
            self.warnings.append(tr("The DEM could not be shaded; the maps have no relief."))
            return None
        done = None
        return self._relief_polygons(shaded, layer.crs())

    def _relief_polygons(self, shaded, crs):
        """The hillshade in steps (:data:`RELIEF_STEPS`) as simplified polygons in the map CRS: vector
        shading that costs a few kB on a PDF page, where the grey image cost 100-200 kB."""
        import numpy as np
        from osgeo import gdal, ogr

        source = gdal.Open(shaded)
        values = source.GetRasterBand(1).ReadAsArray().astype(float)
        steps = np.zeros(values.shape, dtype=np.uint8)
        for index, (low, high, _colour) in enumerate(RELIEF_STEPS, start=1):
            steps[(values >= low) & (values < high)] = index
        memory = gdal.GetDriverByName("MEM").Create(
            "", source.RasterXSize, source.RasterYSize, 1, gdal.GDT_Byte
        )
        memory.SetGeoTransform(source.GetGeoTransform())
        memory.SetProjection(source.GetProjection())
        band = memory.GetRasterBand(1)
        band.WriteArray(steps)
        vectors = ogr.GetDriverByName("Memory").CreateDataSource("relief")
        polygons = vectors.CreateLayer("relief", geom_type=ogr.wkbPolygon)
        polygons.CreateField(ogr.FieldDefn("step", ogr.OFTInteger))
        gdal.Polygonize(band, band, polygons, 0, [], callback=None)
        layer = _memory_layer("MultiPolygon", tr("Relief"), [("step", "int")], self.crs)
        transform = QgsCoordinateTransform(crs, self.crs, self.project.transformContext())
        rows = []
        for feature in polygons:
            self._check()
            geometry = QgsGeometry()
            geometry.fromWkb(bytes(feature.GetGeometryRef().ExportToWkb()))
            geometry.transform(transform)
            geometry = _simplified(geometry, RELIEF_TOLERANCE_M)
            rows.append((geometry, {"step": feature.GetField("step")}))
        _add(layer, rows)
        layer.setRenderer(styles.relief_steps([colour for _low, _high, colour in RELIEF_STEPS]))
        return layer

    def _simplified_copy(self, layer, tolerance):
        """A memory copy of a polygon layer in the map CRS, every geometry simplified (Douglas-Peucker,
        ``tolerance`` metres), with the same renderer and labels."""
        kind = QgsWkbTypes.displayString(QgsWkbTypes.multiType(QgsWkbTypes.flatType(layer.wkbType())))
        copy = QgsVectorLayer(
            f"{kind}?crs={self.crs.authid()}" if self.crs.authid() else kind, layer.name(), "memory"
        )
        if not self.crs.authid():
            copy.setCrs(self.crs)
        copy.dataProvider().addAttributes(layer.fields().toList())
        copy.updateFields()
        transform = self._transform(layer)
        features = []
        for feature in layer.getFeatures():
            self._check()
            geometry = QgsGeometry(feature.geometry())
            if geometry.isEmpty():
                continue
            geometry.transform(transform)
            geometry = _simplified(geometry, tolerance)
            geometry.convertToMultiType()
            out = QgsFeature(copy.fields())
            out.setAttributes(feature.attributes())
            out.setGeometry(geometry)
            features.append(out)
        copy.dataProvider().addFeatures(features)
        copy.updateExtents()
        if layer.renderer() is not None:
            copy.setRenderer(layer.renderer().clone())
        if layer.labeling() is not None:
            copy.setLabeling(layer.labeling().clone())
            copy.setLabelsEnabled(layer.labelsEnabled())
        return copy

    def _settlements_copy(self, layer, name_field, pop_field, title):
        """A memory copy (map CRS) of the settlements with ``exposed_by`` = '|fid|fid|' for the settlements
        that an exposed row of a facility stands for (same name within 2 km), so that a page does not
        label a place twice (grey as a settlement and red as exposed)."""
        from qgis.core import QgsSpatialIndex

        copy = _memory_layer(
            "Point",
            title,
            [
                ("name", "text"),
                ("population", "real"),
                ("exposed_by", "text"),
                ("centre", "int"),  # 2 the capital, 1 a regional centre (names.CENTRES)
            ],
            self.crs,
        )
        local_field = self.local_name_field
        transform = self._transform(layer)
        rows = []
        for feature in layer.getFeatures():
            self._check()
            geometry = feature.geometry()
            if geometry is None or geometry.isEmpty():
                continue
            geometry = QgsGeometry(geometry)
            if geometry.type() != QgsWkbTypes.PointGeometry:
                geometry = geometry.pointOnSurface()
            elif geometry.isMultipart():
                geometry = geometry.centroid()
            geometry.transform(transform)
            original = _value(feature, name_field)
            local = _value(feature, local_field) if local_field else None
            label = str(local).strip() if local is not None and str(local).strip() else original
            centre = centre_level(_value(feature, "geonameid"))
            rows.append([geometry, original, _float(_value(feature, pop_field)), set(), label, centre])
        index = QgsSpatialIndex()
        for i, row in enumerate(rows):
            feature = QgsFeature(i)
            feature.setGeometry(row[0])
            index.addFeature(feature)
        for fid, exposed in self.exposed.items():
            for geometry, attrs in exposed:
                if geometry is None:
                    continue
                p = geometry.asPoint()
                for i in index.intersects(
                    QgsRectangle(p.x() - 2000, p.y() - 2000, p.x() + 2000, p.y() + 2000)
                ):
                    if str(rows[i][1]) == str(attrs.get("name_original", attrs.get("name"))):
                        rows[i][3].add(fid)
        _add(
            copy,
            [
                (
                    g,
                    {
                        "name": label,
                        "population": pop,
                        "exposed_by": ("|" + "|".join(sorted(by)) + "|") if by else None,
                        "centre": centre,
                    },
                )
                for g, _original, pop, by, label, centre in rows
            ],
        )
        self.settlements_layer = copy
        return copy

    # ---- binding the template ----


def _plain_fill():
    from qgis.core import QgsFillSymbol

    return QgsSingleSymbolRenderer(
        QgsFillSymbol.createSimple({"color": "#f4f2ec", "outline_color": "#6e6e6e", "outline_width": "0.4"})
    )


def _set(layer, renderer, labeling=None):
    styles.set_style(layer, renderer, labeling)


def _set_exposed_style(layer):
    """Exposed settlements: one red circle sized by population (one legend entry), always labelled."""
    symbol = QgsMarkerSymbol.createSimple(
        {
            "name": "circle",
            "color": "#b2182b",
            "outline_color": "#ffffff",
            "outline_width": "0.3",
            "size": "2",
        }
    )
    # diameter grows with log10(population): 1.6 mm at 1,000 people, 4.6 mm at 1,000,000
    symbol.setDataDefinedSize(
        QgsProperty.fromExpression('coalesce(max(1.6, min(5, 1.6 + (log10(max("population", 1)) - 3))), 1.6)')
    )
    labeling = styles.exposed_labeling()
    styles.set_style(layer, QgsSingleSymbolRenderer(symbol), labeling)


def _repair_lake_labels(layer) -> None:
    """Label lakes with the letters their source dropped put back (:func:`.names.repair_lake_name`)."""
    from qgis.core import QgsPalLayerSettings, QgsVectorLayerSimpleLabeling

    from .names import lake_name_expression

    labeling = layer.labeling()
    if labeling is None or not hasattr(labeling, "settings"):
        return
    settings = QgsPalLayerSettings(labeling.settings())
    settings.fieldName = lake_name_expression("name")
    settings.isExpression = True
    layer.setLabeling(QgsVectorLayerSimpleLabeling(settings))
