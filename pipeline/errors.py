"""Failure classes of a conversion (PROVISIONAL; owned by the batch work)."""


class PlandigitError(Exception):
    """Base class: a conversion failed for a reason we can name."""

    error_class = "error"


class InputError(PlandigitError):
    """The input file cannot be converted (not a PDF, encrypted, truncated, …)."""

    error_class = "input_error"
