"""Stage orchestration and command-line interface of plandigit."""

__version__ = "0.1.0"
