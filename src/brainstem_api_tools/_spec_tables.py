"""Model table derived from openapi.yaml by scripts/derive_tables.py. Do not edit.

Run `make generate` after changing openapi.yaml; `make check-generated` fails on drift.
"""

from brainstem_api_tools._model_info import ModelInfo, Operation

MODELS: dict[str, ModelInfo] = {
    "session": ModelInfo(
        name="session",
        app="stem",
        list_key="sessions",
        detail_key="session",
        operations={
            "create": Operation("POST", ("private",), "session_create", "stem"),
            "destroy": Operation("DELETE", ("private",), "session_destroy", "stem"),
            "list": Operation("GET", ("private", "public"), "session_list", "stem"),
            "partial_update": Operation("PATCH", ("private",), "session_partial_update", "stem"),
            "retrieve": Operation("GET", ("private", "public"), "session_retrieve", "stem"),
        },
        actions={},
        fields=(
            "id",
            "name",
            "description",
            "projects",
            "date_time",
            "epochs",
            "datastorage",
            "extra_fields",
            "download_links",
            "dataacquisition",
            "behaviors",
            "manipulations",
            "name_used_in_storage",
            "tags",
            "links",
        ),
        read_only=(
            "id",
            "epochs",
            "dataacquisition",
            "behaviors",
            "manipulations",
            "name_used_in_storage",
            "links",
        ),
        relations={
            "projects": "project",
            "epochs": "epoch",
            "datastorage": "datastorage",
            "dataacquisition": "dataacquisition",
            "behaviors": "behavior",
            "manipulations": "manipulation",
        },
        id_type="uuid",
    ),
}

APPS: tuple[str, ...] = ("stem",)
