"""Run every notebook in nbs/ as a test, with nbdev's test machinery.

Cells flagged with a test flag from `tst_flags` in pyproject.toml (e.g. `#| slow`) are skipped unless the flag is
listed in the environment variable KD_NB_TEST_FLAGS (e.g. `KD_NB_TEST_FLAGS=slow pytest`).
"""
import os
from pathlib import Path
import pytest
from fastcore.basics import listify
from nbdev.config import get_config
from nbdev.test import test_nb as run_nb

ROOT = Path(__file__).resolve().parent.parent
NBS = sorted(p for p in (ROOT / 'nbs').rglob('*.ipynb')
             if not p.name.startswith('_') and '.ipynb_checkpoints' not in p.parts)

def _flags():
    force = os.environ.get('KD_NB_TEST_FLAGS', '').split()
    tst = get_config(ROOT).tst_flags
    skip = [f for f in (tst.split() if isinstance(tst, str) else listify(tst)) if f not in force]
    return skip, force

@pytest.mark.parametrize('nb', NBS, ids=[p.relative_to(ROOT / 'nbs').as_posix() for p in NBS])
def test_notebook(nb):
    skip, force = _flags()
    ok, secs = run_nb(nb, skip_flags=skip, force_flags=force, showerr=True, basepath=ROOT)
    assert ok, f"{nb.name} failed (see the traceback above)"
