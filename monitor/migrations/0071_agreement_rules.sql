-- 0071: agreements keep the database rule "a key deviation names a municipality".
-- 0070 moved that rule out of the CHECK to make agreements closable. Better: keep every CHECK of
-- 0001 and drop the foreign key instead. DuckDB 2.0 runs an UPDATE as delete+insert when a CHECK
-- reads a foreign-key column, and that delete is refused while agreement_event rows refer to the
-- agreement; without the foreign key the update is a plain update. municipality_code is checked
-- for its form here, and monitor.contract_talks.validate only accepts the 14 municipalities.
create table agreement_0071 as select * from agreement;
create table agreement_event_0071 as select * from agreement_event;
drop table agreement_event;
drop table agreement;

create table agreement (
    id bigint primary key default nextval('seq_agreement'),
    contract_talk_id bigint not null references contract_talk (id),
    kind varchar not null check (kind in ('afspraak', 'afwijking_verdeelsleutel', 'actie')),
    description varchar not null check (length(trim(description)) > 0),
    owner varchar not null default '',
    due_date date,
    municipality_code varchar check (
        municipality_code is null or regexp_matches(municipality_code, '^GM[0-9]{4}$')
    ),
    period_start date,
    period_end date,
    reason varchar not null default '',
    status varchar not null default 'open' check (status in ('open', 'afgerond')),
    outcome varchar,
    closed_at timestamptz,
    check (kind <> 'afwijking_verdeelsleutel' or (
        municipality_code is not null and period_start is not null and length(trim(reason)) > 0
    )),
    check (period_end is null or period_start is null or period_end > period_start)
);
insert into agreement select * from agreement_0071;

create table agreement_event (
    id bigint primary key default nextval('seq_agreement_event'),
    agreement_id bigint not null references agreement (id),
    event varchar not null,
    note varchar not null default '',
    actor varchar not null,
    event_at timestamptz not null default current_timestamp
);
insert into agreement_event select * from agreement_event_0071;
drop table agreement_0071;
drop table agreement_event_0071;
