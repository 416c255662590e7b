"""Data models: the output contract (:mod:`models.contract`) and the plain
objects passed between stages (:mod:`models.pagedata`)."""
