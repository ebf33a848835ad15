// Empty on purpose: the page tests pass their config in code.
