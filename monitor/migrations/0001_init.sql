-- 0001: the complete data model of Ervaringsmonitor.
-- Conventions: surrogate BIGINT ids from sequences; municipality_code NULL means "de regio"
-- (regional scope); vocabularies are small tables so they stay editable in Beheer.

create sequence seq_peer_expert start 1;
create sequence seq_sub_assignment start 1;
create sequence seq_sub_assignment_version start 1;
create sequence seq_activity start 1;
create sequence seq_note start 1;
create sequence seq_signal start 1;
create sequence seq_signal_event start 1;
create sequence seq_monitoring_moment start 1;
create sequence seq_kickoff start 1;
create sequence seq_kickoff_need start 1;
create sequence seq_contract_talk start 1;
create sequence seq_agreement start 1;
create sequence seq_agreement_event start 1;
create sequence seq_goal_progress start 1;
create sequence seq_app_user start 1;
create sequence seq_audit_log start 1;
create sequence seq_import_batch start 1;
create sequence seq_report_archive start 1;

create table app_setting (
    key varchar primary key,
    value varchar not null
);

create table municipality (
    code varchar primary key check (regexp_matches(code, '^GM[0-9]{4}$')),
    name varchar not null unique check (length(trim(name)) > 0),
    subregion varchar not null check (subregion in ('Noord-Limburg', 'Midden-Limburg'))
);

create table distribution_key (
    municipality_code varchar not null references municipality (code),
    valid_from date not null,
    share_pct decimal(5, 2) not null check (share_pct >= 0 and share_pct <= 100),
    primary key (municipality_code, valid_from)
);

create table budget_line (
    year integer not null check (year between 2023 and 2040),
    line varchar not null check (line in (
        'fte', 'organisatie', 'startbijeenkomsten', 'financieel_beheer',
        'contractmanagement', 'evaluatie'
    )),
    amount_eur decimal(12, 2) not null check (amount_eur >= 0),
    indicative boolean not null default false,
    primary key (year, line)
);

create table theme (
    code varchar primary key check (regexp_matches(code, '^[a-z_]+$')),
    label varchar not null unique check (length(trim(label)) > 0),
    facet varchar not null check (facet in ('thema', 'gemene_deler')),
    description varchar not null default '',
    active boolean not null default true,
    sort_order integer not null default 0
);

create table activity_type (
    code varchar primary key check (regexp_matches(code, '^[a-z_]+$')),
    label varchar not null unique,
    family varchar not null check (family in ('direct', 'invloed')),
    description varchar not null default '',
    sort_order integer not null default 0
);

create table setting (
    code varchar primary key check (regexp_matches(code, '^[a-z_]+$')),
    label varchar not null unique,
    sort_order integer not null default 0
);

create table added_value_tag (
    code varchar primary key check (regexp_matches(code, '^[a-z_]+$')),
    label varchar not null unique,
    description varchar not null,
    sort_order integer not null default 0
);

create table development_goal (
    code varchar primary key,
    title varchar not null,
    description varchar not null,
    sort_order integer not null default 0
);

create table peer_expert (
    id bigint primary key default nextval('seq_peer_expert'),
    display_name varchar not null unique check (length(trim(display_name)) > 0),
    home_municipality_code varchar references municipality (code),
    active_from date not null,
    active_to date,
    check (active_to is null or active_to >= active_from)
);

create table app_user (
    id bigint primary key default nextval('seq_app_user'),
    login varchar not null unique check (length(trim(login)) > 0),
    display_name varchar not null,
    role varchar not null check (role in (
        'ervaringsdeskundige', 'coordinator', 'contractmanager', 'begeleidingsgroep', 'gemeente'
    )),
    municipality_code varchar references municipality (code),
    peer_expert_id bigint references peer_expert (id),
    active boolean not null default true,
    check (role <> 'ervaringsdeskundige' or peer_expert_id is not null),
    check (role <> 'gemeente' or municipality_code is not null)
);

create table sub_assignment (
    id bigint primary key default nextval('seq_sub_assignment'),
    title varchar not null check (length(trim(title)) > 0),
    description varchar not null default '',
    municipality_code varchar references municipality (code),
    goals varchar not null check (length(trim(goals)) > 0),
    monitoring_method varchar not null,
    frequency varchar not null check (frequency in (
        'maandelijks', 'per_kwartaal', 'halfjaarlijks', 'jaarlijks', 'anders'
    )),
    accountability varchar not null,
    signs varchar not null default '',
    start_date date not null,
    end_date date,
    status varchar not null default 'actief' check (status in (
        'in_voorbereiding', 'actief', 'afgerond', 'gestopt'
    )),
    version integer not null default 1,
    created_at timestamptz not null default current_timestamp,
    updated_at timestamptz not null default current_timestamp,
    check (end_date is null or end_date > start_date)
);

create table sub_assignment_theme (
    sub_assignment_id bigint not null references sub_assignment (id),
    theme_code varchar not null references theme (code),
    primary key (sub_assignment_id, theme_code)
);

create table sub_assignment_role (
    sub_assignment_id bigint not null references sub_assignment (id),
    activity_type_code varchar not null references activity_type (code),
    primary key (sub_assignment_id, activity_type_code)
);

create table sub_assignment_goal (
    sub_assignment_id bigint not null references sub_assignment (id),
    goal_code varchar not null references development_goal (code),
    primary key (sub_assignment_id, goal_code)
);

-- Earlier versions of the agreed terms, so readers see how an agreement evolved.
create table sub_assignment_version (
    id bigint primary key default nextval('seq_sub_assignment_version'),
    sub_assignment_id bigint not null references sub_assignment (id),
    version integer not null,
    goals varchar not null,
    monitoring_method varchar not null,
    frequency varchar not null,
    accountability varchar not null,
    signs varchar not null,
    changed_by varchar not null,
    changed_at timestamptz not null default current_timestamp,
    unique (sub_assignment_id, version)
);

create table activity (
    id bigint primary key default nextval('seq_activity'),
    activity_date date not null,
    peer_expert_id bigint not null references peer_expert (id),
    sub_assignment_id bigint references sub_assignment (id),
    municipality_code varchar references municipality (code),
    activity_type_code varchar not null references activity_type (code),
    form varchar not null check (form in ('individueel', 'groep', 'open')),
    residents_reached integer not null check (residents_reached >= 0),
    residents_estimated boolean not null default false,
    hours decimal(4, 2) not null check (hours >= 0 and hours <= 24),
    care_relation varchar check (care_relation in (
        'naast', 'in_plaats_van', 'ter_voorkoming_van', 'nazorg'
    )),
    setting_code varchar references setting (code),
    source varchar not null default 'app' check (source in ('app', 'import', 'demo')),
    source_id varchar unique,
    import_batch_id bigint,
    version integer not null default 1,
    created_by varchar not null,
    created_at timestamptz not null default current_timestamp,
    updated_at timestamptz not null default current_timestamp
);

create table activity_theme (
    activity_id bigint not null references activity (id),
    theme_code varchar not null references theme (code),
    primary key (activity_id, theme_code)
);

create table note (
    id bigint primary key default nextval('seq_note'),
    note_date date not null,
    peer_expert_id bigint not null references peer_expert (id),
    municipality_code varchar references municipality (code),
    sub_assignment_id bigint references sub_assignment (id),
    level varchar not null check (level in ('ik', 'wij')),
    body varchar not null check (length(trim(body)) > 0 and length(body) <= 20000),
    visibility varchar not null check (visibility in ('eigen', 'pool', 'begeleiding', 'citeerbaar')),
    setting_code varchar references setting (code),
    version integer not null default 1,
    created_by varchar not null,
    created_at timestamptz not null default current_timestamp,
    updated_at timestamptz not null default current_timestamp
);

create table note_theme (
    note_id bigint not null references note (id),
    theme_code varchar not null references theme (code),
    primary key (note_id, theme_code)
);

create table note_added_value (
    note_id bigint not null references note (id),
    tag_code varchar not null references added_value_tag (code),
    primary key (note_id, tag_code)
);

-- A wij-verhaal (collective insight) and the notes it draws on.
create table note_source (
    collective_note_id bigint not null references note (id),
    source_note_id bigint not null references note (id),
    primary key (collective_note_id, source_note_id),
    check (collective_note_id <> source_note_id)
);

create table contract_talk (
    id bigint primary key default nextval('seq_contract_talk'),
    talk_date date not null,
    title varchar not null,
    discussion varchar not null default '',
    recorded_by varchar not null,
    recorded_at timestamptz not null default current_timestamp
);

create table contract_talk_attendance (
    contract_talk_id bigint not null references contract_talk (id),
    municipality_code varchar not null references municipality (code),
    primary key (contract_talk_id, municipality_code)
);

create table signal (
    id bigint primary key default nextval('seq_signal'),
    raised_date date not null,
    raised_by bigint not null references peer_expert (id),
    signal_type varchar not null check (signal_type in (
        'trend', 'aanbod_gemist', 'knelpunt_beleid', 'onbedoelde_uitsluiting', 'goed_voorbeeld'
    )),
    municipality_code varchar references municipality (code),
    title varchar not null check (length(trim(title)) > 0),
    description varchar not null check (length(trim(description)) > 0),
    status varchar not null default 'nieuw' check (status in (
        'nieuw', 'besproken', 'beantwoord', 'teruggekoppeld'
    )),
    response varchar,
    responded_by varchar,
    responded_at timestamptz,
    contract_talk_id bigint references contract_talk (id),
    fed_back boolean not null default false,
    version integer not null default 1,
    created_at timestamptz not null default current_timestamp,
    updated_at timestamptz not null default current_timestamp
);

create table signal_theme (
    signal_id bigint not null references signal (id),
    theme_code varchar not null references theme (code),
    primary key (signal_id, theme_code)
);

create table signal_note (
    signal_id bigint not null references signal (id),
    note_id bigint not null references note (id),
    primary key (signal_id, note_id)
);

create table signal_event (
    id bigint primary key default nextval('seq_signal_event'),
    signal_id bigint not null references signal (id),
    from_status varchar,
    to_status varchar not null,
    reason varchar not null default '',
    actor varchar not null,
    event_at timestamptz not null default current_timestamp
);

create table monitoring_moment (
    id bigint primary key default nextval('seq_monitoring_moment'),
    sub_assignment_id bigint not null references sub_assignment (id),
    due_date date not null,
    held_date date,
    reflection varchar,
    figures_discussed varchar not null default '',
    recorded_by varchar,
    recorded_at timestamptz,
    unique (sub_assignment_id, due_date),
    check ((held_date is null) = (reflection is null))
);

create table monitoring_moment_note (
    monitoring_moment_id bigint not null references monitoring_moment (id),
    note_id bigint not null references note (id),
    primary key (monitoring_moment_id, note_id)
);

create table kickoff (
    id bigint primary key default nextval('seq_kickoff'),
    municipality_code varchar not null unique references municipality (code),
    planned_date date,
    held_date date,
    status varchar not null check (status in ('nog_te_plannen', 'gepland', 'gehouden')),
    stakeholders varchar not null default '',
    summary varchar not null default ''
);

create table kickoff_need (
    id bigint primary key default nextval('seq_kickoff_need'),
    kickoff_id bigint not null references kickoff (id),
    activity_type_code varchar not null references activity_type (code),
    theme_code varchar not null references theme (code),
    setting_code varchar references setting (code),
    description varchar not null,
    sub_assignment_id bigint references sub_assignment (id)
);

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
        municipality_code is not null and period_start is not null and length(trim(reason)) > 0
    )),
    check (period_end is null or period_start is null or period_end > period_start)
);

create table agreement_event (
    id bigint primary key default nextval('seq_agreement_event'),
    agreement_id bigint not null references agreement (id),
    event varchar not null,
    note varchar not null default '',
    actor varchar not null,
    event_at timestamptz not null default current_timestamp
);

-- Per half-year a short narrative of progress per development goal.
create table goal_progress (
    id bigint primary key default nextval('seq_goal_progress'),
    goal_code varchar not null references development_goal (code),
    period varchar not null check (regexp_matches(period, '^[0-9]{4}-H[12]$')),
    narrative varchar not null,
    written_by varchar not null,
    updated_at timestamptz not null default current_timestamp,
    unique (goal_code, period)
);

create table goal_evidence (
    goal_progress_id bigint not null references goal_progress (id),
    kind varchar not null check (kind in ('note', 'activity', 'signal')),
    ref_id bigint not null,
    primary key (goal_progress_id, kind, ref_id)
);

create table import_batch (
    id bigint primary key default nextval('seq_import_batch'),
    filename varchar not null,
    sha256 varchar not null,
    imported_by varchar not null,
    imported_at timestamptz not null default current_timestamp,
    rows_new integer not null,
    rows_duplicate integer not null
);

create table report_archive (
    id bigint primary key default nextval('seq_report_archive'),
    period varchar not null check (regexp_matches(period, '^[0-9]{4}-H[12]$')),
    municipality_code varchar references municipality (code),
    format varchar not null check (format in ('pdf', 'docx', 'html', 'md')),
    filename varchar not null,
    sha256 varchar not null,
    content blob not null,
    created_by varchar not null,
    created_at timestamptz not null default current_timestamp
);

-- Which quotable notes the coördinator picked for report item (c).
create table report_quote (
    period varchar not null check (regexp_matches(period, '^[0-9]{4}-H[12]$')),
    note_id bigint not null references note (id),
    selected_by varchar not null,
    selected_at timestamptz not null default current_timestamp,
    primary key (period, note_id)
);

-- Append-only log of every write: who, when, what, before and after (JSON text).
create table audit_log (
    id bigint primary key default nextval('seq_audit_log'),
    logged_at timestamptz not null default current_timestamp,
    actor varchar not null,
    action varchar not null check (action in ('create', 'update', 'delete', 'import', 'login', 'backup', 'restore', 'export')),
    entity varchar not null,
    entity_id varchar,
    before_json varchar,
    after_json varchar
);

-- The one visibility rule for narrative notes, used by every query that reads notes.
-- Roles outside the pool team see only what the author opened up to them.
create macro note_visible(visibility, author_id, note_municipality, v_role, v_peer_expert, v_municipality) as
    case v_role
        when 'ervaringsdeskundige' then author_id = v_peer_expert or visibility <> 'eigen'
        when 'coordinator' then visibility <> 'eigen'
        when 'contractmanager' then visibility in ('begeleiding', 'citeerbaar')
        when 'begeleidingsgroep' then visibility in ('begeleiding', 'citeerbaar')
        when 'gemeente' then visibility = 'citeerbaar'
            and (note_municipality is null or note_municipality = v_municipality)
        else false
    end;
