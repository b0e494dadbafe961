"""Compiled parts: the scrub's C kernels, and the detectors compiled with mypyc.

The scrub's per-value loops (``src/licite/scrub/_kernels.c``) and the detectors' loops over a
text's tokens (``src/licite/detectors/_tokens.c``) are built whenever a C compiler is there,
the scrub's keyed hashes of a column (``_hmac.c``) when OpenSSL's headers are there too; where
they are not, the build says so and goes on, and licite does the same work in DuckDB, Arrow and
Python (:mod:`licite.scrub.kernels`, :mod:`licite.scrub.hashing`,
:mod:`licite.detectors.kernel`), with the same results.

The detectors are compiled with mypyc whenever licite is built to be installed (``pip install
.``, a wheel) on a machine with a C compiler: that is the default path a user gets. Why:
scanning free text is the one hot loop written in Python (per-token look-ups in the lexicon
tries, the context rules, the classifier's weights); mypyc turns the same, type-checked source
into a C extension that runs it about 1.4 times as fast, with identical findings (``make
test`` runs the detector tests on the compiled build, ``make bench-detect`` compares the
findings). They stay pure Python:

* for an editable install (``pip install -e .``, what ``make install`` does for development):
  a compiled module would hide every later edit of its source until the next build;
* where there is no C compiler or no mypyc, or mypyc refuses the source: the build says why
  and goes on;
* with ``LICITE_MYPYC=0``. ``LICITE_MYPYC=1`` compiles whatever the command.
"""

from __future__ import annotations

import os
import shutil
import sys
import sysconfig

from setuptools import Extension, setup

#: The modules compiled: the detectors' hot path (the optional Presidio adapter stays Python).
MYPYC_MODULES = [
    "src/licite/detectors/ancestry.py",
    "src/licite/detectors/checks.py",
    "src/licite/detectors/classifier.py",
    "src/licite/detectors/context.py",
    "src/licite/detectors/email.py",
    "src/licite/detectors/iban.py",
    "src/licite/detectors/kernel.py",
    "src/licite/detectors/lexicon.py",
    "src/licite/detectors/nir.py",
    "src/licite/detectors/payment_card.py",
    "src/licite/detectors/phone.py",
    "src/licite/detectors/redact.py",
    "src/licite/detectors/registry.py",
    "src/licite/detectors/sensitive.py",
    "src/licite/detectors/siren.py",
    "src/licite/detectors/terms.py",
]

#: the Arrow string buffers' checks and reads both extensions share.
ARROW_STRINGS = "src/licite/scrub/_arrow_strings.h"
#: optional: a machine with no compiler still installs licite (pure Python).
KERNELS = Extension(
    "licite.scrub._kernels", ["src/licite/scrub/_kernels.c"], optional=True,
    depends=[ARROW_STRINGS], extra_compile_args=["-O2"],
)  # fmt: skip
#: apart, as it also needs OpenSSL's headers (libcrypto is CPython's own hashlib's library).
HMAC = Extension(
    "licite.scrub._hmac", ["src/licite/scrub/_hmac.c"], libraries=["crypto"], optional=True,
    depends=[ARROW_STRINGS], extra_compile_args=["-O2"],
)  # fmt: skip
#: The scrub's copy of a CSV file's records into its outputs (``licite.scrub.split``), optional
#: too: without it the outputs are written by DuckDB, with the same rows in the same order.
SPLIT = Extension(
    "licite.scrub._split", ["src/licite/scrub/_split.c"], optional=True,
    depends=[ARROW_STRINGS], extra_compile_args=["-O2"],
)  # fmt: skip
#: The lexicons' detector's loops over a text's tokens (``sensitive.split_words`` and
#: ``term_starts``), optional too: without it they run in Python, with the same results.
TOKENS = Extension(
    "licite.detectors._tokens", ["src/licite/detectors/_tokens.c"], optional=True,
    extra_compile_args=["-O2"],
)  # fmt: skip


#: The commands that build what gets installed; not "editable_wheel" nor "develop" (an editable
#: install), nor "dist_info" / "egg_info" (metadata only: nothing to compile).
BUILDS = frozenset({"bdist_wheel", "build", "build_ext", "install"})


def detectors_compiled(argv: list[str], flag: str | None) -> tuple[bool, str]:
    """Whether to compile the detectors with mypyc, and if not, why (said by the build)."""
    if flag == "0":
        return False, "LICITE_MYPYC=0"
    if flag != "1" and not BUILDS.intersection(argv[1:]):
        return False, "not a build for installing (an editable install or metadata)"
    try:
        import mypyc.build  # noqa: F401
    except ImportError:
        return False, "mypyc is not installed"
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        return False, f"no C compiler ({compiler})"
    return True, ""


def mypyc_extensions() -> list[Extension]:
    """The detectors' extensions, or none where mypyc refuses the source (it exits on a type
    error or a module it cannot find): the build goes on with the detectors in Python."""
    from mypyc.build import mypycify

    try:
        return list(mypycify(MYPYC_MODULES, opt_level="3"))
    except SystemExit as exit:
        print(f"licite: mypyc failed ({exit.code}); the detectors stay Python", file=sys.stderr)
        return []


def main() -> None:
    ext_modules = [KERNELS, HMAC, SPLIT, TOKENS]
    compiled, why_not = detectors_compiled(sys.argv, os.environ.get("LICITE_MYPYC"))
    if compiled:
        ext_modules += mypyc_extensions()
    elif BUILDS.intersection(sys.argv[1:]):
        print(f"licite: the detectors stay Python: {why_not}", file=sys.stderr)
    setup(ext_modules=ext_modules)


if __name__ == "__main__":  # setuptools runs this file as __main__; the tests import it
    main()
