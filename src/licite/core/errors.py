"""One exception tree for licite; the edges (CLI, API) map it to exit codes in one place.

::

    LiciteError                 base of everything licite raises on purpose
    ├── InputError              a request, row or file breaks the input format
    ├── ConfigError             settings, campaign or command-line options are wrong
    ├── StoreError              the store cannot be opened, migrated or written
    └── RuleTableError          the rule table itself is inconsistent (a bug, caught by tests)
"""

from __future__ import annotations


class LiciteError(Exception):
    """Base class: every error licite raises on purpose."""

    exit_code = 1


class InputError(LiciteError):
    """Raised when input breaks the format: names the file, the line or row and the field."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        field: str | None = None,
        row: int | None = None,
        file: str | None = None,
    ) -> None:
        self.message = message
        self.field = field
        self.row = row
        self.file = file
        super().__init__(self.describe())

    def located(self, *, row: int | None = None, file: str | None = None) -> InputError:
        """The same error, placed at a row/line of a file."""
        return InputError(
            self.message,
            field=self.field,
            row=row if row is not None else self.row,
            file=file if file is not None else self.file,
        )

    def at_field(self, prefix: str) -> InputError:
        """The same error with the field path prefixed (``contact`` + ``email``)."""
        if not self.field:
            field = prefix
        elif self.field.startswith("["):
            field = f"{prefix}{self.field}"
        else:
            field = f"{prefix}.{self.field}"
        return InputError(self.message, field=field, row=self.row, file=self.file)

    def describe(self) -> str:
        where = []
        if self.file:
            where.append(self.file)
        if self.row is not None:
            where.append(f"line {self.row}")
        if self.field:
            where.append(f"field {self.field!r}")
        prefix = ", ".join(where)
        return f"{prefix}: {self.message}" if prefix else self.message

    def to_dict(self) -> dict[str, object]:
        return {"file": self.file, "line": self.row, "field": self.field, "message": self.message}


class ConfigError(LiciteError):
    """Raised when settings, a campaign file or command-line options are wrong."""

    exit_code = 3


class StoreError(LiciteError):
    """Raised when the store cannot be opened, migrated or written."""

    exit_code = 4


class RuleTableError(LiciteError):
    """Raised when the rule table is inconsistent (a programming error caught by meta-tests)."""

    exit_code = 70
