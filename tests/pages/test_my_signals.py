from monitor import navigation, signals
from monitor.access import Role, Viewer
from tests.conftest import app_as, run_sql, texts

PAGE = "pages/my_signals.py"
MANAGER = Viewer(4, "contractmanager@mgr.test", "Maarten", Role.CONTRACT_MANAGER)


def test_my_signals_shows_own_signals_with_status_and_response(db_path):
    at = app_as("ervaringsdeskundige", PAGE)
    assert not at.exception
    shown = texts(at)
    assert "Geen avondinloop" in shown
    assert "stap 3 van 4\\: Beantwoord" in shown
    assert "De gemeente onderzoekt een avondinloop in 2026\\." in shown
    assert "Formulieren schrikken af" not in shown  # raised by Chantal


def test_my_signals_shows_when_the_answer_came(db_path):
    signals.respond(MANAGER, 1, 1, "De avondinloop start in maart.")
    at = app_as("ervaringsdeskundige", PAGE)
    shown = texts(at)
    assert "De avondinloop start in maart\\." in shown
    assert any(m.value.startswith("**Antwoord** van ") for m in at.markdown)


def test_my_signals_lists_own_wij_verhalen_with_sources(db_path):
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
        "values ('2025-11-01', 1, 'wij', 'Samen zien we dat de inloop werkt.', 'pool', 'test');"
        "insert into note_source values (7, 1)",
    )
    at = app_as("ervaringsdeskundige", PAGE)
    shown = "\n".join(m.value for m in at.markdown)
    assert "Samen zien we dat de inloop werkt" in shown
    assert "Een man kwam voor het eerst binnen" in shown  # the note it draws on


def test_peer_expert_without_signals(db_path):
    at = app_as("ervaringsdeskundige2", PAGE)
    assert "U heeft nog geen signalen gemeld" in texts(at)
    assert "U heeft nog geen wij-verhalen geschreven." in texts(at)


def test_my_signals_is_for_peer_experts_only():
    assert navigation.spec(PAGE).roles == frozenset({Role.PEER_EXPERT})


def test_my_wij_verhalen_come_thirty_at_a_time(db_path):
    run_sql(
        db_path,
        "insert into note (note_date, peer_expert_id, level, body, visibility, created_by) "
        "select date '2025-10-01' + i::integer, 1, 'wij', 'Wij-verhaal nummer ' || i, 'pool', "
        "'test' from range(35) as t(i)",
    )
    at = app_as("ervaringsdeskundige", PAGE)
    shown = texts(at)
    assert "De nieuwste 30 van 35 verhalen." in shown
    assert "Wij\\-verhaal nummer 34" in shown  # the newest
    assert "Wij\\-verhaal nummer 0" not in shown  # the oldest waits for 'meer'
    assert sum("Wij\\-verhaal nummer" in m.value for m in at.markdown) == 30
    at.button(key="my_signals.more").click().run()
    assert not at.exception
    assert sum("Wij\\-verhaal nummer" in m.value for m in at.markdown) == 35
    assert "De nieuwste" not in texts(at)
    assert not [b for b in at.button if b.key == "my_signals.more"]
