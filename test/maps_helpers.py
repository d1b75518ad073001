"""The impact-map tests' data set, fixtures and readers (test_maps.py, test_maps_layout.py; also
imported by test_report.py and test_i18n_outputs.py through test_maps).

Until the analysis algorithms' outputs are at hand, the tests build a small impact data set from the real
sample data: a pathway that follows the real Irtysh reaches downstream of the Ust-Kamenogorsk smelter
(digitised in flow direction, so reach ends meet reach starts), the real settlements within 5 km of it and
the real border where it leaves Kazakhstan. Travel times use a constant 1 m/s (3.6 km/h).
"""

from __future__ import annotations

import re
import shutil
import subprocess
import tempfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
# A private copy: QGIS may write to a GeoPackage it opens, and the shipped sample must never change.
GPKG = Path(tempfile.mkdtemp(prefix="tailings-maps-")) / "kazakhstan.gpkg"
shutil.copy2(ROOT / "resources" / "sample_data" / "kazakhstan.gpkg", GPKG)
SMELTER = "KZ-ICMM06886"  # Ust Kamenogorsk Pb Smelter, on the Irtysh
SECOND = "KZ-ICMM05696"  # Kempirsai Group (Aktobe): a second page far away
VELOCITY_KMH = 3.6
LCC = "+proj=lcc +lat_0=48 +lon_0=68 +lat_1=42 +lat_2=54 +x_0=0 +y_0=0 +datum=WGS84 +units=m +no_defs"


# --- building a small impact data set from the real sample data ------------------------------------------


def _layer(name):
    from qgis.core import QgsVectorLayer

    layer = QgsVectorLayer(f"{GPKG}|layername={name}", name, "ogr")
    assert layer.isValid(), name
    return layer


def _line(geometry):
    return geometry.asMultiPolyline()[0] if geometry.isMultipart() else geometry.asPolyline()


def walk_downstream(lon, lat, max_km=1600.0):
    """Pieces [(kind, [QgsPointXY...])] from a point: an overland leg to the nearest river vertex, then the
    reaches whose start is the previous reach's end (the sample rivers are digitised in flow direction)."""
    from pyproj import Geod
    from qgis.core import QgsPointXY, QgsSpatialIndex

    geod = Geod(ellps="WGS84")
    rivers = _layer("rivers")
    features = {f.id(): f for f in rivers.getFeatures()}
    starts = {}
    for f in features.values():
        p = _line(f.geometry())[0]
        starts.setdefault((round(p.x(), 6), round(p.y(), 6)), []).append(f.id())
    index = QgsSpatialIndex(rivers.getFeatures())
    origin = QgsPointXY(lon, lat)
    nearest = index.nearestNeighbor(origin, 1)[0]
    line = _line(features[nearest].geometry())
    k = min(range(len(line)), key=lambda i: line[i].sqrDist(origin))
    pieces = [("overland", [origin, QgsPointXY(line[k])]), ("river", [QgsPointXY(p) for p in line[k:]])]
    total, seen, end = 0.0, {nearest}, line[-1]
    while total < max_km:
        following = [i for i in starts.get((round(end.x(), 6), round(end.y(), 6)), []) if i not in seen]
        if not following:
            break
        seen.add(following[0])
        line = _line(features[following[0]].geometry())
        pieces.append(("river", [QgsPointXY(p) for p in line]))
        total += geod.line_length([p.x() for p in line], [p.y() for p in line]) / 1000.0
        end = line[-1]
    return pieces


def write_impact_gpkg(path, facility_ids=(SMELTER, SECOND), corridor_m=5000.0):
    """Write facilities / pathways / exposed / crossings layers (the fields of the analysis outputs)."""
    from pyproj import Geod
    from qgis.core import (
        QgsCoordinateReferenceSystem,
        QgsCoordinateTransform,
        QgsFeature,
        QgsFeatureRequest,
        QgsFields,
        QgsGeometry,
        QgsPointXY,
        QgsProject,
        QgsVectorFileWriter,
        QgsVectorLayer,
        QgsWkbTypes,
    )

    from tailings_qgis_plugin.qgis_compat import make_field

    geod = Geod(ellps="WGS84")
    wgs = QgsCoordinateReferenceSystem("EPSG:4326")
    lcc = QgsCoordinateReferenceSystem.fromProj(LCC)
    to_lcc = QgsCoordinateTransform(wgs, lcc, QgsProject.instance().transformContext())
    facilities = _layer("facilities")
    settlements = list(_layer("settlements").getFeatures())
    countries = list(_layer("countries").getFeatures())

    def country_of(point):
        g = QgsGeometry.fromPointXY(point)
        return next((c["adm0_a3"] for c in countries if c.geometry().contains(g)), None)

    def fields(spec):
        out = QgsFields()
        for name, kind in spec:
            out.append(make_field(name, kind))
        return out

    S, D, N = "text", "real", "int"
    fac_fields = fields(
        [
            ("facility_id", S),
            ("name", S),
            ("operator", S),
            ("region", S),
            ("commodity", S),
            ("thi", D),
            ("runout_km", D),
            ("consequence_class", S),
        ]
    )
    path_fields = fields(
        [
            ("facility_id", S),
            ("seq", N),
            ("kind", S),
            ("from_km", D),
            ("to_km", D),
            ("from_h", D),
            ("to_h", D),
        ]
    )
    exp_fields = fields(
        [
            ("facility_id", S),
            ("name", S),
            ("population", D),
            ("country", S),
            ("dist_km", D),
            ("offset_m", D),
            ("arrival_h", D),
            ("peak_h", D),
            ("peak_conc_mg_l", D),
            ("dilution", D),
        ]
    )
    cross_fields = fields(
        [
            ("facility_id", S),
            ("kind", S),
            ("from_country", S),
            ("to_country", S),
            ("dist_km", D),
            ("arrival_h", D),
        ]
    )
    layers = {
        "facilities": (fac_fields, QgsWkbTypes.Point, []),
        "pathways": (path_fields, QgsWkbTypes.LineString, []),
        "exposed": (exp_fields, QgsWkbTypes.Point, []),
        "crossings": (cross_fields, QgsWkbTypes.Point, []),
    }
    truth = {}
    for n, source in enumerate(f for f in facilities.getFeatures() if f["facility_id"] in facility_ids):
        fid = source["facility_id"]
        point = source.geometry().asPoint()
        feature = QgsFeature(fac_fields)
        feature.setAttributes(
            [
                fid,
                source["name"],
                "Test & <Operator>" if fid == SMELTER else None,
                source["region"],
                source["commodity"],
                14.5 - n,
                12.0,
                "Extreme" if fid == SMELTER else "High",
            ]
        )
        feature.setGeometry(QgsGeometry.fromPointXY(point))
        layers["facilities"][2].append(feature)
        km, vertices = 0.0, []
        for seq, (kind, pts) in enumerate(walk_downstream(point.x(), point.y())):
            length = geod.line_length([p.x() for p in pts], [p.y() for p in pts]) / 1000.0
            piece = QgsFeature(path_fields)
            piece.setAttributes(
                [fid, seq, kind, km, km + length, km / VELOCITY_KMH, (km + length) / VELOCITY_KMH]
            )
            piece.setGeometry(QgsGeometry.fromPolylineXY(pts))
            layers["pathways"][2].append(piece)
            km += length
            vertices.extend(pts if not vertices else pts[1:])
        # settlements within the corridor (metric frame), with chainage along the pathway
        line = QgsGeometry.fromPolylineXY(vertices)
        metric = QgsGeometry(line)
        metric.transform(to_lcc)
        scale = km * 1000.0 / metric.length()  # conformal-projection length -> geodesic length
        places = []
        for s in settlements:
            g = QgsGeometry(s.geometry())
            g.transform(to_lcc)
            offset = metric.distance(g)
            if offset <= corridor_m:
                along = metric.lineLocatePoint(g) * scale / 1000.0
                if along > 1.0:
                    places.append((along, offset, s))
        places.sort(key=lambda t: t[0])
        for along, offset, s in places:
            row = QgsFeature(exp_fields)
            arrival = along / VELOCITY_KMH
            row.setAttributes(
                [
                    fid,
                    s["name"],
                    float(s["population"]),
                    s["country_code"],
                    along,
                    offset,
                    arrival * 0.89,
                    arrival,
                    50.0 / (1 + along),
                    1 + along,
                ]
            )
            row.setGeometry(s.geometry())
            layers["exposed"][2].append(row)
        # border crossings: where consecutive vertices lie in different countries
        crossings = []
        chain = 0.0
        prev = vertices[0]
        prev_c = country_of(prev)
        for p in vertices[1:]:
            chain += geod.line_length([prev.x(), p.x()], [prev.y(), p.y()]) / 1000.0
            c = country_of(p)
            if c and prev_c and c != prev_c:
                crossings.append((chain, prev_c, c, p))
            prev, prev_c = p, c or prev_c
        for chain, a, b, p in crossings[:1] + [c for c in crossings[1:] if c[0] - crossings[0][0] > 30]:
            row = QgsFeature(cross_fields)
            row.setAttributes([fid, "crossing", a, b, chain, chain / VELOCITY_KMH])
            row.setGeometry(QgsGeometry.fromPointXY(QgsPointXY(p)))
            layers["crossings"][2].append(row)
        truth[fid] = {"km": km, "places": [p[2]["name"] for p in places], "crossings": crossings}

    for i, (name, (flds, wkb, features)) in enumerate(layers.items()):
        options = QgsVectorFileWriter.SaveVectorOptions()
        options.driverName = "GPKG"
        options.layerName = name
        if i:
            options.actionOnExistingFile = QgsVectorFileWriter.CreateOrOverwriteLayer
        writer = QgsVectorFileWriter.create(
            str(path), flds, wkb, wgs, QgsProject.instance().transformContext(), options
        )
        writer.addFeatures(features)
        del writer
    # memory copies for the tests; the OGR layers are closed here (an OGR layer of a GeoPackage written in
    # the same process crashed QGIS 3.22 in GDALClose when pytest freed it at teardown)
    out, uris = {}, {}
    for name in layers:
        uris[name] = f"{path}|layername={name}"
        ogr_layer = QgsVectorLayer(uris[name], name, "ogr")
        assert ogr_layer.isValid(), name
        out[name] = ogr_layer.materialize(QgsFeatureRequest())
        del ogr_layer
    truth["_uris"] = uris
    return out, truth


@pytest.fixture(scope="module")
def impact(tmp_path_factory, qgis_app):
    path = tmp_path_factory.mktemp("impact") / "impact.gpkg"
    return write_impact_gpkg(path)


@pytest.fixture(scope="module")
def algorithms(plugin):
    """Make sure the provider lists this issue's algorithms (until provider.py registers them)."""
    from qgis.core import QgsApplication

    from tailings_qgis_plugin.processing_algorithms.alg_export_impact_maps import ExportImpactMapsAlgorithm
    from tailings_qgis_plugin.processing_algorithms.alg_export_report import ExportReportAlgorithm

    classes = [ExportImpactMapsAlgorithm, ExportReportAlgorithm]
    try:  # written by another issue; registered here too until provider.py lists it
        from tailings_qgis_plugin.processing_algorithms.alg_downstream_impact import DownstreamImpactAlgorithm

        classes.append(DownstreamImpactAlgorithm)
    except ImportError:
        pass
    registry = QgsApplication.processingRegistry()
    provider = registry.providerById("tailings")
    for cls in classes:
        if registry.algorithmById(f"tailings:{cls.NAME}") is None:
            provider.addAlgorithm(cls())
    return provider


def _pdf_pages(path) -> int:
    """Page count with pdfinfo (poppler) when present, else by counting /Type /Page objects."""
    try:
        out = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))
    except (OSError, subprocess.CalledProcessError):
        return len(re.findall(rb"/Type\s*/Page[^s]", Path(path).read_bytes()))


def _pixel_stats(path):
    """(grey-level standard deviation, number of pathway-red pixels) of an image, by sampling."""
    from qgis.PyQt.QtGui import QColor, QImage

    image = QImage(str(path))
    assert not image.isNull(), path
    values, red = [], 0
    step = max(1, image.width() // 300)
    for y in range(0, image.height(), step):
        for x in range(0, image.width(), step):
            c = QColor(image.pixel(x, y))
            values.append(0.299 * c.red() + 0.587 * c.green() + 0.114 * c.blue())
            if c.red() > 150 and c.green() < 120 and c.blue() < 90:
                red += 1
    mean = sum(values) / len(values)
    std = (sum((v - mean) ** 2 for v in values) / len(values)) ** 0.5
    return std, red


def _inputs(impact, facilities=None, **kwargs):
    from tailings_qgis_plugin.maps.layout_builder import MapInputs

    layers, _truth = impact
    return MapInputs(
        facilities or layers["facilities"],
        layers["pathways"],
        layers["exposed"],
        layers["crossings"],
        **kwargs,
    )


def _template_without(tmp_path, old, new):
    from tailings_qgis_plugin.maps.templates import template_path

    text = template_path("a4").read_text(encoding="utf-8")
    assert old in text
    path = tmp_path / "edited.qpt"
    path.write_text(text.replace(old, new), encoding="utf-8")
    return path


def _overlap(a, b) -> bool:
    ax, ay, bx, by = a.pos().x(), a.pos().y(), b.pos().x(), b.pos().y()
    return not (
        ax + a.rect().width() <= bx
        or bx + b.rect().width() <= ax
        or ay + a.rect().height() <= by
        or by + b.rect().height() <= ay
    )
