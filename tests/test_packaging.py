"""The compiled parts (see setup.py): a build for installing compiles exactly the detectors' hot
path with mypyc where it can, an editable install never; the scrub's C kernels and the
detectors' C loops are built by any install wherever a C compiler is."""

from __future__ import annotations

import ast
import importlib
import importlib.machinery
import importlib.util
import os
import shutil
import sysconfig
from pathlib import Path
from types import ModuleType

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


def _no_compiler() -> str | None:
    """Why nothing can be compiled here (no C compiler), or None."""
    compiler = (sysconfig.get_config_var("CC") or "cc").split()[0]
    return None if shutil.which(compiler) else f"no C compiler ({compiler}) here"


def test_scrub_kernels_built_where_a_compiler_is() -> None:
    """They are optional for a machine without a compiler, not where one is: a failed build
    there would leave the slower way in use, silently."""
    if missing := _no_compiler():
        pytest.skip(f"{missing}: the scrub runs its DuckDB/Arrow way")
    assert kernels.built(), "licite.scrub._kernels was not built: reinstall (make install)"


def test_detector_loops_built_where_a_compiler_is() -> None:
    """Like the scrub's kernels: optional where there is no compiler, not where there is one
    (the detectors would run their Python loops, the same findings more slowly, silently)."""
    from licite.detectors import kernel

    if missing := _no_compiler():
        pytest.skip(f"{missing}: the detectors' loops run in Python")
    if os.environ.get("LICITE_DETECT_KERNEL") == "0":
        pytest.skip("LICITE_DETECT_KERNEL=0: the Python loops are asked for")
    assert kernel.split is not None, "licite.detectors._tokens was not built: make install"
    assert kernel.term_starts is not None and kernel.marker_spans is not None
    assert kernel.column_sums is not None and kernel.start_filter is not None


def test_keyed_hashing_in_c_built_where_openssl_headers_are() -> None:
    headers = [
        Path(folder) / "openssl" / "sha.h" for folder in ("/usr/include", "/usr/local/include")
    ]
    if _no_compiler() or not any(path.is_file() for path in headers):
        pytest.skip("no C compiler or no OpenSSL headers here: keyed hashes are made in Python")
    assert kernels.hmac_built(), "licite.scrub._hmac was not built: reinstall (make install)"


def _setup_module() -> ModuleType:
    """setup.py imported under another name than __main__, so that it builds nothing."""
    spec = importlib.util.spec_from_file_location("licite_setup", ROOT / "setup.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _can_compile() -> str | None:
    """Why mypyc cannot compile here, or None."""
    if importlib.util.find_spec("mypyc") is None:
        return "mypyc is not installed here"
    return _no_compiler()


@pytest.mark.parametrize(
    ("argv", "flag", "reason"),
    [
        (["setup.py", "editable_wheel", "--dist-dir", "d"], None, "not a build for installing"),
        (["setup.py", "develop"], None, "not a build for installing"),
        (["setup.py", "dist_info", "--output-dir", "d"], None, "not a build for installing"),
        (["setup.py", "bdist_wheel"], "0", "LICITE_MYPYC=0"),
        (["setup.py", "editable_wheel"], "0", "LICITE_MYPYC=0"),
    ],
)
def test_detectors_stay_python(argv: list[str], flag: str | None, reason: str) -> None:
    compiled, why_not = _setup_module().detectors_compiled(argv, flag)
    assert not compiled and why_not.startswith(reason)


@pytest.mark.parametrize(
    ("argv", "flag"),
    [
        (["setup.py", "bdist_wheel", "--dist-dir", "d"], None),
        (["setup.py", "install"], None),
        (["setup.py", "build_ext"], None),
        (["setup.py", "editable_wheel"], "1"),
    ],
)
def test_detectors_compiled_by_a_build_for_installing(argv: list[str], flag: str | None) -> None:
    cannot = _can_compile()
    if cannot:
        pytest.skip(cannot)
    assert _setup_module().detectors_compiled(argv, flag) == (True, "")


def test_compiled_build_is_the_one_tested() -> None:
    """``make test-compiled`` sets LICITE_EXPECT_COMPILED: the detectors it tests must then be
    the compiled ones, not the source beside them (a stale or missing build would otherwise
    pass as the pure-Python detectors, silently)."""
    if os.environ.get("LICITE_EXPECT_COMPILED") != "1":
        pytest.skip("the detectors as they run here (make test-compiled tests the compiled build)")
    cannot = _can_compile()
    if cannot:
        pytest.skip(f"{cannot}: the build kept the detectors in Python")
    suffixes = tuple(importlib.machinery.EXTENSION_SUFFIXES)
    for path in _mypyc_modules():
        name = path.removeprefix("src/").removesuffix(".py").replace("/", ".")
        file = importlib.import_module(name).__file__ or ""
        assert file.endswith(suffixes), f"{name} was imported from {file}"
