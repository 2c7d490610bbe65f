"""The house rules a newcomer can rely on (issue 22): a module fits in one sitting, a function
on one screen, unless a reason is written beside it; the catalogue of words is data."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).parent.parent / "scheduler"
MODULE_LINES, FUNCTION_LINES = 600, 80
# A function may be longer when the line above its `def` says why: `# long: <reason>`.
REASON = "# long:"


def _modules() -> list[Path]:
    return sorted(PACKAGE.rglob("*.py"))


def test_no_module_over_600_lines_but_the_catalogue():
    long = {
        str(p.relative_to(PACKAGE)): n
        for p in _modules()
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MODULE_LINES
        and p.parent.name != "catalogue"
    }
    assert long == {}


def test_no_function_over_80_lines_without_a_reason_beside_it():
    long = []
    for path in _modules():
        lines = path.read_text(encoding="utf-8").splitlines()
        for node in ast.walk(ast.parse("\n".join(lines))):
            if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                continue
            first = min([node.lineno, *(d.lineno for d in node.decorator_list)])
            above = lines[first - 2].strip() if first >= 2 else ""
            size = node.end_lineno - node.lineno + 1 if node.end_lineno else 0
            if size > FUNCTION_LINES and not above.startswith(REASON):
                long.append(f"{path.relative_to(PACKAGE)}:{node.lineno} {node.name} ({size})")
    assert long == []
