-- 0101: refused imports (issue 10, "Wacht op mij"). A file the import refused writes nothing,
-- but the attempt is noted here, so the coördinator sees it until a later import succeeds.
create sequence seq_import_refusal start 1;

create table import_refusal (
    id bigint primary key default nextval('seq_import_refusal'),
    filename varchar not null,
    sha256 varchar not null,
    attempted_by varchar not null,
    attempted_at timestamptz not null default current_timestamp,
    rows_refused integer not null check (rows_refused >= 0),
    reasons varchar[] not null
);
