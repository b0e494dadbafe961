"""Optional compiled parts: the scrub's C kernels, and the detectors compiled with mypyc.

The scrub's per-value loops (``src/licite/scrub/_kernels.c``) are built whenever a C compiler
is there, and its keyed hashes of a column (``_hmac.c``) when OpenSSL's headers are there too;
where they are not, the build says so and goes on, and licite does the same work in DuckDB,
Arrow and Python (:mod:`licite.scrub.kernels`, :mod:`licite.scrub.hashing`), with the same
results.

``LICITE_MYPYC=1 pip install .`` also compiles the detectors with mypyc.

Why: scanning free text is the one hot loop written in Python (per-token look-ups in the
lexicon tries and the context rules); mypyc turns the same, type-checked source into a C
extension that runs it about a quarter faster, with identical findings (``make bench-detect``
checks both). Without the variable, or for an editable install, the detectors stay pure Python:
a fresh machine needs no compiler for them.
"""

from __future__ import annotations

import os

from setuptools import Extension, setup

#: The modules compiled: the detectors' hot path (the optional Presidio adapter stays Python).
MYPYC_MODULES = [
    "src/licite/detectors/ancestry.py",
    "src/licite/detectors/checks.py",
    "src/licite/detectors/classifier.py",
    "src/licite/detectors/context.py",
    "src/licite/detectors/email.py",
    "src/licite/detectors/iban.py",
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

ext_modules = [KERNELS, HMAC]
if os.environ.get("LICITE_MYPYC") == "1":
    from mypyc.build import mypycify

    ext_modules += mypycify(MYPYC_MODULES, opt_level="3")

setup(ext_modules=ext_modules)
