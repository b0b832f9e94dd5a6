"""``desk config`` (the personal file) and how a broken file is reported."""

from __future__ import annotations

import tomllib

import pytest

from tests.conftest import assert_one_error_line


def test_path_show_and_set_keep_comments(desk, isolation) -> None:
    path = isolation / "config.toml"
    assert desk("config", "path").stdout.strip() == str(path)
    path.write_text("# who I am\nagent = \"old\"  # set by hand\n\n[mail]\n# my server\n", encoding="utf-8")
    desk("config", "set", "agent", "anna")
    desk("config", "set", "mail.smtp_url", "smtp://desk@mail.example.ru:587?starttls=1")
    text = path.read_text(encoding="utf-8")
    assert "# who I am" in text and "# set by hand" in text and "# my server" in text
    assert tomllib.loads(text) == {"agent": "anna", "mail": {"smtp_url": "smtp://desk@mail.example.ru:587?starttls=1"}}
    assert 'agent = "anna"' in desk("config", "show").stdout
    assert desk.json("config", "show", "--json")["agent"] == "anna"


def test_policy_keys_are_refused_with_the_command_to_use(desk, isolation) -> None:
    for key in ("targets.emergency", "calendar.hours.fri", "mail.from", "editions.Бизнес.free"):
        result = desk("config", "set", key, "1", code=2)
        assert_one_error_line(result)
        assert "desk policy set" in result.stderr and key in result.stderr
    assert not (isolation / "config.toml").exists()


def test_set_rejects_bad_values_and_leaves_the_file_alone(desk, isolation) -> None:
    path = isolation / "config.toml"
    path.write_text('agent = "anna"\n', encoding="utf-8")
    before = path.read_bytes()
    for key, value in [("color", "purple"), ("no.such.key", "1"), ("mail", "x"), ("agnet", "x")]:
        result = desk("config", "set", key, value, code=2)
        assert_one_error_line(result)
        assert str(path) in result.stderr
    assert path.read_bytes() == before


def test_broken_toml_names_the_file_and_line(desk, isolation) -> None:
    path = isolation / "config.toml"
    path.write_text("[calendar]\ntimezone = \n", encoding="utf-8")
    result = desk("calendar", "--json", code=2)
    assert_one_error_line(result)
    assert str(path) in result.stderr and "line 2" in result.stderr


def test_a_legacy_bad_policy_key_is_named(desk, isolation) -> None:
    (isolation / "config.toml").write_text("[calendar.hours]\nfri = [\"17:00-09:00\"]\n", encoding="utf-8")
    result = desk("deadline", "--from", "2026-11-27T16:30", "-n", "5", code=2)
    assert "calendar.hours.fri" in result.stderr


def test_config_option_overrides_the_environment(desk, isolation) -> None:
    other = isolation / "other.toml"
    other.write_text('agent = "boris"\n', encoding="utf-8")
    assert desk.json("--config", str(other), "config", "show", "--json")["agent"] == "boris"


def test_unknown_keys_are_named_not_ignored(desk, isolation) -> None:
    path = isolation / "config.toml"
    path.write_text('agnet = "anna"\n', encoding="utf-8")
    result = desk("calendar", "--json", code=2)
    assert "agnet: unknown key" in result.stderr


def test_mail_urls_are_checked_when_set_and_a_password_never_reaches_the_file(desk, isolation) -> None:
    path = isolation / "config.toml"
    path.write_text('agent = "anna"\n', encoding="utf-8")
    before = path.read_bytes()
    for key, value, said in [("mail.smtp_url", "smtp://desk:s3cret-pw@mail.example.ru", "no password in the URL"),
                             ("mail.imap_url", "imaps://desk:s3cret-pw@mail.example.ru/INBOX", "no password in the URL"),
                             ("mail.smtp_url", "ftp://mail.example.ru", "use smtp:// or smtps://"),
                             ("mail.imap_url", "imap://", "no host")]:
        result = desk("config", "set", key, value, code=2)
        assert_one_error_line(result)
        assert said in result.stderr and "s3cret-pw" not in result.stderr
    assert path.read_bytes() == before
    desk("config", "set", "mail.smtp_url", "")  # clearing a server is always possible
    assert tomllib.loads(path.read_text(encoding="utf-8"))["mail"]["smtp_url"] == ""


@pytest.mark.parametrize(("url", "masked"), [
    ("smtp://desk:s3cret-pw@mail.example.ru:587", "smtp://desk:***@mail.example.ru:587"),
    # security QA: a URL too broken to read showed its password whole
    ("smtp://desk:Hand%zzs3cret-pw@[::1:2525", "smtp://desk:***@[::1:2525"),
    ("smtp://desk:s3cret-pw/x@mail.example.ru", "smtp://desk:***@mail.example.ru"),
    ("smtp://desk:s3cret-pw#x@mail.example.ru:587", "smtp://desk:***@mail.example.ru:587"),  # review
    ("smtp://desk:s3cret-pw?x@mail.example.ru", "smtp://desk:***@mail.example.ru"),
    ("desk:s3cret-pw@mail.example.ru:587", "desk:***@mail.example.ru:587"),
])
def test_show_hides_a_password_put_in_the_file_by_hand(desk, isolation, url, masked) -> None:
    (isolation / "config.toml").write_text(f'[mail]\nsmtp_url = "{url}"\n', encoding="utf-8")
    shown = desk("config", "show").stdout + desk("config", "show", "--json").stdout
    assert "s3cret-pw" not in shown and masked in shown


def test_unset_removes_a_key_and_keeps_the_rest_of_the_file(desk, isolation) -> None:
    path = isolation / "config.toml"
    path.write_text('# who I am\nagent = "anna"\n\n[targets]\n# old policy\nemergency = 60\nusage = 240\n',
                    encoding="utf-8")
    desk("license", "add", "HC-1", "--pin", "1", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-01-01")
    warned = desk("doctor", code=1).stdout  # said by doctor and on a terminal, not to cron
    assert "targets.emergency" in warned and "desk config unset targets.emergency" in warned
    desk("config", "unset", "targets.emergency")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"agent": "anna", "targets": {"usage": 240}}
    desk("config", "unset", "targets")
    assert "# who I am" in path.read_text(encoding="utf-8")
    assert desk("queue", "--json").stderr == ""  # nothing left to warn a cron job about
    desk("config", "unset", "agent")
    assert desk.json("config", "show", "--json")["agent"] == ""


def test_unsetting_a_table_s_last_key_leaves_no_empty_table_to_warn_about(desk, isolation) -> None:
    """The review: unsetting targets.emergency, the table's only key, left "[targets]" in the
    file, and every command went on warning that targets is ignored."""
    path = isolation / "config.toml"
    path.write_text('agent = "anna"\n\n[targets]\nemergency = 90\n\n[mail]\nsmtp_url = "smtp://127.0.0.1:25"\n',
                    encoding="utf-8")
    desk("license", "add", "HC-1", "--pin", "1", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-01-01")
    assert "targets.emergency" in desk("doctor", code=1).stdout
    desk("config", "unset", "targets.emergency")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"agent": "anna",
                                                               "mail": {"smtp_url": "smtp://127.0.0.1:25"}}
    assert desk("queue", "--json").stderr == ""
    desk("policy", "set", "mail.from", "support@example.ru")  # the file's SMTP server has mail to send
    desk("doctor")


def test_unset_of_a_key_the_file_does_not_hold_changes_nothing(desk, isolation) -> None:
    path = isolation / "config.toml"
    path.write_text('agent = "anna"\n', encoding="utf-8")
    before = path.read_bytes()
    for key in ("editor", "mail.smtp_url", "agent.name", "targets"):
        result = desk("config", "unset", key, code=2)
        assert_one_error_line(result)
        assert "is not set" in result.stderr and str(path) in result.stderr
    assert path.read_bytes() == before


def test_an_empty_desk_db_is_refused_not_read_as_the_default_desk(desk, isolation) -> None:
    """DESK_DB=$UNSET in a script wrote to the agent's own desk (QA); --db "" was refused already."""
    result = desk("license", "add", "HC-7", "--edition", "Бизнес", "--price", "1", "--purchased", "2026-06-01",
                  env={"DESK_DB": "", "DESK_PIN": "4321"}, code=2)
    assert_one_error_line(result)
    assert "DESK_DB is set but empty" in result.stderr
    assert not (isolation / "home" / "data" / "deskcli" / "desk.db").exists()
    assert desk("--db", str(isolation / "desk.db"), "queue", "--json", env={"DESK_DB": ""}).exit_code == 0


@pytest.mark.parametrize("command", [("mail", "send"), ("mail", "remind-renewals")], ids=" ".join)
def test_mail_cron_lines_on_a_mistyped_desk_say_there_is_no_desk(desk, isolation, command) -> None:
    """They said "no mail address: desk policy set mail.from", advice that would start an empty
    desk at the mistyped path (QA)."""
    result = desk(*command, env={"DESK_DB": str(isolation / "typo.db")}, code=5)
    assert_one_error_line(result)
    assert "no desk database" in result.stderr and not (isolation / "typo.db").exists()


@pytest.mark.parametrize(("setting", "environment", "coloured"), [
    ("always", {}, True), ("never", {}, False), ("auto", {}, False),
    ("always", {"NO_COLOR": "1"}, False), ("never", {"FORCE_COLOR": "1"}, True)])
def test_the_colour_setting_is_heeded_where_the_environment_says_nothing(desk, isolation, setting, environment,
                                                                         coloured) -> None:
    """Into a pipe (the fast path's queue and the full command line's license list): only
    ``always`` colours it, and NO_COLOR or FORCE_COLOR in the environment outrank the file."""
    import os
    import subprocess
    import sys

    from tests.cli.test_requests import add_license, open_request

    add_license(desk)
    open_request(desk, at="2026-11-20T10:00")  # overdue: the SLA cell is red
    desk("config", "set", "color", setting)
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "FORCE_COLOR")} | environment
    for command in (["queue"], ["license", "list"]):
        shown = subprocess.run([sys.executable, "-m", "deskcli", *command], env=env, capture_output=True, text=True)
        assert shown.returncode == 0 and shown.stderr == "", shown.stderr
        assert ("\x1b[" in shown.stdout) is coloured, (command, shown.stdout)


def test_a_file_with_two_mistakes_is_mended_one_key_at_a_time(desk, isolation) -> None:
    path = isolation / "config.toml"
    path.write_text('# mine\nagent = "anna"\ncolor = "purple"\nagnet = 1\n', encoding="utf-8")
    stopped = desk("queue", code=2)
    assert_one_error_line(stopped)
    assert desk("config", "path").stdout.strip() == str(path)
    assert "agnet: unknown key" in desk("config", "show", code=2).stderr
    refused = desk("config", "set", "color", "mauve", code=2)  # a wrong value is still refused
    assert_one_error_line(refused)
    assert "'mauve' is not one of" in refused.stderr
    mended = desk("config", "set", "color", "never")
    assert "warning:" in mended.stderr and "agnet: unknown key" in mended.stderr
    assert tomllib.loads(path.read_text(encoding="utf-8"))["color"] == "never"
    assert desk("config", "unset", "agnet").stderr == f"removed agnet from {path}\n"
    assert path.read_text(encoding="utf-8") == '# mine\nagent = "anna"\ncolor = "never"\n'
    desk("queue")


@pytest.mark.parametrize("setting", ["always", "never"])
def test_the_colour_setting_leaves_the_environment_as_it_was(desk, monkeypatch, setting) -> None:
    """An editor, a pager or the help cache sees the environment the agent set, not the file."""
    import os

    monkeypatch.delenv("NO_COLOR")
    desk("config", "set", "color", setting)
    desk("queue")
    desk("calendar", "--year", "2026")
    assert "NO_COLOR" not in os.environ and "FORCE_COLOR" not in os.environ


def test_a_value_where_a_table_belongs_is_named_and_can_be_removed(desk, isolation) -> None:
    path = isolation / "config.toml"
    path.write_text('mail = "x"\n', encoding="utf-8")
    refused = desk("config", "set", "mail.smtp_url", "smtp://mail.example.ru", code=2)
    assert_one_error_line(refused)
    assert "mail: expected a table" in refused.stderr and path.read_text(encoding="utf-8") == 'mail = "x"\n'
    desk("config", "unset", "mail")
    desk("config", "set", "mail.smtp_url", "smtp://mail.example.ru")
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"mail": {"smtp_url": "smtp://mail.example.ru"}}


@pytest.mark.parametrize("mode", [0o666, 0o646, 0o620])
def test_a_personal_file_others_can_write_is_not_trusted(desk, isolation, mode) -> None:
    """The personal file names the editor the desk runs through sh, the database and the
    mail servers the password goes to: a file another user could write was read as the
    agent's own, so anyone on the machine could run a command as the agent at the next
    reply. It is refused, as ssh refuses such a config, until its owner checks it; the
    caches and the mail password files were already held to this."""
    import os

    path = isolation / "config.toml"
    path.write_text('editor = "touch pwned; vi"\n', encoding="utf-8")
    if mode & 0o020:  # writable by a group others are in (a user's own group is below)
        if os.getuid() != 0:
            pytest.skip("giving a file to another group takes root")
        os.chown(path, 0, 65534)
    path.chmod(mode)
    before = path.read_bytes()
    for args in (("queue",), ("config", "show"), ("config", "set", "agent", "anna"), ("doctor",)):
        result = desk(*args, code=2)
        assert_one_error_line(result)
        assert str(path) in result.stderr and f"chmod 600 {path}" in result.stderr, result.stderr
    assert path.read_bytes() == before and path.stat().st_mode & 0o777 == mode
    path.chmod(0o600)
    assert desk.json("config", "show", "--json")["editor"] == "touch pwned; vi"
    path.chmod(0o640)  # readable by a group is no danger
    desk("config", "show")


def test_a_file_only_the_user_s_own_group_can_write_is_theirs(desk, isolation) -> None:
    """Debian's and Ubuntu's user private groups: under their umask 002 an editor leaves the
    file 0664 in a group of the user alone, which only the user can write through."""
    import grp
    import os
    import pwd

    user = pwd.getpwuid(os.getuid())
    group = grp.getgrgid(user.pw_gid)
    if group.gr_name != user.pw_name or any(member != user.pw_name for member in group.gr_mem):
        pytest.skip("this user's primary group is not a group of their own")
    path = isolation / "config.toml"
    path.write_text('editor = "vi"\n', encoding="utf-8")
    os.chown(path, -1, user.pw_gid)
    path.chmod(0o664)
    assert desk.json("config", "show", "--json")["editor"] == "vi"


def test_a_personal_file_of_another_user_is_not_trusted(desk, isolation) -> None:
    import os

    if os.getuid() != 0:
        pytest.skip("giving a file to another user takes root")
    path = isolation / "config.toml"
    path.write_text('editor = "vi"\n', encoding="utf-8")
    os.chown(path, 65534, 65534)
    result = desk("queue", code=2)
    assert_one_error_line(result)
    assert str(path) in result.stderr and "another user" in result.stderr
