"""Dataclasses to and from YAML data files, driven by their type hints.

The sample documents are data (``samples/generator/specs/*.yaml``), not code;
this module turns such a file into the dataclasses the generator renders
(:mod:`samples.generator.spec`, or the bad-layer sample's own lines) and back.

The format, so that a person can read and edit the files:

- A dataclass is a mapping of its field names; fields left at their default
  are left out (``level: 1`` of a heading, ``style: normal`` of a paragraph).
- A member of a union of dataclasses (a *block*) is tagged by its class name
  in snake_case, written as the block's first key.  When the class's first
  field is text or a list of texts, the tag holds it and the other fields
  follow beside it; otherwise (a table's rows) the tag holds a mapping of all
  the fields::

      - {heading: Sammanfattning resultat av mål och uppdrag, number: '4.1', level: 2}
      - para: Förvaltningen rapporterar fem större negativa avvikelser ...
      - bullets: [Område fastigheter, Område IT]
        marker: –
      - table:
          header_rows:
          - [Belopp i mnkr, Budget 2024, Prognos 2023]
          rows:
          - {label: Summa intäkter, cells: ['2 210,4', '2 150,3'], bold: true}
      - page_break

  A class without fields (``PageBreak``) is just its tag.
- Tuples are written as lists; the type hints turn them back into tuples.
- Strings stay strings: a cell that reads as a number must be quoted
  (``'79'``), otherwise loading stops with the path of the bad value.

:func:`load` checks every value against its type hint (``Literal`` values
included) and names the path of the first one that does not fit.
"""

from __future__ import annotations

import dataclasses
import re
import types
import typing
from pathlib import Path
from typing import Any, Literal, Union

import yaml

try:  # the C parser when PyYAML has it: the largest spec loads in ~50 ms instead of ~1 s
    _Loader = yaml.CSafeLoader
except AttributeError:  # pragma: no cover - pure-Python PyYAML
    _Loader = yaml.SafeLoader

# a list or mapping of scalars shorter than this is written on one line (flow style)
FLOW_WIDTH = 100
LINE_WIDTH = 112


class DataFileError(ValueError):
    """A value in a data file that does not fit its field's type."""


def tag_of(cls: type) -> str:
    """``IndicatorTable`` -> ``indicator_table``."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls.__name__).lower()


def _is_union(tp: Any) -> bool:
    return typing.get_origin(tp) in (Union, types.UnionType)


def _block_classes(tp: Any) -> list[type] | None:
    """The dataclasses of a union of dataclasses (None for any other type)."""
    if not _is_union(tp):
        return None
    args = [a for a in typing.get_args(tp) if a is not type(None)]
    if len(args) > 1 and all(dataclasses.is_dataclass(a) for a in args):
        return args
    return None


def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _default(f: dataclasses.Field) -> Any:
    if f.default is not dataclasses.MISSING:
        return f.default
    if f.default_factory is not dataclasses.MISSING:
        return f.default_factory()
    return dataclasses.MISSING


# --- dataclasses -> plain data -------------------------------------------


def to_data(obj: Any) -> Any:
    """Plain lists, dicts and scalars for ``obj``; defaults left out, blocks tagged
    by the caller (:func:`_block_data`)."""
    if dataclasses.is_dataclass(obj):
        return _fields_data(obj)
    if isinstance(obj, (list, tuple)):
        return [to_data(x) for x in obj]
    return obj


def _fields_data(obj: Any) -> dict[str, Any]:
    hints = _hints(type(obj))
    out: dict[str, Any] = {}
    for f in dataclasses.fields(obj):
        value = getattr(obj, f.name)
        default = _default(f)
        if default is not dataclasses.MISSING and type(value) is type(default) and value == default:
            continue
        out[f.name] = _typed_data(hints[f.name], value)
    return out


def _typed_data(tp: Any, value: Any) -> Any:
    """Plain data of ``value`` whose declared type is ``tp`` (tags union members)."""
    classes = _block_classes(tp)
    if classes is not None and value is not None:
        return _block_data(value)
    origin = typing.get_origin(tp)
    if _is_union(tp):
        inner = [a for a in typing.get_args(tp) if a is not type(None)]
        return _typed_data(inner[0], value) if value is not None and len(inner) == 1 else to_data(value)
    if origin is list and isinstance(value, list):
        (item,) = typing.get_args(tp)
        return [_typed_data(item, x) for x in value]
    if origin is tuple and isinstance(value, tuple):
        args = typing.get_args(tp)
        if len(args) == 2 and args[1] is Ellipsis:
            return [_typed_data(args[0], x) for x in value]
        return [_typed_data(a, x) for a, x in zip(args, value)]
    return to_data(value)


def _block_data(obj: Any) -> Any:
    fields = dataclasses.fields(obj)
    tag = tag_of(type(obj))
    if not fields:
        return tag
    body = _fields_data(obj)
    first = body.get(fields[0].name)
    if isinstance(first, str) or (isinstance(first, list) and all(isinstance(x, str) for x in first)):
        return {tag: body.pop(fields[0].name), **body}
    return {tag: body}  # a table's rows, a grid's column positions ...: every field by its name


# --- plain data -> dataclasses -------------------------------------------


def from_data(tp: Any, data: Any, path: str = "$") -> Any:
    """Build a value of type ``tp`` from plain data, checking every value."""
    if tp is Any:
        return data
    classes = _block_classes(tp)
    if classes is not None:
        if data is None and type(None) in typing.get_args(tp):
            return None
        return _block_from(classes, data, path)
    origin = typing.get_origin(tp)
    args = typing.get_args(tp)
    if _is_union(tp):
        if data is None and type(None) in args:
            return None
        inner = [a for a in args if a is not type(None)]
        if len(inner) == 1:
            return from_data(inner[0], data, path)
        raise DataFileError(f"{path}: no rule for the union {tp}")
    if origin is Literal:
        if data not in args:
            raise DataFileError(f"{path}: {data!r} is not one of {', '.join(map(repr, args))}")
        return data
    if origin is list:
        _expect(data, list, path)
        return [from_data(args[0], x, f"{path}[{i}]") for i, x in enumerate(data)]
    if origin is tuple:
        _expect(data, list, path)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_data(args[0], x, f"{path}[{i}]") for i, x in enumerate(data))
        if len(data) != len(args):
            raise DataFileError(f"{path}: {len(data)} values where {len(args)} are expected")
        return tuple(from_data(a, x, f"{path}[{i}]") for i, (a, x) in enumerate(zip(args, data)))
    if dataclasses.is_dataclass(tp):
        _expect(data, dict, path)
        return _build(tp, data, path)
    if tp is float:
        if isinstance(data, bool) or not isinstance(data, (int, float)):
            raise DataFileError(f"{path}: {data!r} is not a number")
        return data  # an int stays an int, as it was written
    if tp in (str, int, bool):
        if not isinstance(data, tp) or (tp is int and isinstance(data, bool)):
            hint = " (quote it)" if tp is str and data is not None else ""
            raise DataFileError(f"{path}: {data!r} is not a {tp.__name__}{hint}")
        return data
    raise DataFileError(f"{path}: no rule for the type {tp}")


def _expect(data: Any, kind: type, path: str) -> None:
    if not isinstance(data, kind):
        raise DataFileError(f"{path}: expected a {'list' if kind is list else 'mapping'}, got {data!r}")


def _build(cls: type, data: dict[str, Any], path: str) -> Any:
    hints = _hints(cls)
    names = [f.name for f in dataclasses.fields(cls)]
    unknown = [k for k in data if k not in names]
    if unknown:
        raise DataFileError(f"{path}: {cls.__name__} has no field {unknown[0]!r} (fields: {', '.join(names)})")
    kwargs = {k: from_data(hints[k], v, f"{path}.{k}") for k, v in data.items()}
    try:
        return cls(**kwargs)
    except TypeError as exc:
        raise DataFileError(f"{path}: {cls.__name__}: {exc}") from None


def _block_from(classes: list[type], data: Any, path: str) -> Any:
    by_tag = {tag_of(c): c for c in classes}
    if isinstance(data, str):
        tag, rest = data, {}
    elif isinstance(data, dict) and data:
        tag = next(iter(data))
        rest = dict(data)
        first_value = rest.pop(tag)
    else:
        raise DataFileError(f"{path}: expected a block (one of {', '.join(by_tag)}), got {data!r}")
    cls = by_tag.get(tag)
    if cls is None:
        raise DataFileError(f"{path}: unknown block {tag!r} (blocks: {', '.join(by_tag)})")
    fields = dataclasses.fields(cls)
    if not fields and (rest or (isinstance(data, dict) and first_value is not None)):
        raise DataFileError(f"{path}: {tag} takes no values")
    if isinstance(data, dict) and isinstance(first_value, dict):  # every field by its name
        if rest:
            raise DataFileError(f"{path}: {tag}'s fields go under {tag}: (found {', '.join(rest)} beside it)")
        rest = first_value
    elif fields and isinstance(data, dict) and first_value is not None:
        if fields[0].name in rest:
            raise DataFileError(f"{path}: {fields[0].name} given twice (after {tag}: and by name)")
        rest = {fields[0].name: first_value, **rest}
    return _build(cls, rest, f"{path}.{tag}")


# --- YAML text ------------------------------------------------------------


def _scalar(x: Any) -> bool:
    return x is None or isinstance(x, (str, int, float, bool))


_NUMBER_LIKE = re.compile(r"[-−+]?[\d.,]")
_ODD_BREAK = re.compile("[\r\x85\u2028\u2029]")


class _Dumper(yaml.SafeDumper):
    """Block style, except short lists/mappings of scalars on one line; no anchors."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def _flat(values: list[Any]) -> bool:
    """Scalars, or lists of scalars: short enough to print on one line."""
    if not all(_scalar(v) or (isinstance(v, list) and all(_scalar(x) for x in v)) for v in values):
        return False
    return not any(isinstance(v, str) and "\n" in v for v in values)


def _flow_fits(data: Any) -> bool:
    text = yaml.dump(data, Dumper=yaml.SafeDumper, default_flow_style=True, allow_unicode=True, width=10_000)
    return len(text.strip()) <= FLOW_WIDTH


def _represent_list(dumper: yaml.SafeDumper, data: list) -> yaml.Node:
    flow = _flat(data) and _flow_fits(data)
    return dumper.represent_sequence("tag:yaml.org,2002:seq", data, flow_style=flow)


def _represent_dict(dumper: yaml.SafeDumper, data: dict) -> yaml.Node:
    flow = _flat(list(data.values())) and _flow_fits(data)
    node = dumper.represent_mapping("tag:yaml.org,2002:map", data.items(), flow_style=flow)
    return node


def _represent_str(dumper: yaml.SafeDumper, data: str) -> yaml.Node:
    # numbers as text ("2 380", "-1 230", "4.1") all quoted alike, not only where YAML needs it
    if _ODD_BREAK.search(data):  # YAML reads these as line breaks unless escaped
        style = '"'
    else:
        style = "|" if "\n" in data else "'" if _NUMBER_LIKE.match(data) else None
    return dumper.represent_scalar("tag:yaml.org,2002:str", data, style=style)


_Dumper.add_representer(list, _represent_list)
_Dumper.add_representer(dict, _represent_dict)
_Dumper.add_representer(str, _represent_str)


def dumps(tp: Any, value: Any, header: str = "", last: tuple[str, ...] = ()) -> str:
    """YAML text for ``value`` of type ``tp``; ``header`` becomes leading ``#`` comments;
    the fields named in ``last`` go after the others (the long list of blocks)."""
    data = _typed_data(tp, value)
    if isinstance(data, dict):
        data = {**{k: v for k, v in data.items() if k not in last}, **{k: data[k] for k in last if k in data}}
    body = yaml.dump(data, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                     width=LINE_WIDTH, default_flow_style=False)
    lines = [f"# {line}".rstrip() for line in header.strip("\n").splitlines()] if header else []
    return "\n".join(lines) + ("\n\n" if lines else "") + body


def loads(tp: Any, text: str, source: str = "$") -> Any:
    """A value of type ``tp`` from YAML text (see the module docstring for the format)."""
    return from_data(tp, yaml.load(text, Loader=_Loader), source)


def load(tp: Any, path: Path) -> Any:
    """A value of type ``tp`` from the YAML file at ``path``."""
    return loads(tp, path.read_text(encoding="utf-8"), path.name)
