"""The examples in docstrings (``>>>``) are run, so they stay true."""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path
from types import ModuleType

import pytest

import hansard_parse


def modules_with_examples() -> list[ModuleType]:
    found = [hansard_parse]
    for info in pkgutil.walk_packages(hansard_parse.__path__, prefix="hansard_parse."):
        module = importlib.import_module(info.name)
        if module.__file__ and ">>>" in Path(module.__file__).read_text(encoding="utf-8"):
            found.append(module)
    return found


MODULES = modules_with_examples()


def test_the_package_docstring_has_examples() -> None:
    assert hansard_parse.__doc__ is not None and ">>>" in hansard_parse.__doc__


@pytest.mark.parametrize("module", MODULES, ids=lambda m: m.__name__)
def test_doctests(module: ModuleType) -> None:
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.failed == 0
    assert result.attempted > 0 or module is not hansard_parse
