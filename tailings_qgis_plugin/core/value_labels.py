"""Labels of values the panel and the map pages show: countries, GISTM consequence classes, hazard-index parts, why a
trace ended, and fields without an alias. Marked with ``tr_noop`` where defined and translated where
shown, so a Russian or Kazakh panel shows no English code. Pure Python (no Qt)."""

from __future__ import annotations

from .common import tr, tr_noop

#: country names of the sample layer, translated where shown
COUNTRY_NAMES = (
    tr_noop("Russia"),
    tr_noop("China"),
    tr_noop("Kazakhstan"),
    tr_noop("Kyrgyzstan"),
    tr_noop("Uzbekistan"),
    tr_noop("Turkmenistan"),
    tr_noop("Tajikistan"),
    tr_noop("Mongolia"),
    tr_noop("Afghanistan"),
    tr_noop("Armenia"),
    tr_noop("Azerbaijan"),
    tr_noop("Georgia"),
    tr_noop("India"),
    tr_noop("Iran"),
    tr_noop("Iraq"),
    tr_noop("Pakistan"),
    tr_noop("Siachen Glacier"),
)


#: GISTM 2020 consequence classes (Annex 2, Table 1), the values hazard screening writes
CONSEQUENCE_CLASSES = (
    tr_noop("Low"),
    tr_noop("Significant"),
    tr_noop("High"),
    tr_noop("Very High"),
    tr_noop("Extreme"),
)
#: parts of the hazard index named in thi_missing (resources/hazard/thi_scoring.json)
THI_PARTS = {
    "capacity": tr_noop("stored volume"),
    "toxicity": tr_noop("toxicity (water hazard class)"),
    "management": tr_noop("management (status)"),
    "flood": tr_noop("flood hazard"),
    "seismic": tr_noop("seismic hazard"),
    "dam_safety": tr_noop("dam safety"),
}
#: labels of the hazard index components in resources/hazard/thi_scoring.json ("label"), listed here so
#: that they reach the catalogues: the panel shows tr(label) (the part before ':')
THI_COMPONENT_LABELS = (
    tr_noop("Capacity: log10 of the stored volume (m3)"),
    tr_noop("Toxicity: German water hazard class (WGK) of the tailings"),
    tr_noop("Management conditions: operating status of the facility"),
    tr_noop("Natural conditions: flood hazard + seismic hazard at the site"),
    tr_noop("Dam safety: condition of the dam"),
)
#: why a trace ended (core.tracing.END_REASONS), as codes or as the words a summary may hold
END_REASON_LABELS = {
    "max_distance": tr_noop("maximum distance"),
    "maximum distance": tr_noop("maximum distance"),
    "outlet": tr_noop("outlet"),
    "terminal_lake": tr_noop("terminal lake"),
    "terminal lake": tr_noop("terminal lake"),
    "no_river": tr_noop("no river"),
    "no river": tr_noop("no river"),
    "network_end": tr_noop("end of the mapped rivers (the data stop, not an outlet)"),
}
#: how the reported peak concentration was chosen (summary / exposed field ``peak_conc_method``)
PEAK_METHOD_LABELS = {
    "highest": tr_noop("highest of the four dispersion methods"),
    "fischer": tr_noop("Fischer (1975)"),
    "kashefipour_falconer": tr_noop("Kashefipour and Falconer (2002)"),
    "deng": tr_noop("Deng et al. (2001)"),
    "seo_cheong": tr_noop("Seo and Cheong (1998)"),
}


#: where a facility's scenario came from (field ``scenario_source`` of tailings:hazardscreening, core/hazard.py)
SCENARIO_SOURCE_LABELS = {
    "registry": tr_noop("registry data"),
    "user scenario": tr_noop("user scenario"),
    "none": tr_noop("no dam data (not assessed)"),
}

#: plausibility flags of the SUMMARY rows (field ``flags``, codes joined by ';'; core/plausibility.py)
FLAG_LABELS = {
    "empty_id": tr_noop("empty id (named after its feature number)"),
    "outside_crs_area": tr_noop("outside the area of use of the layer's CRS"),
    "implausible_volume": tr_noop("implausible volume (treated as missing)"),
    "implausible_mass": tr_noop("implausible mass (treated as missing)"),
}


#: labels of registry and sample-data fields shown under "Other attributes" (a field without an alias)
FIELD_LABELS = {
    "source": tr_noop("Source"),
    "notes": tr_noop("Notes"),
    "icmm_id": tr_noop("ICMM site ID"),
    "asset_type": tr_noop("Asset type"),
    "confidence": tr_noop("Location confidence"),
    "secondary_commodity": tr_noop("Secondary commodity"),
    "group_names": tr_noop("Other names"),
    "alt_names": tr_noop("Other names"),
    "scenario_volume_m3": tr_noop("Scenario: stored volume (m³)"),
    "scenario_dam_height_m": tr_noop("Scenario: dam height (m)"),
    "scenario_note": tr_noop("Scenario note"),
    "country": tr_noop("Country"),
    "slope_assumed": tr_noop("Assumed slope used"),
    "peak_conc_method": tr_noop("Peak concentration from"),
    "assumptions": tr_noop("Assumptions of the run"),
    "flags": tr_noop("Plausibility flags"),
    "updated_by": tr_noop("Last edited by"),
    "updated_at": tr_noop("Last edited at"),
}
#: text fields whose values are codes with a label
VALUE_LABELS = {
    "peak_conc_method": PEAK_METHOD_LABELS,
    "scenario_source": SCENARIO_SOURCE_LABELS,
    "end_reason": END_REASON_LABELS,
    "flags": FLAG_LABELS,
}


def field_label(name: str, display: str | None = None) -> str:
    """A field's label: its alias when it has one, else the plugin's label, else the field name."""
    if display and display != name:
        return display
    label = FIELD_LABELS.get(name)
    return tr(label) if label else name


def known_text(value, table) -> str:
    """``value`` translated when it is one of the values of ``table`` (a tuple or a code -> label dict)."""
    text = str(value).strip()
    if isinstance(table, dict):
        label = table.get(text) or table.get(text.lower())
        if label:
            return tr(label)
        if ";" in text:  # several codes, e.g. flags 'empty_id;outside_crs_area'
            return "; ".join(known_text(part, table) for part in text.split(";") if part.strip())
        return text
    return tr(text) if text in table else text


def country_name(value) -> str:
    """A country name in the interface language (names the plugin knows), else as written."""
    text = str(value)
    return tr(text) if text in COUNTRY_NAMES else text


# Russian and Kazakh names of the registry's English region and commodity values (moved here from
# gui/search_text.py: the panel's search, its card and the map pages share one table). The search key of
# a facility holds them too, so "медь", "мыс" or "Восточно-Казахстанская" find the copper mines of East
# Kazakhstan whatever the interface language. (english value: (Russian, Kazakh))
VALUE_NAMES = {
    # oblasts and cities of republican significance (2024)
    "abay": ("Абайская область", "Абай облысы"),
    "akmola": ("Акмолинская область", "Ақмола облысы"),
    "aktobe": ("Актюбинская область", "Ақтөбе облысы"),
    "almaty": ("Алматинская область", "Алматы облысы"),
    "atyrau": ("Атырауская область", "Атырау облысы"),
    "east kazakhstan": ("Восточно-Казахстанская область", "Шығыс Қазақстан облысы"),
    "jetisu": ("Жетысуская область", "Жетісу облысы"),
    "karagandy": ("Карагандинская область", "Қарағанды облысы"),
    "kostanay": ("Костанайская область", "Қостанай облысы"),
    "kyzylorda": ("Кызылординская область", "Қызылорда облысы"),
    "mangystau": ("Мангистауская область", "Маңғыстау облысы"),
    "north kazakhstan": ("Северо-Казахстанская область", "Солтүстік Қазақстан облысы"),
    "pavlodar": ("Павлодарская область", "Павлодар облысы"),
    "turkestan": ("Туркестанская область", "Түркістан облысы"),
    "ulytau": ("Улытауская область", "Ұлытау облысы"),
    "west kazakhstan": ("Западно-Казахстанская область", "Батыс Қазақстан облысы"),
    "zhambyl": ("Жамбылская область", "Жамбыл облысы"),
    "shymkent (city)": ("Шымкент (город)", "Шымкент (қала)"),
    "almaty (city)": ("Алматы (город)", "Алматы (қала)"),
    "astana (city)": ("Астана (город)", "Астана (қала)"),
    # commodities
    "alumina": ("глинозём", "глинозем"),
    "aluminium": ("алюминий", "алюминий"),
    "barium": ("барий", "барий"),
    "chromite": ("хромит", "хромит"),
    "chromium": ("хром", "хром"),
    "coal": ("уголь", "көмір"),
    "cobalt": ("кобальт", "кобальт"),
    "copper": ("медь", "мыс"),
    "gold": ("золото", "алтын"),
    "iron": ("железо", "темір"),
    "iron ore": ("железная руда", "темір кені"),
    "lead": ("свинец", "қорғасын"),
    "metallurgical coal": ("коксующийся уголь", "кокстелетін көмір"),
    "molybdenum": ("молибден", "молибден"),
    "nickel": ("никель", "никель"),
    "silver": ("серебро", "күміс"),
    "steel": ("сталь", "болат"),
    "thermal coal": ("энергетический уголь", "энергетикалық көмір"),
    "tungsten": ("вольфрам", "вольфрам"),
    "uranium": ("уран", "уран"),
    "zinc": ("цинк", "мырыш"),
}


def value_names(value) -> tuple:
    """The Russian and Kazakh names of a region or commodity value (empty when not known)."""
    if value is None:
        return ()
    return VALUE_NAMES.get(str(value).strip().lower(), ())


def localized_value(value, language: str):
    """``value`` in ``language`` ('ru', 'kk') when it is a known region or commodity, else unchanged.
    Several values joined by ',' or ';' ("copper, zinc") are translated one by one."""
    if value is None or language not in ("ru", "kk"):
        return value
    names = value_names(value)
    if names:
        return names[0] if language == "ru" else names[1]
    text = str(value)
    for sep in (";", ","):
        if sep in text:
            parts = [p.strip() for p in text.split(sep)]
            if any(value_names(p) for p in parts if p):
                return (sep + " ").join(str(localized_value(p, language)) for p in parts if p)
    return value


def country_in(value, language: str):
    """A country name of the sample layer in ``language`` through the catalogue (the maps switch the
    catalogue to their language), else as written; 'Kazakhstan / Russia' part by part."""
    if value is None or language not in ("ru", "kk"):
        return value
    text = str(value)
    if " / " in text:
        return " / ".join(str(country_in(p, language)) for p in text.split(" / "))
    return country_name(text)
