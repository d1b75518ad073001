"""Tests of core.hydraulics against hand-computed values and the analytic advection-dispersion solution."""

import math

import numpy as np
import pytest

from tailings_qgis_plugin.core.common import NullFeedback, TailingsError
from tailings_qgis_plugin.core.hydraulics import (
    JOBSON_LEADING_EDGE_RATIO,
    concentration_mg_l,
    dispersion_coefficients,
    hydraulic_geometry,
    mixing_length_m,
    peak_concentration_mg_l,
    peak_time_s,
    plume_profile,
    release_mass_kg,
    resolve_segment_velocity,
    segment_values,
    shear_velocity,
    travel_time_h,
)

trapz = getattr(np, "trapezoid", None) or np.trapz


# --- hydraulic geometry, shear velocity, dispersion (hand-computed) -------------------------------------


def test_hydraulic_geometry_raymond_defaults_by_hand():
    # Q = 100 m3/s: U = 0.194*100^0.285 = 0.72078, h = 0.409*100^0.294 = 1.58388, W = Q/(U*h) = 87.594
    g = hydraulic_geometry(100.0)
    assert float(g.velocity_m_s) == pytest.approx(0.72078, rel=1e-4)
    assert float(g.depth_m) == pytest.approx(1.58388, rel=1e-4)
    assert float(g.width_m) == pytest.approx(87.594, rel=1e-4)
    assert float(g.velocity_m_s * g.depth_m * g.width_m) == pytest.approx(100.0)  # continuity
    assert float(g.area_m2) == pytest.approx(100.0 / 0.72078, rel=1e-4)


def test_hydraulic_geometry_custom_coefficients_and_bad_discharge():
    g = hydraulic_geometry(np.array([16.0, 0.0, np.nan]), a=0.5, b=0.5, c=0.25, f=0.5)
    assert g.velocity_m_s[0] == pytest.approx(2.0)
    assert g.depth_m[0] == pytest.approx(1.0)
    assert g.width_m[0] == pytest.approx(8.0)
    assert np.all(np.isnan(g.velocity_m_s[1:]))


def test_shear_velocity_by_hand_and_missing_slope():
    assert float(shear_velocity(2.0, 1e-4)) == pytest.approx(math.sqrt(9.80665 * 2.0 * 1e-4))
    assert float(shear_velocity(2.0, 1e-4)) == pytest.approx(0.044287, rel=1e-4)
    with pytest.raises(TailingsError, match="slope"):
        shear_velocity(2.0, None)
    with pytest.raises(TailingsError, match="positive"):
        shear_velocity(2.0, 0.0)


def test_dispersion_coefficients_by_hand():
    # U = 1 m/s, W = 100 m, H = 2 m, u* = 0.05 m/s (W/H = 50, U/u* = 20), computed by hand:
    k = dispersion_coefficients(1.0, 100.0, 2.0, 0.05)
    assert float(k["fischer"]) == pytest.approx(1100.0)  # 0.011*1*1e4/(2*0.05)
    assert float(k["kashefipour_falconer"]) == pytest.approx(441.8, rel=1e-3)  # (7.428+3.618)*20*2
    assert float(k["deng"]) == pytest.approx(363.2, rel=1e-3)  # eps_t = 1.4013
    assert float(k["seo_cheong"]) == pytest.approx(482.2, rel=1e-3)
    with pytest.raises(TailingsError, match="dispersion method"):
        dispersion_coefficients(1.0, 100.0, 2.0, 0.05, methods=["elder"])


def test_mixing_length_by_hand():
    # eps_t = 0.6*2*0.05 = 0.06; L = 0.4*1*100^2/0.06 = 66,667 m (bank release)
    assert float(mixing_length_m(1.0, 100.0, 2.0, 0.05)) == pytest.approx(66666.7, rel=1e-4)
    assert float(mixing_length_m(1.0, 100.0, 2.0, 0.05, "centre")) == pytest.approx(16666.7, rel=1e-4)


# --- velocity and travel time ----------------------------------------------------------------------------


def test_travel_time_constant_velocity_is_distance_over_velocity():
    ch = np.array([0.0, 3.6, 10.0, 36.0, 100.0])
    t = travel_time_h(ch, 2.0)
    np.testing.assert_allclose(t, ch * 1000.0 / 2.0 / 3600.0)


def test_travel_time_per_segment_and_per_vertex_velocity():
    ch = np.array([0.0, 36.0, 72.0])
    np.testing.assert_allclose(travel_time_h(ch, [1.0, 2.0]), [0.0, 10.0, 15.0])
    # per vertex: averaged over segment ends -> 1.5 and 2.5 m/s
    np.testing.assert_allclose(
        travel_time_h(ch, [1.0, 2.0, 3.0]), [0.0, 36e3 / 1.5 / 3600, 36e3 / 1.5 / 3600 + 4.0]
    )


@pytest.mark.parametrize("bad", [0.0, -1.0, np.nan])
def test_zero_negative_missing_velocity_is_clear_error(bad):
    with pytest.raises(TailingsError, match="Velocity must be positive"):
        travel_time_h([0.0, 1.0, 2.0], [1.0, bad])


def test_bad_chainage_and_value_count():
    with pytest.raises(TailingsError, match="decrease"):
        travel_time_h([0.0, 2.0, 1.0], 1.0)
    with pytest.raises(TailingsError, match="per segment"):
        segment_values([1.0, 2.0, 3.0, 4.0], 3, "velocity")


def test_velocity_from_discharge_and_fallback():
    fb = NullFeedback()
    v = resolve_segment_velocity(
        4,
        velocity_m_s=[np.nan, 1.5, np.nan],
        discharge_m3_s=[100.0, 100.0, np.nan],
        fallback_velocity_m_s=0.8,
        feedback=fb,
    )
    np.testing.assert_allclose(v, [0.194 * 100**0.285, 1.5, 0.8])
    assert any("constant 0.8" in w for w in fb.warnings)
    with pytest.raises(TailingsError, match="neither a velocity nor a discharge"):
        resolve_segment_velocity(3, velocity_m_s=None, discharge_m3_s=[100.0, np.nan])
    with pytest.raises(TailingsError, match="positive"):
        resolve_segment_velocity(3, velocity_m_s=None, discharge_m3_s=None, fallback_velocity_m_s=0.0)


# --- analytic solution for one reach ---------------------------------------------------------------------


def test_concentration_hand_value_and_units():
    # M = 1000 kg, Q = 100 m3/s, U = 1 m/s -> A = 100 m2; K = 50 m2/s; at x = U*t = 10 km, t = 1e4 s:
    # C = 1000/(100*sqrt(4*pi*50*1e4)) kg/m3 = 0.0039894 kg/m3 = 3.9894 mg/L
    c = concentration_mg_l(10_000.0, 10_000.0, 1000.0, 100.0, 1.0, 50.0)
    assert float(c) == pytest.approx(3.98942, rel=1e-5)
    # 500 m off the centre of the cloud: * exp(-500^2/(4*50*1e4)) = * 0.88250
    c2 = concentration_mg_l(10_500.0, 10_000.0, 1000.0, 100.0, 1.0, 50.0)
    assert float(c2) == pytest.approx(3.52065, rel=1e-5)


@pytest.mark.parametrize("decay", [0.0, 0.05])
def test_spatial_mass_conservation(decay):
    # integral over x of A*C at a fixed time = M*exp(-k*t) (M = 2000 kg, A = 50/0.5 = 100 m2)
    t = 36_000.0
    x = np.linspace(0.0, 40_000.0, 40_001)
    c = concentration_mg_l(x, t, 2000.0, 50.0, 0.5, 30.0, decay) / 1000.0
    mass = trapz(c * 100.0, x)
    assert mass == pytest.approx(2000.0 * math.exp(-decay * 10.0), rel=1e-6)


@pytest.mark.parametrize("x, decay", [(5_000.0, 0.0), (50_000.0, 0.0), (50_000.0, 0.02), (2_000.0, 0.1)])
def test_peak_formula_matches_numerical_maximum(x, decay):
    u, q, k, m = 0.8, 120.0, 80.0, 5000.0
    t = np.linspace(1.0, 4.0 * x / u, 400_001)
    c = concentration_mg_l(x, t, m, q, u, k, decay)
    i = int(np.argmax(c))
    cp, tp = peak_concentration_mg_l(x, m, q, u, k, decay)
    assert float(cp) == pytest.approx(c[i], rel=1e-7)
    assert float(tp) == pytest.approx(t[i], abs=2 * (t[1] - t[0]))
    # textbook approximation M/(A*sqrt(4*pi*K*x/U))*exp(-k*x/U) agrees to O(K/(U*x))
    approx = m / ((q / u) * math.sqrt(4 * math.pi * k * x / u)) * math.exp(-decay / 3600 * x / u) * 1000
    assert float(cp) == pytest.approx(approx, rel=5 * k / (u * x) + 1e-3)


def test_peak_time_without_decay_close_to_x_over_u():
    tp = float(peak_time_s(100_000.0, 1.0, 100.0))
    assert tp == pytest.approx(100_000.0 - 100.0, rel=1e-5)  # x/U - K/U^2


# --- along a pathway -------------------------------------------------------------------------------------


def _uniform_profile(decay=0.0, n=201, length_km=200.0, q=200.0, u=1.0, slope=2e-4, **kw):
    ch = np.linspace(0.0, length_km, n)
    return plume_profile(ch, u, q, slope=slope, mass_kg=10_000.0, decay_per_h=decay, **kw)


def test_profile_arrival_equals_distance_over_velocity():
    prof = _uniform_profile(leading_edge="advective")
    d = np.array([0.0, 12.5, 100.0, 200.0])
    at = prof.at(d)
    np.testing.assert_allclose(at["travel_time_h"], d * 1000.0 / 1.0 / 3600.0)
    np.testing.assert_allclose(at["arrival_h"], d * 1000.0 / 3600.0)
    np.testing.assert_allclose(at["peak_h"], d * 1000.0 / 3600.0)  # no decay: frozen-cloud peak at tau
    jobson = _uniform_profile().at(d)
    np.testing.assert_allclose(jobson["arrival_h"], JOBSON_LEADING_EDGE_RATIO * d * 1000.0 / 3600.0)


def test_profile_peak_matches_exact_analytic_solution_for_uniform_reach():
    prof = _uniform_profile()
    g = hydraulic_geometry(200.0)
    depth = float(g.depth_m)
    width = 200.0 / (1.0 * depth)
    us = math.sqrt(9.80665 * depth * 2e-4)
    k = float(dispersion_coefficients(1.0, width, depth, us)["fischer"])
    assert prof.dispersion_m2_s["fischer"][0] == pytest.approx(k)
    for x_km in (50.0, 150.0):
        exact, _ = peak_concentration_mg_l(x_km * 1000.0, 10_000.0, 200.0, 1.0, k)
        got = prof.at(np.array([x_km]))["peak_conc_mg_l"][0]
        assert got == pytest.approx(float(exact), rel=3 * k / (1.0 * x_km * 1000.0) + 1e-3)


@pytest.mark.parametrize("decay", [0.0, 0.01])
def test_profile_mass_conservation_at_station(decay):
    prof = _uniform_profile(decay=decay)
    x_km = 120.0
    t = np.linspace(0.0, 200.0, 200_001)
    c = prof.concentration_series(x_km, t) / 1000.0  # kg/m3
    flux = trapz(c * 200.0, t * 3600.0)  # integral Q*C dt
    tau = x_km * 1000.0 / 3600.0
    var = float(np.interp(x_km, prof.chainage_km, prof.var_t_s2["fischer"])) / 3600.0**2
    expected = 10_000.0 * math.exp(-decay * tau + 0.5 * decay**2 * var)
    assert flux == pytest.approx(expected, rel=1e-6)
    # the reported peak is the maximum of that curve
    at = prof.at(np.array([x_km]))
    assert at["peak_conc_mg_l"][0] == pytest.approx(np.max(c) * 1000.0, rel=1e-6)
    assert at["peak_h"][0] == pytest.approx(t[np.argmax(c)], abs=2e-3)


def test_peak_falls_monotonically_downstream_without_inflow_and_with_inflow():
    d = np.linspace(1.0, 200.0, 400)
    c = _uniform_profile().at(d)["peak_conc_mg_l"]
    assert np.all(np.isfinite(c)) and np.all(np.diff(c) < 0)
    ch = np.linspace(0.0, 200.0, 201)
    prof = plume_profile(ch, None, np.linspace(100.0, 400.0, 201), slope=2e-4, mass_kg=1e4)
    at = prof.at(d)
    assert np.all(np.diff(at["peak_conc_mg_l"]) < 0)
    assert at["dilution"][0] == pytest.approx(1.0, abs=0.02)
    assert at["dilution"][-1] == pytest.approx(0.5 * (398.5 + 400.0) / (0.5 * (100.0 + 101.5)))


def test_decay_reduces_peak_by_first_order_factor():
    d = np.array([100.0])
    c0 = _uniform_profile().at(d)["peak_conc_mg_l"][0]
    c1 = _uniform_profile(decay=0.01).at(d)["peak_conc_mg_l"][0]
    tau_h = 100_000.0 / 3600.0
    assert c1 / c0 == pytest.approx(math.exp(-0.01 * tau_h), rel=1e-3)


def test_fraction_leading_edge_is_where_curve_reaches_fraction_of_peak():
    prof = _uniform_profile(leading_edge="fraction", edge_fraction=0.05)
    at = prof.at(np.array([80.0]))
    c_edge = prof.concentration_series(80.0, at["arrival_h"])[0]
    assert c_edge == pytest.approx(0.05 * at["peak_conc_mg_l"][0], rel=1e-6)
    assert at["arrival_h"][0] < at["peak_h"][0]


def test_dispersion_methods_give_band():
    at = _uniform_profile().at(np.array([100.0]))
    lo, mid, hi = at["peak_conc_lo_mg_l"][0], at["peak_conc_mg_l"][0], at["peak_conc_hi_mg_l"][0]
    assert lo <= mid <= hi and hi > 1.5 * lo  # Fischer's K is the largest here: lowest peak


def test_missing_slope_gives_null_concentration_and_warning():
    fb = NullFeedback()
    prof = plume_profile(np.linspace(0, 10, 11), 1.0, 50.0, mass_kg=100.0, feedback=fb)
    at = prof.at(np.array([5.0]))
    assert np.isnan(at["peak_conc_mg_l"][0])
    assert at["travel_time_h"][0] == pytest.approx(5000.0 / 3600.0)
    assert any("No slope known" in w for w in fb.warnings)
    fb2 = NullFeedback()
    prof2 = plume_profile(np.linspace(0, 10, 11), 1.0, 50.0, mass_kg=100.0, assumed_slope=1e-4, feedback=fb2)
    assert np.isfinite(prof2.at(np.array([5.0]))["peak_conc_mg_l"][0])
    assert any("assumed slope" in w for w in fb2.warnings)


def test_missing_discharge_or_mass_gives_null_concentration():
    at = plume_profile(np.linspace(0, 10, 11), 1.0, None, slope=1e-4, mass_kg=100.0).at(np.array([5.0]))
    assert np.isnan(at["peak_conc_mg_l"][0]) and np.isnan(at["dilution"][0])
    fb = NullFeedback()
    at = plume_profile(np.linspace(0, 10, 11), 1.0, 50.0, slope=1e-4, feedback=fb).at(np.array([5.0]))
    assert np.isnan(at["peak_conc_mg_l"][0])
    assert any("mass" in w for w in fb.warnings)


def test_overland_segments_add_time_but_no_dispersion():
    ch = np.array([0.0, 1.8, 11.8, 21.8])
    kind = ["overland", "river", "river"]
    prof = plume_profile(ch, [0.5, 1.0, 1.0], [np.nan, 100.0, 100.0], slope=1e-4, kind=kind, mass_kg=100.0)
    at = prof.at(np.array([1.0, 11.8]))
    assert np.isnan(at["peak_conc_mg_l"][0])  # overland: no river concentration
    assert at["travel_time_h"][1] == pytest.approx(1.0 + 10_000.0 / 3600.0)
    var_river = prof.var_t_s2["fischer"]
    assert var_river[1] == 0.0 and var_river[2] > 0.0
    with pytest.raises(TailingsError, match="kind"):
        plume_profile(ch, 1.0, 100.0, kind=["river", "canal", "river"])


def test_release_duration_adds_initial_variance():
    p0 = _uniform_profile()
    p1 = _uniform_profile(release_duration_h=2.0)
    diff = p1.var_t_s2["fischer"] - p0.var_t_s2["fischer"]
    np.testing.assert_allclose(diff, (2 * 3600.0) ** 2 / 12.0)


def test_release_mass_from_volume_and_concentration():
    assert release_mass_kg(mass_kg=5.0) == 5.0
    assert release_mass_kg(volume_m3=1e6, concentration_mg_l=20.0) == pytest.approx(
        20_000.0
    )  # 1e6 m3 * 20 g/m3
    assert release_mass_kg() is None
    assert release_mass_kg(mass_kg=None, volume_m3="NULL", concentration_mg_l=3) is None
    with pytest.raises(TailingsError):
        release_mass_kg(volume_m3=-1.0, concentration_mg_l=1.0)


def test_bad_model_options():
    ch = np.linspace(0, 10, 11)
    with pytest.raises(TailingsError, match="dispersion method"):
        plume_profile(ch, 1.0, method="taylor")
    with pytest.raises(TailingsError, match="leading-edge"):
        plume_profile(ch, 1.0, leading_edge="first")
    with pytest.raises(TailingsError, match="decay"):
        plume_profile(ch, 1.0, decay_per_h=-1.0)
    with pytest.raises(TailingsError, match="Velocity must be positive"):
        plume_profile(ch, 0.0)
