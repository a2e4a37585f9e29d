"""The filter syntax of the `Filters` query parameter.

Derived from openapi.yaml by scripts/derive_tables.py: do not edit. Run `make generate` after
changing openapi.yaml; `make check-generated` fails on drift.
"""

# The query parameter of a filter: `%s` is the field path, with `.operator` if any.
FILTER_KEY_FORMAT = "filter{%s}"

# The operators the API knows, in the spec's order.
FILTER_OPERATORS: tuple[str, ...] = (
    "exact",
    "iexact",
    "contains",
    "icontains",
    "startswith",
    "istartswith",
    "endswith",
    "iendswith",
    "gt",
    "gte",
    "lt",
    "lte",
    "in",
    "isnull",
)
