"""The shared facility registry in PostgreSQL/PostGIS: SQL generation, creation/upgrade, import.

Pure Python (no qgis/Qt). The database is reached through a DB-API connection (psycopg2) that the
caller opens; SQL is built with quoted identifiers and passes every value as a parameter.
The hard rules of :mod:`.registry` become CHECK constraints plus a trigger that explains a refusal in
words; the soft ones become the ``facility_warnings`` view.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .common import TailingsError, check_cancel, is_missing, tr
from .registry import EARLIEST_INSPECTION, ERROR, SCHEMA, to_date, to_number, validate_records

SCHEMA_VERSION = "1"
TABLE = "facilities"
HISTORY = "facility_history"
WARNINGS_VIEW = "facility_warnings"
SQL_DIR = Path(__file__).resolve().parents[2] / "resources" / "sql"
PG_TYPES = {"text": "text", "int": "integer", "real": "double precision", "date": "date"}
# columns the shared registry adds to the file registry's fields
SYSTEM_COLUMNS = {
    "fid": "bigint",
    "geom": "geometry",
    "updated_at": "timestamp with time zone",
    "updated_by": "text",
    "row_version": "integer",
}
# fields a hazard screening needs: missing ones are soft warnings (the view)
SCREENING_FIELDS = ("dam_height_m", "volume_m3", "water_hazard_class", "status")


def sql_dir() -> Path:
    """resources/sql in the source tree or in the installed plugin (resources/ sits next to core/'s parent)."""
    for candidate in (SQL_DIR, Path(__file__).resolve().parents[1] / "resources" / "sql"):
        if candidate.is_dir():
            return candidate
    return SQL_DIR


def quote_ident(name: str) -> str:
    """A PostgreSQL identifier, always quoted (so any schema name is safe)."""
    if not name or "\x00" in name:
        raise TailingsError(tr("The schema name is empty or invalid."))
    return '"' + name.replace('"', '""') + '"'


def quote_literal(text: str) -> str:
    return "'" + str(text).replace("'", "''") + "'"


_PASSWORD_PATTERNS = (
    re.compile(r"(password\s*=\s*)('(?:[^'\\]|\\.)*'|\S+)", re.IGNORECASE),
    re.compile(r"(postgres(?:ql)?://[^:/@\s]*:)([^@\s]*)(@)", re.IGNORECASE),
)


def mask_dsn(text) -> str:
    """The text with every password of a libpq string or URL replaced by ``*****``."""
    text = str(text)
    text = _PASSWORD_PATTERNS[0].sub(r"\1*****", text)
    return _PASSWORD_PATTERNS[1].sub(r"\1*****\3", text)


def has_password(text: str) -> bool:
    return mask_dsn(text) != str(text)


# --- SQL generated from the registry schema --------------------------------------------------------
def _fmt(number) -> str:
    return f"{number:g}" if isinstance(number, float) else str(number)


@dataclass(frozen=True)
class Rule:
    """A hard rule: constraint name, SQL condition on the row (true = fine), readable message."""

    name: str
    condition: str
    message: str  # format() text for plpgsql: %s = facility id, then the value


def hard_rules() -> list[Rule]:
    """The hard rules of tailings:validateregistry as SQL conditions (same ranges, same enumerations)."""
    rules = [
        Rule(
            "facility_id_not_blank",
            "btrim(facility_id) <> '' AND facility_id = btrim(facility_id)",
            "Facility id %s is empty or has leading/trailing spaces.",
        ),
        Rule("name_not_blank", "btrim(name) <> ''", "Facility %s: the name is empty."),
        Rule(
            "geom_valid",
            "NOT ST_IsEmpty(geom) AND ST_IsValid(geom)",
            "Facility %s: the point geometry is empty or invalid.",
        ),
    ]
    for spec in SCHEMA:
        column = spec.name
        if spec.choices:
            allowed = ", ".join(quote_literal(c) for c in spec.choices)
            rules.append(
                Rule(
                    f"{column}_known",
                    f"{column} IS NULL OR {column} IN ({allowed})",
                    f"Facility %s: {column} '%s' is not one of: {', '.join(spec.choices)}.",
                )
            )
        elif spec.minimum is not None:
            low, high = _fmt(spec.minimum), _fmt(spec.maximum)
            extra = "'NaN'::float8" if spec.kind == "real" else None
            condition = f"{column} IS NULL OR ({column} BETWEEN {low} AND {high}"
            condition += f" AND {column} <> {extra})" if extra else ")"
            rules.append(
                Rule(
                    f"{column}_plausible",
                    condition,
                    f"Facility %s: {column} = %s is outside the plausible range {low}–{high}"
                    + (" (check the unit)." if spec.kind == "real" else "."),
                )
            )
    return rules


def check_function_sql(schema: str) -> str:
    """A BEFORE trigger that refuses a row breaking a hard rule with a message naming the rule."""
    s = quote_ident(schema)
    lines = []
    for rule in hard_rules():
        column = rule.name.rsplit("_", 1)[0]
        value = f"NEW.{column}" if column in {spec.name for spec in SCHEMA} else "NULL"
        cond = re.sub(r"\b(" + "|".join(_columns_in(rule.condition)) + r")\b", r"NEW.\1", rule.condition)
        lines.append(
            f"    IF NOT coalesce(({cond}), false) THEN\n"
            f"        RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = {quote_literal(rule.name)},\n"
            f"            MESSAGE = format({quote_literal(rule.message)}, coalesce(NEW.facility_id, '?'), {value});\n"
            f"    END IF;"
        )
    lines.append(
        "    IF NEW.last_inspection > current_date THEN\n"
        "        RAISE EXCEPTION USING ERRCODE = 'check_violation', CONSTRAINT = 'last_inspection_not_future',\n"
        "            MESSAGE = format('Facility %s: last_inspection %s is in the future.', NEW.facility_id, "
        "NEW.last_inspection);\n    END IF;"
    )
    body = "\n".join(lines)
    return (
        f"CREATE OR REPLACE FUNCTION {s}.facilities_check() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        f"BEGIN\n    NEW.status := nullif(lower(btrim(NEW.status)), '');\n    NEW.dam_type := nullif(lower(btrim(NEW.dam_type)), '');\n"
        f"    IF NEW.facility_id IS NULL OR NEW.name IS NULL OR NEW.geom IS NULL THEN\n"
        f"        RAISE EXCEPTION USING ERRCODE = 'not_null_violation',\n"
        f"            MESSAGE = format('Facility %s: facility_id, name and the point geometry are required.', "
        f"coalesce(NEW.facility_id, '?'));\n    END IF;\n"
        f"{body}\n    RETURN NEW;\nEND;\n$$;\n"
        f"DROP TRIGGER IF EXISTS facilities_check ON {s}.{TABLE};\n"
        f"CREATE TRIGGER facilities_check BEFORE INSERT OR UPDATE ON {s}.{TABLE}\n"
        f"    FOR EACH ROW EXECUTE FUNCTION {s}.facilities_check();\n"
    )


def _columns_in(condition: str) -> list[str]:
    names = [spec.name for spec in SCHEMA] + ["geom"]
    return [n for n in names if re.search(r"\b" + n + r"\b", condition)]


def warnings_view_sql(schema: str) -> str:
    """The soft rules: a view listing each facility's warnings (missing screening values, early dates)."""
    s = quote_ident(schema)
    parts = [
        f"SELECT fid, facility_id, {quote_literal(name)}::text AS field, "
        f"{quote_literal(f'{name} is missing: hazard screening cannot use this facility fully.')}::text AS message "
        f"FROM {s}.{TABLE} WHERE {name} IS NULL"
        for name in SCREENING_FIELDS
    ]
    parts.append(
        f"SELECT fid, facility_id, 'last_inspection', 'last_inspection ' || last_inspection || "
        f"' is implausibly early.' FROM {s}.{TABLE} WHERE last_inspection < DATE "
        f"{quote_literal(EARLIEST_INSPECTION.isoformat())}"
    )
    return f"CREATE OR REPLACE VIEW {s}.{WARNINGS_VIEW} AS\n" + "\nUNION ALL\n".join(parts) + ";\n"


def render(sql: str, schema: str, srid: int) -> str:
    return sql.replace("@schema@", quote_ident(schema)).replace("@srid@", str(int(srid)))


def roles_sql(schema: str) -> str:
    """resources/sql/roles_example.sql without its psql meta-commands, for the given schema."""
    text = (sql_dir() / "roles_example.sql").read_text(encoding="utf-8")
    lines = [line for line in text.splitlines() if not line.lstrip().startswith("\\")]
    return "\n".join(lines).replace(':"schema"', quote_ident(schema))


# --- the registry in a database -----------------------------------------------------------------
@dataclass
class Inspection:
    exists: bool = False
    columns: dict = field(default_factory=dict)  # name -> data type (information_schema)
    srid: int | None = None
    constraints: set = field(default_factory=set)
    version: str | None = None


def inspect(conn, schema: str) -> Inspection:
    result = Inspection()
    with conn.cursor() as cur:
        cur.execute(
            "SELECT column_name, data_type, udt_name FROM information_schema.columns "
            "WHERE table_schema = %s AND table_name = %s",
            (schema, TABLE),
        )
        rows = cur.fetchall()
        if not rows:
            return result
        result.exists = True
        result.columns = {name: (udt if dtype == "USER-DEFINED" else dtype) for name, dtype, udt in rows}
        cur.execute(
            "SELECT srid FROM geometry_columns WHERE f_table_schema = %s AND f_table_name = %s "
            "AND f_geometry_column = 'geom'",
            (schema, TABLE),
        )
        row = cur.fetchone()
        result.srid = row[0] if row else None
        cur.execute(
            "SELECT conname FROM pg_constraint WHERE conrelid = (quote_ident(%s) || '.' || quote_ident(%s))::regclass",
            (schema, TABLE),
        )
        result.constraints = {r[0] for r in cur.fetchall()}
        cur.execute("SELECT to_regclass(quote_ident(%s) || '.registry_meta')", (schema,))
        if cur.fetchone()[0] is not None:
            cur.execute(f"SELECT value FROM {quote_ident(schema)}.registry_meta WHERE key = 'schema_version'")
            row = cur.fetchone()
            result.version = row[0] if row else None
    return result


def expected_columns() -> dict:
    columns = {spec.name: PG_TYPES[spec.kind] for spec in SCHEMA}
    columns.update(SYSTEM_COLUMNS)
    return columns


def upgrade_blockers(conn, schema: str, srid: int, state: Inspection) -> list[str]:
    """Why an existing registry cannot be upgraded in place (empty list: it can). Never changes anything."""
    if not state.exists:
        return []
    reasons = []
    for name, wanted in expected_columns().items():
        have = state.columns.get(name)
        if have is not None and have != wanted:
            reasons.append(
                tr("Column {c} is of type {have}, the registry needs {wanted}: convert or rename it.").format(
                    c=name, have=have, wanted=wanted
                )
            )
    if state.srid is not None and state.srid != srid:
        reasons.append(
            tr(
                "The existing registry is in EPSG:{have}, not EPSG:{wanted}: run again with CRS EPSG:{have}."
            ).format(have=state.srid, wanted=srid)
        )
    if "geom" in state.columns and state.srid is None:
        reasons.append(tr("Column geom is not a PostGIS geometry column with an SRID."))
    if reasons:
        return reasons
    s = quote_ident(schema)
    with conn.cursor() as cur:
        for name in ("facility_id", "name"):
            if name in state.columns:
                cur.execute(f"SELECT count(*) FROM {s}.{TABLE} WHERE {name} IS NULL")
                n = cur.fetchone()[0]
                if n:
                    reasons.append(tr("{n} rows have no {c}: fill it in first.").format(n=n, c=name))
        if "facility_id" in state.columns and "facilities_facility_id_key" not in state.constraints:
            cur.execute(
                f"SELECT facility_id FROM {s}.{TABLE} WHERE facility_id IS NOT NULL "
                "GROUP BY facility_id HAVING count(*) > 1 ORDER BY 1 LIMIT 20"
            )
            dups = [r[0] for r in cur.fetchall()]
            if dups:
                reasons.append(tr("Duplicate facility ids: {ids}.").format(ids=", ".join(dups)))
        for rule in hard_rules():
            if f"facilities_{rule.name}" in state.constraints:
                continue
            if any(c not in state.columns for c in _columns_in(rule.condition) + ["facility_id"]):
                continue
            cur.execute(
                f"SELECT facility_id FROM {s}.{TABLE} WHERE NOT coalesce(({rule.condition}), false) "
                "ORDER BY 1 LIMIT 20"
            )
            bad = [str(r[0]) for r in cur.fetchall()]
            if bad:
                reasons.append(
                    tr("Rule {rule} is broken by facilities {ids}: correct them first.").format(
                        rule=rule.name, ids=", ".join(bad)
                    )
                )
    return reasons


def create_or_upgrade(conn, schema: str, srid: int, with_roles: bool = False) -> list[str]:
    """Create the registry, or bring an existing one to the current schema, in one transaction.

    Returns what was done (messages). Raises TailingsError, changing nothing, when an existing
    registry cannot be upgraded without losing or rewriting data.
    """
    with conn.cursor() as cur:
        cur.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'")
        if cur.fetchone() is None:
            try:
                cur.execute("CREATE EXTENSION IF NOT EXISTS postgis")
            except Exception as exc:
                conn.rollback()
                raise TailingsError(
                    tr(
                        "PostGIS is not enabled in this database and could not be enabled ({reason}). "
                        "Ask the administrator to run: CREATE EXTENSION postgis;"
                    ).format(reason=_reason(exc))
                ) from exc
        cur.execute("SELECT 1 FROM spatial_ref_sys WHERE srid = %s", (srid,))
        if cur.fetchone() is None:
            conn.rollback()
            raise TailingsError(
                tr("EPSG:{srid} is not known to PostGIS (spatial_ref_sys).").format(srid=srid)
            )
    state = inspect(conn, schema)
    blockers = upgrade_blockers(conn, schema, srid, state)
    if blockers:
        conn.rollback()
        raise TailingsError(
            tr("The existing registry {schema}.{table} cannot be upgraded; nothing was changed:").format(
                schema=schema, table=TABLE
            )
            + "\n"
            + "\n".join("- " + b for b in blockers)
        )
    done = []
    s = quote_ident(schema)
    with conn.cursor() as cur:
        cur.execute(render((sql_dir() / "schema.sql").read_text(encoding="utf-8"), schema, srid))
        if "facilities_facility_id_key" not in state.constraints:
            cur.execute(
                f"ALTER TABLE {s}.{TABLE} ADD CONSTRAINT facilities_facility_id_key UNIQUE (facility_id)"
            )
        for rule in hard_rules():
            if f"facilities_{rule.name}" not in state.constraints:
                cur.execute(
                    f"ALTER TABLE {s}.{TABLE} ADD CONSTRAINT {quote_ident('facilities_' + rule.name)} "
                    f"CHECK ({rule.condition})"
                )
        cur.execute(check_function_sql(schema))
        cur.execute(warnings_view_sql(schema))
        for spec in SCHEMA:
            cur.execute(f"COMMENT ON COLUMN {s}.{TABLE}.{spec.name} IS %s", (spec.alias,))
        cur.execute(
            f"INSERT INTO {s}.registry_meta (key, value) VALUES ('schema_version', %s) "
            "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value",
            (SCHEMA_VERSION,),
        )
        if with_roles:
            cur.execute(roles_sql(schema))
            done.append(tr("Granted the example roles (tailings_reader, tailings_editor_*, tailings_admin)."))
    conn.commit()
    after = inspect(conn, schema)
    if not state.exists:
        done.insert(
            0,
            tr("Created the shared registry {schema}.{table} (EPSG:{srid}).").format(
                schema=schema, table=TABLE, srid=srid
            ),
        )
    else:
        added = sorted(set(after.columns) - set(state.columns))
        constraints = sorted(after.constraints - state.constraints)
        done.insert(
            0,
            tr(
                "The registry {schema}.{table} exists (schema version {old}); upgraded to version {new}: "
                "{cols} columns and {cons} constraints added, triggers and views refreshed; no data changed."
            ).format(
                schema=schema,
                table=TABLE,
                old=state.version or "0",
                new=SCHEMA_VERSION,
                cols=len(added),
                cons=len(constraints),
            ),
        )
    return done


def _reason(exc) -> str:
    diag = getattr(exc, "diag", None)
    primary = getattr(diag, "message_primary", None) if diag is not None else None
    return mask_dsn(primary or str(exc).strip())


def database_message(exc) -> str:
    """The database's explanation of a refused statement, without the SQL and without secrets."""
    return _reason(exc)


# --- import ---------------------------------------------------------------------------------------
VOLUME_FACTORS = (1.0, 1.0e3, 1.0e6)  # VOLUME_UNIT: m³, thousand m³, million m³


@dataclass
class Rejected:
    row: int
    facility: str
    field: str
    message: str


def import_records(conn, schema: str, records, feedback=None):
    """Insert registry records in one transaction: all of them, or none when any row is refused.

    ``records``: list of dicts keyed by registry field names, with ``"__row__"`` (1-based row number),
    ``"__wkb__"`` (point WKB in the registry CRS, or None) and ``"__geometry__"`` (see
    :func:`validate_records`). Values are already in registry units. Returns ``(inserted, rejected)``;
    ``inserted`` is 0 whenever ``rejected`` is not empty.
    """
    records = list(records)
    rejected: list[Rejected] = []
    bad_rows = set()
    seen: dict[str, int] = {}
    for record in records:
        check_cancel(feedback)
        row = record["__row__"]
        plain = {k: v for k, v in record.items() if not k.startswith("__")}
        plain["__fid__"] = row
        plain["__geometry__"] = record.get("__geometry__", "ok")
        label = str(record.get("facility_id") or "").strip() or tr("row {n}").format(n=row)
        for problem in validate_records([plain]).problems:
            if problem.severity == ERROR:
                bad_rows.add(row)
                rejected.append(Rejected(row, label, problem.field, problem.message))
        key = str(record.get("facility_id") or "").strip()
        if key and key in seen:
            bad_rows.add(row)
            rejected.append(
                Rejected(
                    row,
                    label,
                    "facility_id",
                    tr("Duplicate facility id '{id}' (also row {other}).").format(id=key, other=seen[key]),
                )
            )
        elif key:
            seen[key] = row
    s = quote_ident(schema)
    columns = [spec.name for spec in SCHEMA]
    srid = inspect(conn, schema).srid
    statement = (
        f"INSERT INTO {s}.{TABLE} ({', '.join(columns)}, geom) VALUES "
        f"({', '.join(['%s'] * len(columns))}, ST_SetSRID(ST_GeomFromWKB(%s), {int(srid)}))"
    )
    inserted = 0
    total = max(len(records), 1)
    with conn.cursor() as cur:
        for i, record in enumerate(records):
            check_cancel(feedback)
            if feedback is not None:
                feedback.setProgress(100.0 * i / total)
            if record["__row__"] in bad_rows:
                continue
            values = [_db_value(spec, record.get(spec.name)) for spec in SCHEMA]
            cur.execute("SAVEPOINT import_row")
            try:
                cur.execute(statement, values + [record["__wkb__"]])
                cur.execute("RELEASE SAVEPOINT import_row")
                inserted += 1
            except Exception as exc:
                cur.execute("ROLLBACK TO SAVEPOINT import_row")
                diag = getattr(exc, "diag", None)
                constraint = getattr(diag, "constraint_name", None) or ""
                message = _reason(exc)
                if constraint == "facilities_facility_id_key":
                    message = tr("Facility id '{id}' is already in the shared registry.").format(
                        id=record.get("facility_id")
                    )
                rejected.append(
                    Rejected(
                        record["__row__"],
                        str(record.get("facility_id") or "?"),
                        _field_of(constraint),
                        message,
                    )
                )
    if rejected:
        conn.rollback()
        return 0, sorted(rejected, key=lambda r: r.row)
    conn.commit()
    return inserted, []


def _field_of(constraint: str) -> str:
    for spec in SCHEMA:
        if spec.name in constraint:
            return spec.name
    return "geometry" if "geom" in constraint else ""


def _db_value(spec, value):
    if is_missing(value):
        return None
    if spec.kind == "real":
        return to_number(value)
    if spec.kind == "int":
        return int(to_number(value))
    if spec.kind == "date":
        return to_date(value)
    text = str(value).strip()
    return text.lower() if spec.choices else text
