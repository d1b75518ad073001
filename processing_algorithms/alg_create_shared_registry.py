"""tailings:createsharedregistry: the facility registry in a shared PostgreSQL/PostGIS database."""

from __future__ import annotations

from qgis.core import (
    QgsCoordinateReferenceSystem,
    QgsProcessingContext,
    QgsProcessingException,
    QgsProcessingOutputString,
    QgsProcessingParameterBoolean,
    QgsProcessingParameterCrs,
)

from tailings_qgis_plugin.core.common import TailingsError
from tailings_qgis_plugin.core.shared_registry import (
    HISTORY,
    TABLE,
    WARNINGS_VIEW,
    create_or_upgrade,
    database_message,
    grant_example_roles,
    has_password,
    mask_dsn,
)
from tailings_qgis_plugin.qgis_compat import save_style_to_database

from .base import TailingsAlgorithm
from .pg_io import (
    configure_shared_form,
    connect,
    database_parameter,
    layer_uri,
    registry_layer,
    schema_parameter,
)

STYLE_NAME = "tailings_registry"


class CreateSharedRegistryAlgorithm(TailingsAlgorithm):
    NAME = "createsharedregistry"
    GROUP = "registry"
    REQUIRES = ("psycopg2",)

    DATABASE = "DATABASE"
    SCHEMA = "SCHEMA"
    CRS = "CRS"
    CREATE_ROLES = "CREATE_ROLES"
    LAYER = "LAYER"

    def displayName(self):
        return self.tr("Create shared registry (PostGIS)")

    def shortHelpString(self):
        return self.tr(
            "Creates the facility registry in a PostgreSQL database with PostGIS, for a working group that "
            "edits one registry together. <b>Database</b>: the name of a QGIS PostgreSQL connection (the "
            "password kept in QGIS's authentication manager), a pg_service.conf service name, or a libpq "
            "connection string; never type a password there, it would be saved in the project.<br>"
            "The table facilities has the fields of the GeoPackage registry plus updated_at, updated_by "
            "(set by the database) and row_version. The hard rules of the registry check are database "
            "rules: unique, non-empty facility_id; a name; a valid point; status and dam type among the "
            "known values; plausible dam height, volume, area and water hazard class; no inspection date "
            "in the future. A refused value comes back with a message naming the facility, the field and "
            "the allowed range. Soft rules (values missing for hazard screening, implausibly early "
            "inspection dates) are listed by the view facility_warnings.<br>"
            "Every insert, update and delete is written by a trigger to facility_history (who, when, the "
            "operation, the old and the new row as JSON); editors can read it but not change it.<br>"
            "Two editors: each saved edit carries the version of the facility it was made on; when another "
            "editor saved the same facility in between, the edit is refused (Stale edit refused…) instead "
            "of overwriting. Edits to different facilities never conflict.<br>"
            "Running it again on an existing registry adds what is missing (columns, rules, triggers) and "
            "never drops or changes data; when existing rows break a rule, or a column has another type, "
            "it changes nothing and lists them. <b>Create the example roles</b> runs "
            "resources/sql/roles_example.sql (tailings_reader, tailings_editor_*, "
            "tailings_admin; needs the CREATEROLE right)."
        )

    def initAlgorithm(self, config=None):
        self.addParameter(database_parameter(self.DATABASE))
        self.addParameter(schema_parameter(self.SCHEMA))
        self.addParameter(
            # optional: QGIS 3.22 refuses an omitted CRS even with a default; EPSG:4326 is used then
            QgsProcessingParameterCrs(
                self.CRS, self.tr("Coordinate reference system"), defaultValue="EPSG:4326", optional=True
            )
        )
        self.addParameter(
            QgsProcessingParameterBoolean(
                self.CREATE_ROLES, self.tr("Create the example roles"), defaultValue=False
            )
        )
        self.addOutput(QgsProcessingOutputString(self.LAYER, self.tr("Registry layer source")))

    def _in_database(self, database, work):
        """``work(conn)`` on a new connection, closed afterwards; a database error is rolled back and
        reported as what the database refused (a TailingsError, already a message, passes through)."""
        conn = connect(database)
        try:
            return work(conn)
        except TailingsError:
            raise
        except Exception as exc:
            conn.rollback()
            raise QgsProcessingException(
                self.tr("The database refused to create the registry: {reason}").format(
                    reason=database_message(exc)
                )
            ) from exc
        finally:
            conn.close()

    def process(self, parameters, context, feedback):
        database = self.parameterAsString(parameters, self.DATABASE, context)
        schema = (self.parameterAsString(parameters, self.SCHEMA, context) or "tailings").strip()
        crs = self.parameterAsCrs(parameters, self.CRS, context)
        if not crs.isValid() and not self.parameterAsString(parameters, self.CRS, context):
            crs = QgsCoordinateReferenceSystem("EPSG:4326")
        authority, _sep, code = crs.authid().partition(":")
        if not crs.isValid() or authority.upper() != "EPSG" or not code.isdigit():
            raise QgsProcessingException(self.tr("Choose a CRS with an EPSG code (for example EPSG:4326)."))
        if has_password(database):
            feedback.pushWarning(
                self.tr(
                    "The connection string contains a password: it would be stored in the project with the "
                    "layer. Use a QGIS connection with an authentication configuration or a pg_service.conf "
                    "service instead."
                )
            )
        done = self._in_database(database, lambda conn: create_or_upgrade(conn, schema, int(code)))
        feedback.pushInfo(
            self.tr("Tables: {schema}.{table}, {schema}.{history}; warnings view: {schema}.{view}.").format(
                schema=schema, table=TABLE, history=HISTORY, view=WARNINGS_VIEW
            )
        )
        source = layer_uri(database, schema)
        layer = registry_layer(database, schema)
        configure_shared_form(layer)
        # The form and the optimistic-locking default, stored in the database as the layer's default
        # style: every group member who adds the table in QGIS gets them, not only this user.
        # QGIS 3.22 asks in a dialog before overwriting a stored style: remove ours first.
        _count, ids, names, _descriptions, _error = layer.listStylesInDatabase()
        for style_id, style_name in zip(ids, names):
            if style_name == STYLE_NAME:
                layer.deleteStyleFromDatabase(style_id)
        error = save_style_to_database(layer, STYLE_NAME, self.tr("Tailings facility registry"), True)
        if error:
            feedback.pushWarning(
                self.tr("The registry form could not be stored in the database: {reason}").format(
                    reason=mask_dsn(error)
                )
            )
        if self.parameterAsBoolean(parameters, self.CREATE_ROLES, context):
            # after the style: its table (public.layer_styles) gets read rights too
            done.append(self._in_database(database, lambda conn: grant_example_roles(conn, schema)))
        for message in done:
            feedback.pushInfo(message)
        context.temporaryLayerStore().addMapLayer(layer)
        context.addLayerToLoadOnCompletion(
            layer.id(),
            QgsProcessingContext.LayerDetails(
                self.tr("Shared facility registry"), context.project(), self.LAYER
            ),
        )
        return {self.LAYER: source}
