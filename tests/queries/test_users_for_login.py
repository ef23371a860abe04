from monitor import db


def test_users_for_login_are_grouped_by_role_in_a_fixed_order(db_path):
    df = db.read("users_for_login")
    assert df.get_column("role").to_list() == [
        "ervaringsdeskundige",
        "ervaringsdeskundige",
        "coordinator",
        "contractmanager",
        "begeleidingsgroep",
        "gemeente",
        "gemeente",
    ]
    assert df.filter(df["login"] == "beesel@gemeente.test")["municipality_name"].to_list() == [
        "Beesel"
    ]
