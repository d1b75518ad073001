"""Reaching the shared PostGIS registry from Processing: the DATABASE parameter and the registry layer.

DATABASE is the name of a QGIS PostgreSQL connection (its credentials may live in QGIS's
authentication manager), a pg_service.conf service name, or a libpq connection string
("service=tailings", "host=... dbname=..."). Passwords never reach a message or a layer source
written by the plugin: messages go through ``mask_dsn``.
"""

from __future__ import annotations

from qgis.core import (
    QgsDataSourceUri,
    QgsProcessingException,
    QgsProcessingParameterString,
    QgsProviderRegistry,
    QgsVectorLayer,
)

from tailings_qgis_plugin.core.shared_registry import TABLE, database_message, mask_dsn
from tailings_qgis_plugin.i18n import tr
from tailings_qgis_plugin.registry_layer import apply_registry_style


def database_parameter(name="DATABASE"):
    return QgsProcessingParameterString(
        name,
        tr("Database (QGIS PostgreSQL connection name, service name or connection string)"),
    )


def schema_parameter(name="SCHEMA"):
    return QgsProcessingParameterString(name, tr("Schema"), defaultValue="tailings")


def _connection_uri(name: str):
    """The URI of a saved QGIS PostgreSQL connection called ``name``, or None."""
    metadata = QgsProviderRegistry.instance().providerMetadata("postgres")
    if metadata is None:
        return None
    try:
        connection = metadata.findConnection(name)
    except Exception:
        return None
    return connection.uri() if connection is not None else None


def resolve(database: str) -> QgsDataSourceUri:
    """A QgsDataSourceUri for the DATABASE parameter (connection name, service name or libpq string)."""
    text = (database or "").strip()
    if not text:
        raise QgsProcessingException(
            tr("Name the database: a QGIS PostgreSQL connection, a service or a connection string.")
        )
    saved = _connection_uri(text)
    if saved:
        return QgsDataSourceUri(saved)
    if "=" in text:
        return QgsDataSourceUri(text)
    return QgsDataSourceUri(f"service='{text}'")


def libpq_string(uri: QgsDataSourceUri) -> str:
    """The libpq connection string, with the credentials of an authentication configuration filled in."""
    return uri.connectionInfo(True)


def connect(database: str):
    """A psycopg2 connection (autocommit off) to the DATABASE parameter; errors say what to fix, masked."""
    import psycopg2

    uri = resolve(database)
    try:
        return psycopg2.connect(
            libpq_string(uri), connect_timeout=15, application_name="tailings_qgis_plugin"
        )
    except psycopg2.Error as exc:
        raise QgsProcessingException(
            tr("Cannot connect to the database {db}: {reason}").format(
                db=mask_dsn(database), reason=database_message(exc)
            )
        ) from exc


def layer_uri(database: str, schema: str) -> str:
    """The QGIS data source of the registry table (keeps authcfg/service; a typed password stays in it)."""
    uri = resolve(database)
    uri.setDataSource(schema, TABLE, "geom", "", "fid")
    uri.setSrid("")
    return uri.uri(False)


def registry_layer(database: str, schema: str, name: str | None = None) -> QgsVectorLayer:
    layer = QgsVectorLayer(layer_uri(database, schema), name or tr("Shared facility registry"), "postgres")
    if not layer.isValid():
        raise QgsProcessingException(
            tr("The shared registry {schema}.{table} cannot be opened in {db}.").format(
                schema=schema, table=TABLE, db=mask_dsn(database)
            )
        )
    return layer


def configure_shared_form(layer) -> None:
    """The registry form, plus optimistic locking: an edited facility is saved with
    row_version = -(the version read), which the database compares with the current version (a stale
    edit is refused, see resources/sql/schema.sql)."""
    from qgis.core import QgsDefaultValue

    apply_registry_style(layer)
    fields = layer.fields()
    index = fields.lookupField("row_version")
    if index >= 0:
        layer.setDefaultValueDefinition(index, QgsDefaultValue('-abs("row_version")', True))
    config = layer.editFormConfig()
    for name in ("fid", "updated_at", "updated_by", "row_version"):
        i = fields.lookupField(name)
        if i >= 0:
            config.setReadOnly(i, True)
    layer.setEditFormConfig(config)
