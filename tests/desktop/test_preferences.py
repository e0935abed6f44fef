"""The change-log user: a name the user chose (--user, CASEFILE_USER, Preferences), else
"unnamed" — never the operating system's login."""

from __future__ import annotations

import getpass
import json

import pytest

from db.user_name import clean_user_name
from desktop import preferences


def test_nothing_chosen_logs_unnamed() -> None:
    assert preferences.saved_user_name() is None
    assert preferences.change_log_user() == "unnamed"
    assert preferences.chosen_user() == "unnamed"


def test_the_saved_name_is_used_and_kept_as_json(monkeypatch: pytest.MonkeyPatch) -> None:
    assert preferences.save_user_name("  Amina  K. ") == "Amina K."
    assert json.loads(preferences.preferences_path().read_text(encoding="utf-8")) == {"user_name": "Amina K."}
    assert preferences.change_log_user() == "Amina K." == preferences.chosen_user()
    monkeypatch.setenv(preferences.ENV_USER, "script-runner")
    assert preferences.change_log_user() == "script-runner"  # the environment beats the setting
    assert preferences.change_log_user("Field team 2") == "Field team 2"  # --user beats both
    assert preferences.chosen_user() == "Amina K."  # the app goes by the setting alone


def test_an_empty_choice_counts_as_chosen_and_logs_unnamed() -> None:
    assert preferences.save_user_name("") == "unnamed"
    assert preferences.saved_user_name() == ""
    assert preferences.change_log_user() == "unnamed"
    assert preferences.change_log_user("") == "unnamed"


def test_a_broken_preferences_file_is_as_if_never_asked() -> None:
    path = preferences.preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("{not json", encoding="utf-8")
    assert preferences.saved_user_name() is None and preferences.change_log_user() == "unnamed"
    assert preferences.save_user_name("Rustam") == "Rustam"


def test_names_are_one_clean_line() -> None:
    assert clean_user_name("Ami\u202ena\n\tK\x07") == "Amina K"
    assert len(clean_user_name("x" * 500)) == 100


def test_the_login_name_is_never_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(getpass, "getuser", lambda: "login-name-of-this-laptop")
    assert preferences.change_log_user() == "unnamed"
