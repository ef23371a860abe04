from monitor import db


def test_update_story_round_status_changes_only_from_the_expected_status(db_path):
    with db.transaction("t") as tx:
        (rid,) = tx.one("insert_story_round", period="2025-H2", domain_kind="thema", opened_by="t")
        tx.execute("insert_story_round_domain", round_id=rid, domain_code="stigma")
        assert tx.execute(
            "update_story_round_status",
            round_id=rid,
            from_status="selecteren",
            to_status="afgerond",
        ) == [(0,)]
        assert tx.execute(
            "update_story_round_status",
            round_id=rid,
            from_status="voorstellen",
            to_status="selecteren",
        ) == [(1,)]
    assert db.read("open_story_rounds")["status"].to_list() == ["selecteren"]
