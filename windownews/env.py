"""Typed readers for environment variables.

Every helper fails loudly, naming the variable, so a typo in production stops the
process at start instead of running with a silently wrong value.
"""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def _raw(name: str) -> str | None:
    value = os.environ.get(name)
    return None if value is None else value.strip()


def env_str(name: str, default: str = "") -> str:
    value = _raw(name)
    return default if value is None or value == "" else value


def env_bool(name: str, default: bool = False) -> bool:
    value = _raw(name)
    if value is None:
        return default
    if value.lower() in _TRUE:
        return True
    if value.lower() in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"{name}={value!r} is not a boolean (use 1/0, true/false, yes/no, on/off)."
    )


def env_int(name: str, default: int, *, minimum: int | None = None) -> int:
    value = _raw(name)
    if value is None or value == "":
        return default
    try:
        number = int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={value!r} is not a whole number.") from None
    if minimum is not None and number < minimum:
        raise ImproperlyConfigured(f"{name}={number} must be at least {minimum}.")
    return number


def env_choice(name: str, choices: tuple[str, ...], default: str) -> str:
    value = env_str(name, default).lower()
    if value not in choices:
        raise ImproperlyConfigured(f"{name}={value!r} must be one of: {', '.join(choices)}.")
    return value


def env_list(name: str, default: list[str] | None = None) -> list[str]:
    value = _raw(name)
    if value is None or value == "":
        return list(default or [])
    return [item.strip() for item in value.split(",") if item.strip()]


def env_url(name: str, schemes: tuple[str, ...]) -> str:
    """An optional URL; when set it must use one of `schemes` and name a host or path."""
    value = env_str(name)
    if not value:
        return ""
    parts = urlsplit(value)
    if parts.scheme not in schemes or not (parts.netloc or parts.path):
        raise ImproperlyConfigured(
            f"{name}={value!r} is not a valid URL (expected {' or '.join(schemes)}://...)."
        )
    return value


def env_header(name: str, default: str = "") -> tuple[str, str] | None:
    """'Header-Name: value' as Django's META pair, e.g. ('HTTP_X_FORWARDED_PROTO', 'https');
    None when unset or 'off'."""
    value = env_str(name, default)
    if value.lower() in {"", "off", "none"}:
        return None
    header, colon, expected = (part.strip() for part in value.partition(":"))
    if not colon or not expected or not header.replace("-", "").isalnum():
        raise ImproperlyConfigured(
            f"{name}={value!r} is not 'Header-Name: value' (e.g. 'X-Forwarded-Proto: https')."
        )
    return f"HTTP_{header.upper().replace('-', '_')}", expected
