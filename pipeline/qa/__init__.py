"""QA of converted outputs: the HTML report, cross-document reconcile, reviewer corrections (and export)."""
