"""The change-log user: a name the user chose (--user, CASEFILE_USER, Preferences), else
"unnamed" — never the operating system's login."""

from __future__ import annotations

import getpass
import json
from pathlib import Path

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


def test_other_preferences_default_and_refuse_what_they_do_not_know() -> None:
    assert preferences.load_preferences() == preferences.Preferences()
    path = preferences.preferences_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"report_tlp": "PURPLE", "report_redaction": 3, "backup_keep": [0, 9999, "x"], "date_style": "roman",
                                "confirm_delete": "no", "language": "fr", "report_folder": 7}), encoding="utf-8")  # fmt: skip
    assert preferences.load_preferences() == preferences.Preferences()  # each bad value takes its default
    path.write_text(json.dumps({"backup_keep": [0, 9999, 3]}), encoding="utf-8")
    assert preferences.load_preferences().backup_keep == (1, 365, 3)  # clamped: at least one backup is kept
    assert preferences.saved_language() == "" and preferences.saved_date_style() == "words"
    with pytest.raises(ValueError):
        preferences.save_preferences(preferences.Preferences(report_tlp="PURPLE"))
    with pytest.raises(ValueError):
        preferences.save_language("fr")


def test_language_and_date_style_are_kept_beside_the_name() -> None:
    preferences.save_user_name("Amina")
    preferences.save_language("ru")
    preferences.save_preferences(preferences.Preferences(date_style="numeric"))
    assert preferences.saved_language() == "ru" and preferences.saved_date_style() == "numeric"
    assert preferences.saved_user_name() == "Amina"  # saving the others leaves the name alone
    preferences.save_language("")
    assert preferences.saved_language() == ""


def test_the_welcome_is_for_the_very_first_start_only() -> None:
    assert preferences.needs_welcome()
    preferences.mark_welcomed()
    assert not preferences.needs_welcome() and preferences.saved_user_name() is None


def test_the_backup_rotation_follows_the_file() -> None:
    from db import backups

    assert preferences.backup_rotation() == backups.Rotation()
    preferences.save_preferences(preferences.Preferences(backup_folder="/media/usb/backups", backup_keep=(3, 2, 1)))
    assert preferences.backup_rotation() == backups.Rotation(Path("/media/usb/backups"), 3, 2, 1)
    preferences.save_preferences(preferences.Preferences(backup_folder="relative/path"))
    assert preferences.backup_rotation().folder is None  # only a full path is used
