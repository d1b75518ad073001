"""The downstream profile of one facility: distance along the pathway against time, and concentration.

Pure figure building with matplotlib's object API (no pyplot, no Qt): the panel embeds the
:class:`~matplotlib.figure.Figure` in a ``FigureCanvasQTAgg``, map pages and reports save it with
:func:`save_profile_png`. It draws what ``tailings:downstreamimpact`` wrote, it computes nothing:

- top panel: arrival of the leading edge along the pathway (the ``arrival_from_h``/``arrival_to_h`` of
  the PATHWAYS pieces, overland legs dashed), each settlement at (``dist_km``, ``arrival_h``) sized by its
  population, its time of peak (``peak_h``), receptors as squares, border crossings as vertical lines
  labelled with the country entered, and the 6 / 24 / 72 h marks; the time axis reads hours, with days on
  the right;
- bottom panel (only when a mass was given, i.e. some ``peak_conc_mg_l``): peak concentration at each
  place with the band ``peak_conc_lo_mg_l``–``peak_conc_hi_mg_l`` (the spread over the four dispersion
  formulas), on a log scale.

Rows are plain dicts (field name -> value), as the panel reads them from the layers.
"""

from __future__ import annotations

import math

from ..core.common import tr

TIME_MARKS_H = (6.0, 24.0, 72.0)
MARK_COLOURS = {6.0: "#67000d", 24.0: "#c81d25", 72.0: "#f0592b"}


def _num(value):
    if value is None or isinstance(value, bool):
        return None
    try:
        number = float(value)
    except (TypeError, ValueError):
        return None
    return number if math.isfinite(number) else None


def _decimal_formatter(lang: str):
    from matplotlib.ticker import FuncFormatter

    comma = lang in ("ru", "kk")

    def fmt(value, _pos=None):
        text = f"{value:g}"
        return text.replace(".", ",") if comma else text

    return FuncFormatter(fmt)


def arrival_line(pathway_rows):
    """(km, hours) points of the leading edge along the pathway, and the overland pieces' indexes."""
    pieces = []
    for row in pathway_rows or []:
        a, b = _num(row.get("from_km")), _num(row.get("to_km"))
        ta, tb = _num(row.get("arrival_from_h")), _num(row.get("arrival_to_h"))
        if None in (a, b, ta, tb):
            continue
        pieces.append((a, b, ta, tb, str(row.get("kind") or "") == "overland"))
    pieces.sort()
    return pieces


def place_points(places):
    """Places with a distance and an arrival, in downstream order."""
    out = []
    for row in places or []:
        km, arrival = _num(row.get("dist_km")), _num(row.get("arrival_h"))
        if km is None or arrival is None:
            continue
        out.append(row)
    out.sort(key=lambda r: _num(r.get("dist_km")))
    return out


def marker_size(population) -> float:
    """Marker area (pt²) growing with the square root of the population (Bertin's proportional symbols)."""
    pop = _num(population)
    if pop is None or pop <= 0:
        return 12.0
    return 12.0 + 0.35 * math.sqrt(pop)


def has_concentration(places) -> bool:
    return any(_num(r.get("peak_conc_mg_l")) is not None for r in places or [])


def build_profile_figure(
    pathway_rows, places, crossings, lang: str = "en", width_in=5.0, dpi=100, height_in=None
):
    """The profile figure; ``fig.tailings_places`` lists the places drawn (for hover and click).
    ``height_in``: the figure height (default: 3 in, 4.6 in with the concentration panel)."""
    from matplotlib.figure import Figure

    places = place_points(places)
    concentration = has_concentration(places)
    height = height_in or (4.6 if concentration else 3.0)
    fig = Figure(figsize=(width_in, height), dpi=dpi)
    fig.subplots_adjust(
        left=0.13, right=0.87, bottom=0.16 if not concentration else 0.1, top=0.96, hspace=0.08
    )
    if concentration:
        ax, ax_c = fig.subplots(2, 1, sharex=True, gridspec_kw={"height_ratios": [3, 2]})
    else:
        ax, ax_c = fig.subplots(1, 1), None
    formatter = _decimal_formatter(lang)

    pieces = arrival_line(pathway_rows)
    for a, b, ta, tb, overland in pieces:
        ax.plot(
            [a, b], [ta, tb], color="#8c2d04" if overland else "#1f4e79", lw=1.6, ls="--" if overland else "-"
        )
    max_km = max([p[1] for p in pieces] + [_num(r.get("dist_km")) for r in places] + [1.0])
    max_h = max([p[3] for p in pieces] + [_num(r.get("arrival_h")) for r in places] + [1.0])

    for hours in TIME_MARKS_H:
        if hours <= max_h * 1.05:
            ax.axhline(hours, color=MARK_COLOURS[hours], lw=0.8, ls=":", zorder=0)
            ax.annotate(
                tr("{h} h").format(h=f"{hours:g}"),
                (0, hours),
                xycoords=("axes fraction", "data"),
                xytext=(2, 2),
                textcoords="offset points",
                fontsize=7,
                color=MARK_COLOURS[hours],
            )

    settlements = [r for r in places if str(r.get("kind") or "settlement").lower() == "settlement"]
    receptors = [r for r in places if r not in settlements]
    scatter = None
    if settlements:
        scatter = ax.scatter(
            [_num(r["dist_km"]) for r in settlements],
            [_num(r["arrival_h"]) for r in settlements],
            s=[marker_size(r.get("population")) for r in settlements],
            c="#c81d25",
            alpha=0.75,
            edgecolors="white",
            linewidths=0.5,
            label=tr("settlement (size: population)"),
            zorder=3,
            picker=True,
        )
        peaks = [(r, _num(r.get("peak_h"))) for r in settlements]
        peaks = [(r, p) for r, p in peaks if p is not None]
        if peaks:
            ax.scatter(
                [_num(r["dist_km"]) for r, _p in peaks],
                [p for _r, p in peaks],
                s=10,
                marker="_",
                c="#555555",
                label=tr("time of peak"),
                zorder=2,
            )
    if receptors:
        ax.scatter(
            [_num(r["dist_km"]) for r in receptors],
            [_num(r["arrival_h"]) for r in receptors],
            s=22,
            marker="s",
            c="#2b83ba",
            label=tr("receptor"),
            zorder=3,
        )
    for row in crossings or []:
        km = _num(row.get("dist_km"))
        if km is None:
            continue
        ax.axvline(km, color="#000000", lw=0.9, ls="--", zorder=1)
        target = row.get("to_country") or ""
        ax.annotate(
            tr("→ {country}").format(country=tr(str(target))),
            (km, 1),
            xycoords=("data", "axes fraction"),
            xytext=(2, -10),
            textcoords="offset points",
            fontsize=7,
            rotation=0,
        )
    ax.set_ylabel(tr("arrival (h)"))
    ax.set_xlim(0, max_km * 1.03)
    ax.set_ylim(0, max_h * 1.08)
    ax.grid(True, lw=0.3, alpha=0.5)
    ax.xaxis.set_major_formatter(formatter)
    ax.yaxis.set_major_formatter(formatter)
    days = ax.secondary_yaxis("right", functions=(lambda h: h / 24.0, lambda d: d * 24.0))
    days.set_ylabel(tr("days"))
    days.yaxis.set_major_formatter(formatter)
    if settlements or receptors:
        ax.legend(loc="lower right", fontsize=7, frameon=True, framealpha=0.85, markerscale=0.6)

    if ax_c is not None:
        rows = [
            r for r in places if _num(r.get("peak_conc_mg_l")) is not None and _num(r["peak_conc_mg_l"]) > 0
        ]
        km = [_num(r["dist_km"]) for r in rows]
        mid = [_num(r["peak_conc_mg_l"]) for r in rows]
        lo = [_num(r.get("peak_conc_lo_mg_l")) or m for r, m in zip(rows, mid)]
        hi = [_num(r.get("peak_conc_hi_mg_l")) or m for r, m in zip(rows, mid)]
        if rows:
            ax_c.fill_between(
                km, lo, hi, color="#f9a03f", alpha=0.35, lw=0, label=tr("range of the dispersion formulas")
            )
            ax_c.plot(km, mid, color="#8c2d04", lw=1.2, marker="o", ms=3, label=tr("peak concentration"))
            ax_c.set_yscale("log")
            ax_c.legend(loc="upper right", fontsize=7, frameon=False)
        ax_c.set_ylabel(tr("peak (mg/L)"))
        ax_c.grid(True, which="both", lw=0.3, alpha=0.5)
        ax_c.xaxis.set_major_formatter(formatter)
        ax_c.set_xlabel(tr("distance along the pathway (km)"))
    else:
        ax.set_xlabel(tr("distance along the pathway (km)"))
    fig.tailings_axes = ax
    fig.tailings_places = settlements
    fig.tailings_scatter = scatter
    return fig


def save_profile_png(
    path, pathway_rows, places, crossings, lang: str = "en", width_in=6.0, dpi=150, height_in=None
) -> str:
    """Write the profile as a PNG (for map pages and reports); returns the path."""
    with open(str(path), "wb") as handle:
        handle.write(profile_png_bytes(pathway_rows, places, crossings, lang, width_in, dpi, height_in))
    return str(path)


def profile_png_bytes(
    pathway_rows, places, crossings, lang: str = "en", width_in=6.0, dpi=150, height_in=None
) -> bytes:
    """The profile as PNG bytes (8-bit palette-free RGBA as matplotlib's Agg writes it)."""
    import io

    from matplotlib.backends.backend_agg import FigureCanvasAgg

    fig = build_profile_figure(
        pathway_rows, places, crossings, lang, width_in=width_in, dpi=dpi, height_in=height_in
    )
    FigureCanvasAgg(fig)
    buffer = io.BytesIO()
    fig.savefig(buffer, dpi=dpi, format="png")
    return buffer.getvalue()


def rows_by_facility(rows, key=str):
    """Group plain row dicts by ``key(row['facility_id'])`` (for one chart per facility)."""
    grouped = {}
    for row in rows or []:
        grouped.setdefault(key(row.get("facility_id")), []).append(row)
    return grouped
