"""Write README.md from nbs/index.ipynb (nbdev-readme needs quarto, which cannot be installed offline).

Markdown cells are copied; code cells become ```python blocks; `#| hide` cells and nbdev directives are dropped.
`python tools/readme.py --check` exits 1 when README.md is out of date.
"""
import json, re, sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

def render(nb_path=ROOT / 'nbs' / 'index.ipynb'):
    nb = json.loads(Path(nb_path).read_text())
    parts = []
    for c in nb['cells']:
        src = ''.join(c['source'])
        lines = src.splitlines()
        if any(re.match(r'^#\|\s*hide\b', l) for l in lines): continue
        body = '\n'.join(l for l in lines if not re.match(r'^#\|', l)).strip()
        if not body: continue
        if c['cell_type'] == 'markdown':
            m = re.match(r'^# (.+)\n+> (.+)$', body, flags=re.S)
            if m and len(parts) == 0: body = f"# {m.group(1)}\n\n> {m.group(2)}"
            parts.append(body)
        elif c['cell_type'] == 'code': parts.append(f"```python\n{body}\n```")
    header = "<!-- Generated from nbs/index.ipynb by tools/readme.py: edit the notebook, not this file. -->\n\n"
    return header + '\n\n'.join(parts) + '\n'

if __name__ == '__main__':
    out, fn = render(), ROOT / 'README.md'
    if '--check' in sys.argv:
        if not fn.exists() or fn.read_text() != out:
            print("README.md is out of date: run `python tools/readme.py`"); sys.exit(1)
    else: fn.write_text(out)
