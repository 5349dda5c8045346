"""The wheel is what users install: it must carry everything the commands read at run time and
nothing of the checkout's tests, benchmarks or evaluation data."""

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


@pytest.fixture(scope="module")
def wheel_names(tmp_path_factory) -> list[str]:
    out = tmp_path_factory.mktemp("dist")
    # --no-isolation: the dev extra installs setuptools and wheel, so no download is needed.
    r = subprocess.run([sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(ROOT)],
                       capture_output=True, text=True, timeout=300)
    assert r.returncode == 0, r.stderr[-2000:]
    (whl,) = out.glob("factrack-*.whl")
    with zipfile.ZipFile(whl) as z:
        return z.namelist()


def test_wheel_carries_what_commands_need(wheel_names):
    names = set(wheel_names)
    for article in (ROOT / "examples").iterdir():
        if article.suffix in {".txt", ".jsonl", ".html"}:
            assert f"flows/examples/{article.name}" in names, article.name
    assert {"flows/cli.py", "claims/extract.py", "warehouse/store.py", "flows/watch.py", "warehouse/alerts.py"} <= names
    # the learned check-worthiness weights and the given-name table are read at run time
    assert {"claims/checkworthy_model.json", "claims/data/first_names.txt", "claims/data/demonyms.txt"} <= names
    assert any(n.endswith("entry_points.txt") for n in names)


def test_wheel_holds_no_tests_benchmarks_or_evaluation_data(wheel_names):
    top = {n.split("/")[0] for n in wheel_names}
    assert not top & {"tests", "benchmarks", "shared", "dev", "gold", "examples"}, top
    assert not [n for n in wheel_names if "polnear" in n or "clef" in n or n.endswith(".parquet")]


def test_version_is_the_package_metadata(capsys):
    from importlib.metadata import version

    from flows.cli import main

    with pytest.raises(SystemExit) as e:
        main(["--version"])
    assert e.value.code == 0
    assert capsys.readouterr().out.strip() == f"factrack {version('factrack')}"
