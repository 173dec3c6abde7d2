"""Settings come from typed environment variables: none needed for the demo, and a bad
value stops the process at start with a message naming the variable."""

import os
import subprocess
import sys

import pytest

SETUP = (
    "import django; django.setup(); from django.conf import settings as s; "
    "print('DEBUG', s.DEBUG, 'ENGINE', s.DATABASES['default']['ENGINE'])"
)
# Variables of the machine or of the suite's own run that would change the outcome.
OURS = {
    "DATABASE_URL",
    "REDIS_URL",
    "DEBUG",
    "WINDOWNEWS_ENV",
    "SECRET_KEY",
    "ALLOWED_HOSTS",
    "SITE_URL",
    "TASKS_BACKEND",
    "CACHE_SECONDS",
}

CASES = {
    "no env": ({}, None),
    "postgres url": ({"DATABASE_URL": "postgres://user@127.0.0.1:5432/windownews"}, None),
    "database url of another kind": ({"DATABASE_URL": "mysql://user@host/db"}, "DATABASE_URL"),
    "database url that is no url": ({"DATABASE_URL": "windownews.sqlite3"}, "DATABASE_URL"),
    "redis url of another kind": ({"REDIS_URL": "http://127.0.0.1:6379"}, "REDIS_URL"),
    "debug not a boolean": ({"DEBUG": "maybe"}, "DEBUG"),
    "unknown environment": ({"WINDOWNEWS_ENV": "staging"}, "WINDOWNEWS_ENV"),
    "cache seconds not a number": ({"CACHE_SECONDS": "5m"}, "CACHE_SECONDS"),
    "production without secret key": (
        {"WINDOWNEWS_ENV": "production", "ALLOWED_HOSTS": "news.example"},
        "SECRET_KEY",
    ),
    "production without hosts": (
        {"WINDOWNEWS_ENV": "production", "SECRET_KEY": "x" * 50},
        "ALLOWED_HOSTS",
    ),
    "production with both": (
        {"WINDOWNEWS_ENV": "production", "SECRET_KEY": "x" * 50, "ALLOWED_HOSTS": "news.example"},
        None,
    ),
}


def launch(data_dir, extra):
    env = {k: v for k, v in os.environ.items() if k not in OURS}
    env.update(
        DJANGO_SETTINGS_MODULE="windownews.settings", WINDOWNEWS_DATA_DIR=str(data_dir), **extra
    )
    data_dir.mkdir(parents=True, exist_ok=True)
    # Output goes to files, as in the demo test: with Playwright's event loop running in this
    # process (after the browser tests), waiting on pipes to a child hung in the full suite.
    out, err = (data_dir.with_name(data_dir.name + suffix) for suffix in (".out", ".err"))
    with out.open("w") as stdout, err.open("w") as stderr:
        return (
            subprocess.Popen(
                [sys.executable, "-c", SETUP],
                env=env,
                stdout=stdout,
                stderr=stderr,
                stdin=subprocess.DEVNULL,
            ),
            out,
            err,
        )


def finish(launched, timeout=300):
    process, out, err = launched
    process.wait(timeout=timeout)
    return subprocess.CompletedProcess(
        process.args, process.returncode, out.read_text(), err.read_text()
    )


def start(data_dir, extra):
    return finish(launch(data_dir, extra))


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory):
    # Each case is a fresh interpreter (settings are read
    # once per process): start them all, then collect.
    launched = {
        name: launch(tmp_path_factory.mktemp("data"), env) for name, (env, _) in CASES.items()
    }
    return {name: finish(each) for name, each in launched.items()}


@pytest.mark.parametrize("case", CASES)
def test_it_starts_or_fails_naming_the_variable(outcomes, case):
    result, (_, variable) = outcomes[case], CASES[case]
    if variable is None:
        assert result.returncode == 0, result.stderr
    else:
        assert result.returncode != 0
        last_line = result.stderr.strip().splitlines()[-1]
        assert last_line.startswith("django.core.exceptions.ImproperlyConfigured:"), last_line
        assert variable in last_line, last_line


def test_with_no_env_it_is_the_sqlite_demo_with_debug_off(outcomes):
    assert outcomes["no env"].stdout.split() == [
        "DEBUG",
        "False",
        "ENGINE",
        "django.db.backends.sqlite3",
    ]
    assert "postgresql" in outcomes["postgres url"].stdout


def test_the_demo_secret_key_is_generated_once_and_kept_private(tmp_path):
    key_file = tmp_path / "secret_key"
    assert start(tmp_path, {}).returncode == 0
    key = key_file.read_text()
    assert len(key) >= 50
    assert key_file.stat().st_mode & 0o777 == 0o600
    assert start(tmp_path, {}).returncode == 0
    assert key_file.read_text() == key
