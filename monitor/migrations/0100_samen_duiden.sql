-- 0100: making sense together (issue 10): story rounds, interpretations of trends, context
-- events on time charts, the provisional/definitive status of half-years, questions on notes.
create sequence seq_story_round start 1;
create sequence seq_story_proposal start 1;
create sequence seq_trend_annotation start 1;
create sequence seq_trend_interpretation start 1;
create sequence seq_context_event start 1;
create sequence seq_note_question start 1;

-- Once per half-year: peer experts propose quotable notes per domain, the begeleidingsgroep
-- selects the most significant ones and writes why.
create table story_round (
    id bigint primary key default nextval('seq_story_round'),
    period varchar not null unique check (regexp_matches(period, '^[0-9]{4}-H[12]$')),
    domain_kind varchar not null check (domain_kind in ('meerwaarde', 'thema')),
    status varchar not null default 'voorstellen' check (status in (
        'voorstellen', 'selecteren', 'afgerond'
    )),
    opened_by varchar not null,
    opened_at timestamptz not null default current_timestamp,
    closed_at timestamptz
);

create table story_round_domain (
    story_round_id bigint not null references story_round (id),
    domain_code varchar not null,
    primary key (story_round_id, domain_code)
);

create table story_proposal (
    id bigint primary key default nextval('seq_story_proposal'),
    story_round_id bigint not null references story_round (id),
    note_id bigint not null references note (id),
    domain_code varchar not null,
    proposed_by bigint not null references peer_expert (id),
    motivation varchar not null default '',
    proposed_at timestamptz not null default current_timestamp,
    unique (story_round_id, note_id, domain_code)
);

create table story_selection (
    proposal_id bigint primary key references story_proposal (id),
    reason varchar not null check (length(trim(reason)) > 0),
    decided_by varchar not null,
    decided_at timestamptz not null default current_timestamp
);

-- Interpretation before conclusion: an observed trend with competing interpretations.
create table trend_annotation (
    id bigint primary key default nextval('seq_trend_annotation'),
    context varchar not null check (context in ('trends', 'wat_komt_op', 'rapport')),
    period varchar not null check (regexp_matches(period, '^[0-9]{4}-H[12]$')),
    subject varchar not null check (length(trim(subject)) > 0),
    observation varchar not null check (length(trim(observation)) > 0),
    created_by varchar not null,
    created_at timestamptz not null default current_timestamp
);

create table trend_interpretation (
    id bigint primary key default nextval('seq_trend_interpretation'),
    trend_annotation_id bigint not null references trend_annotation (id),
    body varchar not null check (length(trim(body)) > 0),
    author varchar not null,
    created_at timestamptz not null default current_timestamp
);

-- Dated events that every time chart shows (a new coordinator, a summer break, ...).
create table context_event (
    id bigint primary key default nextval('seq_context_event'),
    event_date date not null,
    label varchar not null check (length(trim(label)) > 0 and length(label) <= 60),
    description varchar not null default '',
    created_by varchar not null,
    created_at timestamptz not null default current_timestamp
);

-- Figures of a half-year are provisional until the contract manager marks them definitive.
create table period_status (
    period varchar primary key check (regexp_matches(period, '^[0-9]{4}-H[12]$')),
    status varchar not null check (status in ('voorlopig', 'definitief')),
    decided_by varchar not null,
    decided_at timestamptz not null default current_timestamp,
    note varchar not null default ''
);

-- A note returned to its author with a question (e.g. by the coördinator).
create table note_question (
    id bigint primary key default nextval('seq_note_question'),
    note_id bigint not null references note (id),
    question varchar not null check (length(trim(question)) > 0),
    asked_by varchar not null,
    asked_at timestamptz not null default current_timestamp,
    answer varchar,
    answered_at timestamptz
);
