-- 0070: contract talks.
-- 1. Agreements must be closable after their history has rows. DuckDB 2.0 runs an UPDATE as
--    delete+insert when a CHECK constraint of the table reads a foreign-key column
--    (agreement.municipality_code), and that delete is refused while agreement_event rows refer
--    to the agreement. So agreement is rebuilt with the same columns and the same rules, except
--    that "a key deviation names a municipality" moves from the CHECK to
--    monitor.contract_talks.validate (period start and reason stay checked here).
create table agreement_0070 as select * from agreement;
create table agreement_event_0070 as select * from agreement_event;
drop table agreement_event;
drop table agreement;

create table agreement (
    id bigint primary key default nextval('seq_agreement'),
    contract_talk_id bigint not null references contract_talk (id),
    kind varchar not null check (kind in ('afspraak', 'afwijking_verdeelsleutel', 'actie')),
    description varchar not null check (length(trim(description)) > 0),
    owner varchar not null default '',
    due_date date,
    municipality_code varchar references municipality (code),
    period_start date,
    period_end date,
    reason varchar not null default '',
    status varchar not null default 'open' check (status in ('open', 'afgerond')),
    outcome varchar,
    closed_at timestamptz,
    check (kind <> 'afwijking_verdeelsleutel' or (
        period_start is not null and length(trim(reason)) > 0
    )),
    check (period_end is null or period_start is null or period_end > period_start)
);
insert into agreement select * from agreement_0070;

create table agreement_event (
    id bigint primary key default nextval('seq_agreement_event'),
    agreement_id bigint not null references agreement (id),
    event varchar not null,
    note varchar not null default '',
    actor varchar not null,
    event_at timestamptz not null default current_timestamp
);
insert into agreement_event select * from agreement_event_0070;
drop table agreement_0070;
drop table agreement_event_0070;

-- 2. The responses to signals given in a contract talk, kept with the talk as recorded.
-- The signal itself carries its latest response; this keeps what was said in that talk.
create table contract_talk_signal_response (
    contract_talk_id bigint not null references contract_talk (id),
    signal_id bigint not null references signal (id),
    status_before varchar not null,
    response varchar not null check (length(trim(response)) > 0),
    primary key (contract_talk_id, signal_id)
);
