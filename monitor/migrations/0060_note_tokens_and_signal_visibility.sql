-- 0060 (issue 6): a search index of stemmed note terms, and the visibility rule for signals.

-- Stems and stem bigrams of every note (monitor.stories.sync_note_index keeps it current).
-- No foreign key to note: a deleted note must not be blocked by its index rows; the sync
-- removes rows of notes that are gone.
create table note_token (
    note_id bigint not null,
    term varchar not null,
    ngram tinyint not null check (ngram in (1, 2)),
    form varchar not null,
    n integer not null check (n > 0)
);

-- Which text of a note the index holds, so changed and new notes are found cheaply.
create table note_token_state (
    note_id bigint not null,
    body_hash ubigint not null,
    indexed_at timestamptz not null default current_timestamp
);

-- The one visibility rule for signals, used by every query that reads signals.
-- A peer expert follows their own signals; a municipality sees its own and regional ones.
create macro signal_visible(raised_by, signal_municipality, v_role, v_peer_expert, v_municipality) as
    case v_role
        when 'ervaringsdeskundige' then raised_by = v_peer_expert
        when 'coordinator' then true
        when 'contractmanager' then true
        when 'begeleidingsgroep' then true
        when 'gemeente' then signal_municipality is null or signal_municipality = v_municipality
        else false
    end;

-- In which contract talk a signal was discussed. DuckDB cannot update signal.contract_talk_id
-- (an indexed foreign-key column) while signal_theme/signal_note rows reference the signal, so
-- the link made on the Signalen board lives here; signal.contract_talk_id stays as imported.
create table signal_discussion (
    signal_id bigint not null references signal (id),
    contract_talk_id bigint not null references contract_talk (id),
    recorded_by varchar not null,
    recorded_at timestamptz not null default current_timestamp,
    primary key (signal_id, contract_talk_id)
);
