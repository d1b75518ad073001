"""Tailings Hazard Index (THI): component scores, partial-score flags and ranking.

Structure of the UNECE / German Environment Agency TMF methodology (UBA
Dokumentationen 01/2016; extended with the ICPDR in UBA Texte 185/2020,
Kovacs et al. 2020): THI = capacity + toxicity + management + natural
conditions + dam safety, with capacity = log10 of the stored volume in m3
and toxicity from the German water hazard class (WGK 1-3).

Every scoring rule lives in ``resources/hazard/thi_scoring.json`` with its
source and status ([paper] / [impl] / [verify]); this module only applies
them. A part whose input is missing or unusable is left out of the sum and
named in ``missing``: the score is flagged partial, never a silent zero.

Rule kinds a part may combine (checked in this order):
- ``log10``: score = factor * log10(max(value, min_input)) for a number;
- ``thresholds``: ``[[lower, score], ...]`` ascending; a number scores the
  score of the last lower bound it reaches;
- ``categories`` (+ ``aliases``): text (case-insensitive) -> score; a
  number without thresholds is looked up by its text (2.0 -> "2").
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from functools import lru_cache

from .common import TailingsError, check_cancel, ensure_feedback, is_missing, tr
from .hazard_data import Checker, hazard_data_path, read_json
from .numbers import compact

DATA_FILE = "thi_scoring.json"
WHAT = "hazard index scoring"


@dataclass(frozen=True)
class ThiPart:
    name: str
    input: str
    log10: tuple | None  # (min_input, factor)
    thresholds: tuple  # ((lower, score), ...)
    categories: dict
    aliases: dict
    valid_min: float | None
    valid_min_exclusive: float | None
    valid_max: float | None
    invalid_hint: str
    source: str
    status: str


@dataclass(frozen=True)
class ThiComponent:
    name: str
    field: str
    label: str
    parts: tuple


@dataclass(frozen=True)
class ThiRules:
    components: tuple
    sources: dict
    path: str = ""

    @property
    def fields(self) -> tuple:
        """Output field names of the components, in file order (e.g. ``thi_cap``)."""
        return tuple(c.field for c in self.components)

    @property
    def inputs(self) -> tuple:
        """Input keys the rules read (e.g. ``volume_m3``, ``water_hazard_class``)."""
        seen = []
        for c in self.components:
            for p in c.parts:
                if p.input not in seen:
                    seen.append(p.input)
        return tuple(seen)


@dataclass
class ThiResult:
    """THI of one facility.

    ``thi`` is the sum of the scored parts (None when no part could be scored);
    ``components`` maps each component field to its score (None when none of
    its parts could be scored); ``complete`` is False when any part is missing,
    and ``missing`` names those parts (e.g. ``["flood", "dam_safety"]``).
    """

    thi: float | None
    components: dict
    parts: dict
    complete: bool
    missing: list
    warnings: list = field(default_factory=list)

    @property
    def missing_text(self) -> str:
        """The missing parts joined by ``;`` (the ``thi_missing`` field)."""
        return ";".join(self.missing)


# --- data file ------------------------------------------------------------------------------------------


def load_thi_rules(path=None) -> ThiRules:
    """Read and check the THI scoring file (default: the bundled ``thi_scoring.json``).

    Raises :class:`TailingsError` naming the key when the file is malformed.
    """
    path = str(path) if path is not None else str(hazard_data_path(DATA_FILE))
    return _load_cached(path)


def _norm(text) -> str:
    return " ".join(str(text).strip().lower().split())


@lru_cache(maxsize=8)
def _load_cached(path: str) -> ThiRules:
    data = read_json(path, WHAT)
    chk = Checker(WHAT, path)
    sources = chk.obj(data, "sources", "root")
    comps = data.get("components")
    if not isinstance(comps, list) or not comps:
        chk.fail("components", tr("expected a non-empty list."))
    components = []
    names, fields = set(), set()
    for ci, comp in enumerate(comps):
        where = f"components[{ci}]"
        if not isinstance(comp, dict):
            chk.fail(where, tr("expected an object."))
        cname = chk.text(comp, "name", where)
        cfield = chk.text(comp, "field", where)
        if not cfield.isidentifier() or cfield in fields:
            chk.fail(where + ".field", tr("must be a unique field name, found {v!r}.").format(v=cfield))
        fields.add(cfield)
        parts_data = comp.get("parts")
        if not isinstance(parts_data, list) or not parts_data:
            chk.fail(where + ".parts", tr("expected a non-empty list."))
        parts = []
        for pi, part in enumerate(parts_data):
            pw = f"{where}.parts[{pi}]"
            if not isinstance(part, dict):
                chk.fail(pw, tr("expected an object."))
            pname = chk.text(part, "name", pw)
            if pname in names:
                chk.fail(pw + ".name", tr("duplicate part name {v!r}.").format(v=pname))
            names.add(pname)
            parts.append(_check_part(chk, part, pw, pname, sources))
        components.append(
            ThiComponent(name=cname, field=cfield, label=str(comp.get("label", cname)), parts=tuple(parts))
        )
    return ThiRules(components=tuple(components), sources=dict(sources), path=path)


def _check_part(chk: Checker, part: dict, pw: str, pname: str, sources: dict) -> ThiPart:
    source = chk.text(part, "source", pw)
    if source not in sources:
        chk.fail(pw + ".source", tr("{v!r} is not a key of 'sources'.").format(v=source))
    status = chk.status(part, pw)
    log10 = None
    if "log10" in part:
        spec = chk.obj(part, "log10", pw)
        log10 = (
            chk.number(spec, "min_input", pw + ".log10", positive=True),
            chk.number(spec, "factor", pw + ".log10"),
        )
    thresholds = ()
    if "thresholds" in part:
        raw = part["thresholds"]
        if not isinstance(raw, list) or not raw:
            chk.fail(pw + ".thresholds", tr("expected a non-empty list of [lower bound, score] pairs."))
        pairs = []
        for ti, pair in enumerate(raw):
            tw = f"{pw}.thresholds[{ti}]"
            if not isinstance(pair, list) or len(pair) != 2:
                chk.fail(tw, tr("expected a [lower bound, score] pair."))
            lower = chk.number({"v": pair[0]}, "v", tw)
            score = chk.number({"v": pair[1]}, "v", tw)
            if pairs and lower <= pairs[-1][0]:
                chk.fail(tw, tr("lower bounds must increase."))
            pairs.append((lower, score))
        thresholds = tuple(pairs)
    categories = {}
    if "categories" in part:
        raw = chk.obj(part, "categories", pw)
        if not raw:
            chk.fail(pw + ".categories", tr("expected at least one category."))
        for key in raw:
            categories[_norm(key)] = chk.number(raw, key, pw + ".categories")
    aliases = {}
    if "aliases" in part:
        raw = chk.obj(part, "aliases", pw)
        for key, target in raw.items():
            if _norm(target) not in categories:
                chk.fail(
                    pw + ".aliases." + key,
                    tr("points to {t!r}, which is not a category.").format(t=target),
                )
            aliases[_norm(key)] = _norm(target)
    if log10 is None and not thresholds and not categories:
        chk.fail(pw, tr("needs at least one rule: 'log10', 'thresholds' or 'categories'."))
    return ThiPart(
        name=pname,
        input=chk.text(part, "input", pw),
        log10=log10,
        thresholds=thresholds,
        categories=categories,
        aliases=aliases,
        valid_min=chk.number(part, "valid_min", pw, optional=True),
        valid_min_exclusive=chk.number(part, "valid_min_exclusive", pw, optional=True),
        valid_max=chk.number(part, "valid_max", pw, optional=True),
        invalid_hint=str(part.get("invalid_hint", "")),
        source=source,
        status=status,
    )


# --- scoring --------------------------------------------------------------------------------------------


class _MissingError(Exception):
    """Internal: the part has no usable input; ``args[0]`` is the reason or None (plain NULL)."""


def _to_number(value):
    """Float for numbers and numeric text, else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        try:
            return float(value.strip().replace(",", "."))
        except ValueError:
            return None
    try:
        return float(value)
    except (TypeError, ValueError):
        return None


def score_part(part: ThiPart, value) -> float:
    """Score one part for one input value; :class:`TailingsError` when the value is unusable,
    ``_MissingError`` when it is NULL."""
    if is_missing(value):
        raise _MissingError(None)
    number = _to_number(value)
    if number is not None and (part.log10 is not None or part.thresholds):
        if not math.isfinite(number):
            raise TailingsError(tr("{name}: {v!r} is not a finite number.").format(name=part.input, v=value))
        if (
            (part.valid_min is not None and number < part.valid_min)
            or (part.valid_min_exclusive is not None and number <= part.valid_min_exclusive)
            or (part.valid_max is not None and number > part.valid_max)
        ):
            hint = (" (" + part.invalid_hint + ")") if part.invalid_hint else ""
            raise TailingsError(
                tr("{name}: {v} is outside the valid range{hint}.").format(
                    name=part.input, v=compact(number), hint=hint
                )
            )
        if part.log10 is not None:
            min_input, factor = part.log10
            # UBA (2016): THI_Cap = log10(stored volume in m3)
            return factor * math.log10(max(number, min_input))
        score = None
        for lower, s in part.thresholds:
            if number >= lower:
                score = s
        if score is None:
            raise TailingsError(
                tr("{name}: {v} is below the lowest threshold {lo}.").format(
                    name=part.input, v=compact(number), lo=compact(part.thresholds[0][0])
                )
            )
        return score
    if part.categories:
        if number is not None and number.is_integer():
            key = str(int(number))
        else:
            key = _norm(value)
        key = part.aliases.get(key, key)
        if key in part.categories:
            return part.categories[key]
        raise TailingsError(
            tr("{name}: unknown value {v!r}; expected one of: {allowed}.").format(
                name=part.input, v=value, allowed=", ".join(sorted(part.categories))
            )
        )
    raise TailingsError(tr("{name}: expected a number, found {v!r}.").format(name=part.input, v=value))


def score_thi(record, rules: ThiRules | None = None) -> ThiResult:
    """THI of one facility. ``record`` maps the rules' input keys (``volume_m3``,
    ``water_hazard_class``, ``status``, ``flood_hazard``, ``seismic_hazard``,
    ``dam_safety``) to values; absent keys and NULLs count as missing.

    Never raises for bad values: the part is listed in ``missing`` and the
    reason is in ``warnings``.
    """
    rules = rules or load_thi_rules()
    components, parts, missing, warnings = {}, {}, [], []
    for comp in rules.components:
        total, scored = 0.0, 0
        for part in comp.parts:
            value = record.get(part.input) if hasattr(record, "get") else None
            try:
                score = score_part(part, value)
            except _MissingError:
                missing.append(part.name)
                parts[part.name] = None
                continue
            except TailingsError as err:
                missing.append(part.name)
                parts[part.name] = None
                warnings.append(str(err))
                continue
            parts[part.name] = score
            total += score
            scored += 1
        components[comp.field] = total if scored else None
    values = [v for v in components.values() if v is not None]
    thi = sum(values) if values else None
    return ThiResult(
        thi=thi, components=components, parts=parts, complete=not missing, missing=missing, warnings=warnings
    )


def score_thi_many(items, rules: ThiRules | None = None, feedback=None) -> list:
    """THI of many facilities: ``items`` yields ``(facility_id, record)``.

    Unusable values are pushed as warnings naming the facility; partial scores
    are counted in an info message.
    """
    feedback = ensure_feedback(feedback)
    rules = rules or load_thi_rules()
    items = list(items)
    n = max(len(items), 1)
    results = []
    for i, (fid, record) in enumerate(items):
        if i % 100 == 0:
            check_cancel(feedback)
            feedback.setProgress(100.0 * i / n)
        result = score_thi(record, rules)
        for text in result.warnings:
            feedback.pushWarning(tr("Facility {fid}: {msg}").format(fid=fid, msg=text))
        results.append(result)
    partial = sum(1 for r in results if not r.complete)
    if partial:
        feedback.pushInfo(
            tr(
                "{n} of {total} facilities have a partial hazard index (see thi_complete and thi_missing)."
            ).format(n=partial, total=len(results))
        )
    feedback.setProgress(100.0)
    return results


def rank_desc(values) -> list:
    """Rank numbers from the highest (1) down; ties share the best rank (1, 2, 2, 4);
    None stays None (not ranked)."""
    present = sorted((v for v in values if v is not None), reverse=True)
    first = {}
    for pos, v in enumerate(present, start=1):
        first.setdefault(v, pos)
    return [None if v is None else first[v] for v in values]


def rank_thi(results) -> list:
    """Rank of each :class:`ThiResult` by ``thi`` (1 = highest hazard).

    Partial scores are ranked too (flagged by ``complete``): a partial score is
    a lower bound, so its rank is an optimistic one.
    """
    return rank_desc([r.thi for r in results])
