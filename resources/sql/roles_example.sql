-- Example roles for a shared tailings registry (run once by a database administrator, after
-- tailings:createsharedregistry; adapt the institution names). psql:
--     psql "service=tailings" -v schema=tailings -f roles_example.sql
-- tailings:createsharedregistry with "Create the example roles" runs the same grants for you.
--
-- Group roles (NOLOGIN) carry the rights; people log in with their own role, member of one group,
-- so the history (changed_by) names the person, and the group tells the institution.
--   tailings_reader              read the registry, the warnings and the history
--   tailings_editor              add and edit facilities (never delete, never touch the history)
--   tailings_editor_<institution> one per institution, member of tailings_editor
--   tailings_admin               everything the editors can, plus delete; owns nothing itself
-- No role but the owner (who ran tailings:createsharedregistry) can alter the tables or triggers,
-- and nobody can change or delete history rows (an append-only trigger refuses it).

\set ON_ERROR_STOP on
\if :{?schema}
\else
\set schema tailings
\endif

DO $$
DECLARE r text;
BEGIN
    FOREACH r IN ARRAY ARRAY['tailings_reader', 'tailings_editor', 'tailings_admin',
                             'tailings_editor_emergency', 'tailings_editor_ecology',
                             'tailings_editor_industry', 'tailings_editor_akimat',
                             'tailings_editor_operator', 'tailings_editor_science'] LOOP
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = r) THEN
            EXECUTE format('CREATE ROLE %I NOLOGIN', r);
        END IF;
    END LOOP;
END;
$$;

GRANT tailings_reader TO tailings_editor;
GRANT tailings_editor TO tailings_admin;
GRANT tailings_editor TO tailings_editor_emergency, tailings_editor_ecology, tailings_editor_industry,
    tailings_editor_akimat, tailings_editor_operator, tailings_editor_science;

GRANT USAGE ON SCHEMA :"schema" TO tailings_reader;
GRANT SELECT ON ALL TABLES IN SCHEMA :"schema" TO tailings_reader;
GRANT INSERT, UPDATE ON :"schema".facilities TO tailings_editor;
GRANT USAGE ON ALL SEQUENCES IN SCHEMA :"schema" TO tailings_editor;
GRANT DELETE ON :"schema".facilities TO tailings_admin;
-- The history stays read-only for every group: no INSERT, UPDATE, DELETE or TRUNCATE is granted.

-- QGIS keeps the registry form (with the stale-edit check) as the table's default style in
-- public.layer_styles; everyone must be able to read it.
DO $$
BEGIN
    IF to_regclass('public.layer_styles') IS NOT NULL THEN
        GRANT SELECT ON public.layer_styles TO tailings_reader;
    END IF;
END;
$$;

-- A person: a login role in one institution's group (the password is set interactively, never in a file):
--   CREATE ROLE a_seitkali LOGIN IN ROLE tailings_editor_emergency;
--   \password a_seitkali
-- Then each user keeps the connection in ~/.pg_service.conf (no password) and the password in
-- ~/.pgpass or QGIS's authentication manager.
