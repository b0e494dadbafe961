"""The optional compiled parts (see setup.py): the mypyc build compiles exactly the detectors'
hot path; the scrub's C kernels are built by the install wherever a C compiler is."""

from __future__ import annotations

import ast
import shutil
import sysconfig
from pathlib import Path

import pytest

from licite.scrub import kernels

ROOT = Path(__file__).resolve().parents[1]
#: Modules that stay Python in the compiled build, and why.
NOT_COMPILED = {
    "__init__.py": "an empty package marker",
    "presidio_adapter.py": "imports the optional Presidio and spaCy, which mypyc cannot type",
    "lexicon_cache.py": "runs once per process, file and pickle I/O: nothing for mypyc to speed up",
}


def _mypyc_modules() -> list[str]:
    tree = ast.parse((ROOT / "setup.py").read_text(encoding="utf-8"))
    for node in tree.body:
        if isinstance(node, ast.Assign) and any(
            isinstance(t, ast.Name) and t.id == "MYPYC_MODULES" for t in node.targets
        ):
            value = ast.literal_eval(node.value)
            assert isinstance(value, list)
            return [str(item) for item in value]
    raise AssertionError("setup.py defines no MYPYC_MODULES")


def test_every_detector_module_is_compiled_or_says_why_not() -> None:
    folder = ROOT / "src" / "licite" / "detectors"
    expected = sorted(
        f"src/licite/detectors/{path.name}"
        for path in folder.glob("*.py")
        if path.name not in NOT_COMPILED
    )
    assert sorted(_mypyc_modules()) == expected


def test_compiled_modules_exist() -> None:
    for module in _mypyc_modules():
        assert (ROOT / module).is_file(), module


def test_scrub_kernels_built_where_a_compiler_is() -> None:
    """They are optional for a machine without a compiler, not where one is: a failed build
    there would leave the slower way in use, silently."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    if shutil.which(compiler) is None:
        pytest.skip(f"no C compiler ({compiler}) here: the scrub runs its DuckDB/Arrow way")
    assert kernels.built(), "licite.scrub._kernels was not built: reinstall (make install)"


def test_keyed_hashing_in_c_built_where_openssl_headers_are() -> None:
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    headers = [
        Path(folder) / "openssl" / "sha.h" for folder in ("/usr/include", "/usr/local/include")
    ]
    if shutil.which(compiler) is None or not any(path.is_file() for path in headers):
        pytest.skip("no C compiler or no OpenSSL headers here: keyed hashes are made in Python")
    assert kernels.hmac_built(), "licite.scrub._hmac was not built: reinstall (make install)"
