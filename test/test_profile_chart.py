"""The downstream profile chart (matplotlib figure, no Qt) against the rows it is drawn from."""

from __future__ import annotations

from tailings_qgis_plugin.charts.profile import build_profile_figure, marker_size, save_profile_png

PATHWAY = [
    {"from_km": 0.0, "to_km": 3.0, "arrival_from_h": 0.0, "arrival_to_h": 1.0, "kind": "overland"},
    {"from_km": 3.0, "to_km": 100.0, "arrival_from_h": 1.0, "arrival_to_h": 30.0, "kind": "river"},
    {"from_km": 100.0, "to_km": 400.0, "arrival_from_h": 30.0, "arrival_to_h": 110.0, "kind": "river"},
]
PLACES = [
    {
        "name": "A",
        "kind": "settlement",
        "dist_km": 20.0,
        "arrival_h": 5.0,
        "peak_h": 5.6,
        "population": 10000,
        "peak_conc_mg_l": 12.0,
        "peak_conc_lo_mg_l": 6.0,
        "peak_conc_hi_mg_l": 20.0,
    },
    {
        "name": "B",
        "kind": "settlement",
        "dist_km": 250.0,
        "arrival_h": 70.0,
        "peak_h": 79.0,
        "population": 1000000,
        "peak_conc_mg_l": 0.5,
        "peak_conc_lo_mg_l": 0.2,
        "peak_conc_hi_mg_l": 0.9,
    },
    {"name": "intake", "kind": "receptor", "dist_km": 120.0, "arrival_h": 35.0},
    {"name": "no time", "kind": "settlement", "dist_km": 300.0, "arrival_h": None},
]
CROSSINGS = [{"dist_km": 180.0, "arrival_h": 50.0, "to_country": "Russia", "from_country": "Kazakhstan"}]


def test_profile_draws_the_rows():
    fig = build_profile_figure(PATHWAY, PLACES, CROSSINGS, "en")
    ax = fig.tailings_axes
    offsets = fig.tailings_scatter.get_offsets()
    assert [tuple(map(float, p)) for p in offsets] == [(20.0, 5.0), (250.0, 70.0)]  # settlements with a time
    sizes = fig.tailings_scatter.get_sizes()
    assert sizes[1] > sizes[0] and sizes[0] == marker_size(10000)  # larger town, larger marker
    # the overland leg is dashed, the river solid, each piece from its arrival times
    lines = [
        line
        for line in ax.get_lines()
        if len(line.get_xdata()) == 2 and line.get_xdata()[0] != line.get_xdata()[1]
    ]
    styles = {(float(line.get_xdata()[0]), line.get_linestyle()) for line in lines}
    assert (0.0, "--") in styles and (3.0, "-") in styles
    # the border as a vertical line at its km, time marks at 6 / 24 / 72 h
    vertical = [
        float(line.get_xdata()[0])
        for line in ax.get_lines()
        if list(line.get_xdata()) == [line.get_xdata()[0]] * 2
    ]
    assert 180.0 in vertical
    horizontal = {
        float(line.get_ydata()[0]) for line in ax.get_lines() if line.get_ydata()[0] == line.get_ydata()[-1]
    }
    assert {6.0, 24.0, 72.0} <= horizontal
    assert len(fig.axes) >= 2  # concentration panel (a mass was given)


def test_no_concentration_panel_without_a_mass(tmp_path):
    places = [dict(p, peak_conc_mg_l=None) for p in PLACES]
    fig = build_profile_figure(PATHWAY, places, [], "ru")
    assert fig.tailings_axes.get_subplotspec().get_gridspec().nrows == 1
    assert "," in fig.tailings_axes.xaxis.get_major_formatter()(2.5)  # Russian decimal comma
    path = save_profile_png(tmp_path / "profile.png", PATHWAY, PLACES, CROSSINGS, "en")
    assert open(path, "rb").read(8) == b"\x89PNG\r\n\x1a\n"
