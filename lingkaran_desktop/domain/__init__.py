"""Pure domain rules: no I/O except reading the bundled reference data lazily."""
