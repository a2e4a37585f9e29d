"""The model table.

Derived from openapi.yaml by scripts/derive_tables.py: do not edit. Run `make generate` after
changing openapi.yaml; `make check-generated` fails on drift.
"""

from enum import StrEnum

from brainstem_api_tools._model_info import ModelInfo, Operation


class ModelType(StrEnum):
    """Every model of the API, by its URL name (accepted wherever a model is)."""

    behavior = "behavior"
    behavioralassay = "behavioralassay"
    behavioralcategory = "behavioralcategory"
    behavioralcategoryapproval = "behavioralcategoryapproval"
    behavioralparadigm = "behavioralparadigm"
    behavioralparadigmapproval = "behavioralparadigmapproval"
    brainregion = "brainregion"
    breeding = "breeding"
    cohort = "cohort"
    collection = "collection"
    consumable = "consumable"
    consumableapproval = "consumableapproval"
    consumablestock = "consumablestock"
    dataacquisition = "dataacquisition"
    datastorage = "datastorage"
    equipment = "equipment"
    group = "group"
    groupmembershipinvitation = "groupmembershipinvitation"
    groupmembershiprequest = "groupmembershiprequest"
    hardwaredevice = "hardwaredevice"
    hardwaredeviceapproval = "hardwaredeviceapproval"
    inventory = "inventory"
    journal = "journal"
    journalapproval = "journalapproval"
    laboratory = "laboratory"
    license = "license"
    manipulation = "manipulation"
    procedure = "procedure"
    procedurelog = "procedurelog"
    project = "project"
    projectgroupmembershipinvitation = "projectgroupmembershipinvitation"
    projectmembershipinvitation = "projectmembershipinvitation"
    publication = "publication"
    regulatoryauthority = "regulatoryauthority"
    regulatoryauthorityapproval = "regulatoryauthorityapproval"
    session = "session"
    sessiondatastorage = "sessiondatastorage"
    setup = "setup"
    setuptype = "setuptype"
    setuptypeapproval = "setuptypeapproval"
    species = "species"
    speciesapproval = "speciesapproval"
    strain = "strain"
    strainapproval = "strainapproval"
    subject = "subject"
    subjectlog = "subjectlog"
    supplier = "supplier"
    supplierapproval = "supplierapproval"
    user = "user"


MODELS: dict[str, ModelInfo] = {
    "behavior": ModelInfo(
        name="behavior",
        app="modules",
        list_key="behaviors",
        detail_key="behavior",
        operations={
            "create": Operation("POST", ("private",), "behavior_create", "modules", body=True),
            "destroy": Operation("DELETE", ("private",), "behavior_destroy", "modules", body=False),
            "list": Operation("GET", ("private", "public"), "behavior_list", "modules", body=False),
            "partial_update": Operation(
                "PATCH", ("private",), "behavior_partial_update", "modules", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "behavior_retrieve", "modules", body=False
            ),
        },
        actions={},
        fields=("id", "session", "subjects", "setup", "behavioralassay", "notes", "order"),
        read_only=("id",),
        relations={
            "session": "session",
            "subjects": "subject",
            "setup": "setup",
            "behavioralassay": "behavioralassay",
        },
        to_many=("subjects",),
        unique=(),
        types={
            "id": "uuid",
            "session": "related",
            "subjects": "array",
            "setup": "related",
            "behavioralassay": "related",
            "notes": "string",
            "order": "integer",
        },
        id_type="uuid",
    ),
    "behavioralassay": ModelInfo(
        name="behavioralassay",
        app="personal_attributes",
        list_key="behavioralassays",
        detail_key="behavioralassay",
        operations={
            "create": Operation(
                "POST", ("private",), "behavioralassay_create", "personal_attributes", body=True
            ),
            "destroy": Operation(
                "DELETE", ("private",), "behavioralassay_destroy", "personal_attributes", body=False
            ),
            "list": Operation(
                "GET",
                ("private", "public"),
                "behavioralassay_list",
                "personal_attributes",
                body=False,
            ),
            "partial_update": Operation(
                "PATCH",
                ("private",),
                "behavioralassay_partial_update",
                "personal_attributes",
                body=True,
            ),
            "retrieve": Operation(
                "GET",
                ("private", "public"),
                "behavioralassay_retrieve",
                "personal_attributes",
                body=False,
            ),
        },
        actions={},
        fields=(
            "id",
            "name",
            "description",
            "setup_type",
            "behavioral_paradigm",
            "licenses",
            "is_public",
        ),
        read_only=("id",),
        relations={
            "setup_type": "setuptype",
            "behavioral_paradigm": "behavioralparadigm",
            "licenses": "license",
        },
        to_many=("licenses",),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "setup_type": "related",
            "behavioral_paradigm": "related",
            "licenses": "array",
            "is_public": "boolean",
        },
        id_type="uuid",
    ),
    "behavioralcategory": ModelInfo(
        name="behavioralcategory",
        app="taxonomies",
        list_key="behavioral_categories",
        detail_key="behavioral_category",
        operations={
            "create": Operation(
                "POST", ("private",), "behavioralcategory_create", "taxonomies", body=True
            ),
            "destroy": Operation(
                "DELETE", ("private",), "behavioralcategory_destroy", "taxonomies", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "behavioralcategory_list", "taxonomies", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "behavioralcategory_partial_update", "taxonomies", body=True
            ),
            "retrieve": Operation(
                "GET",
                ("private", "public"),
                "behavioralcategory_retrieve",
                "taxonomies",
                body=False,
            ),
        },
        actions={},
        fields=("id", "name", "description", "parent", "comments"),
        read_only=("id",),
        relations={"parent": "behavioralcategory"},
        to_many=(),
        unique=("name",),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "parent": "related",
            "comments": "string",
        },
        id_type="uuid",
    ),
    "behavioralcategoryapproval": ModelInfo(
        name="behavioralcategoryapproval",
        app="taxonomies",
        list_key="behavioral_category_approvals",
        detail_key="behavioral_category_approval",
        operations={
            "list": Operation(
                "GET", ("private",), "behavioralcategoryapproval_list", "taxonomies", body=False
            ),
            "retrieve": Operation(
                "GET", ("private",), "behavioralcategoryapproval_retrieve", "taxonomies", body=False
            ),
        },
        actions={
            "accept": Operation(
                "PATCH", ("private",), "behavioralcategoryapproval_accept", "taxonomies", body=False
            ),
            "reject": Operation(
                "PATCH", ("private",), "behavioralcategoryapproval_reject", "taxonomies", body=False
            ),
        },
        fields=(
            "id",
            "name",
            "description",
            "parent",
            "comments",
            "instance_id",
            "action",
            "reviewer",
            "status",
        ),
        read_only=("id", "instance_id", "action", "reviewer", "status"),
        relations={
            "parent": "behavioralcategory",
            "instance_id": "behavioralcategory",
            "reviewer": "user",
        },
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "parent": "related",
            "comments": "string",
            "instance_id": "related",
            "action": "string",
            "reviewer": "related",
            "status": "string",
        },
        id_type="uuid",
    ),
    "behavioralparadigm": ModelInfo(
        name="behavioralparadigm",
        app="taxonomies",
        list_key="behavioral_paradigms",
        detail_key="behavioral_paradigm",
        operations={
            "create": Operation(
                "POST", ("private",), "behavioralparadigm_create", "taxonomies", body=True
            ),
            "destroy": Operation(
                "DELETE", ("private",), "behavioralparadigm_destroy", "taxonomies", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "behavioralparadigm_list", "taxonomies", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "behavioralparadigm_partial_update", "taxonomies", body=True
            ),
            "retrieve": Operation(
                "GET",
                ("private", "public"),
                "behavioralparadigm_retrieve",
                "taxonomies",
                body=False,
            ),
        },
        actions={},
        fields=(
            "id",
            "name",
            "description",
            "category",
            "species",
            "original_publication",
            "reference_url",
            "rrid",
            "external_identifiers",
            "comments",
        ),
        read_only=("id",),
        relations={"category": "behavioralcategory", "species": "species"},
        to_many=("species",),
        unique=("name",),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "category": "related",
            "species": "array",
            "original_publication": "string",
            "reference_url": "string",
            "rrid": "string",
            "external_identifiers": "object",
            "comments": "string",
        },
        id_type="uuid",
    ),
    "behavioralparadigmapproval": ModelInfo(
        name="behavioralparadigmapproval",
        app="taxonomies",
        list_key="behavioral_paradigm_approvals",
        detail_key="behavioral_paradigm_approval",
        operations={
            "list": Operation(
                "GET", ("private",), "behavioralparadigmapproval_list", "taxonomies", body=False
            ),
            "retrieve": Operation(
                "GET", ("private",), "behavioralparadigmapproval_retrieve", "taxonomies", body=False
            ),
        },
        actions={
            "accept": Operation(
                "PATCH", ("private",), "behavioralparadigmapproval_accept", "taxonomies", body=False
            ),
            "reject": Operation(
                "PATCH", ("private",), "behavioralparadigmapproval_reject", "taxonomies", body=False
            ),
        },
        fields=(
            "id",
            "name",
            "description",
            "category",
            "species",
            "original_publication",
            "reference_url",
            "rrid",
            "external_identifiers",
            "comments",
            "instance_id",
            "action",
            "reviewer",
            "status",
        ),
        read_only=("id", "instance_id", "action", "reviewer", "status"),
        relations={
            "category": "behavioralcategory",
            "species": "species",
            "instance_id": "behavioralparadigm",
            "reviewer": "user",
        },
        to_many=("species",),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "category": "related",
            "species": "array",
            "original_publication": "string",
            "reference_url": "string",
            "rrid": "string",
            "external_identifiers": "object",
            "comments": "string",
            "instance_id": "related",
            "action": "string",
            "reviewer": "related",
            "status": "string",
        },
        id_type="uuid",
    ),
    "brainregion": ModelInfo(
        name="brainregion",
        app="taxonomies",
        list_key="brain_regions",
        detail_key="brain_region",
        operations={
            "create": Operation(
                "POST", ("private",), "brainregion_create", "taxonomies", body=True
            ),
            "destroy": Operation(
                "DELETE", ("private",), "brainregion_destroy", "taxonomies", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "brainregion_list", "taxonomies", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "brainregion_partial_update", "taxonomies", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "brainregion_retrieve", "taxonomies", body=False
            ),
        },
        actions={},
        fields=("id", "name", "description", "acronym", "atlas"),
        read_only=("id",),
        relations={},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "acronym": "string",
            "atlas": "string",
        },
        id_type="uuid",
    ),
    "breeding": ModelInfo(
        name="breeding",
        app="stem",
        list_key="breedings",
        detail_key="breeding",
        operations={
            "create": Operation("POST", ("private",), "breeding_create", "stem", body=True),
            "destroy": Operation("DELETE", ("private",), "breeding_destroy", "stem", body=False),
            "list": Operation("GET", ("private", "public"), "breeding_list", "stem", body=False),
            "partial_update": Operation(
                "PATCH", ("private",), "breeding_partial_update", "stem", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "breeding_retrieve", "stem", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "name",
            "project",
            "mother",
            "father",
            "description",
            "tags",
            "birth_date",
            "start_date",
            "end_date",
            "weaning_date",
            "litter_size",
            "expected_genotype",
        ),
        read_only=("id",),
        relations={"project": "project", "mother": "subject", "father": "subject"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "project": "related",
            "mother": "related",
            "father": "related",
            "description": "string",
            "tags": "array",
            "birth_date": "date",
            "start_date": "date",
            "end_date": "date",
            "weaning_date": "date",
            "litter_size": "integer",
            "expected_genotype": "string",
        },
        id_type="uuid",
    ),
    "cohort": ModelInfo(
        name="cohort",
        app="stem",
        list_key="cohorts",
        detail_key="cohort",
        operations={
            "create": Operation("POST", ("private",), "cohort_create", "stem", body=True),
            "destroy": Operation("DELETE", ("private",), "cohort_destroy", "stem", body=False),
            "list": Operation("GET", ("private", "public"), "cohort_list", "stem", body=False),
            "partial_update": Operation(
                "PATCH", ("private",), "cohort_partial_update", "stem", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "cohort_retrieve", "stem", body=False
            ),
        },
        actions={},
        fields=("id", "name", "description", "project", "subjects", "tags"),
        read_only=("id",),
        relations={"project": "project", "subjects": "subject"},
        to_many=("subjects",),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "project": "related",
            "subjects": "array",
            "tags": "array",
        },
        id_type="uuid",
    ),
    "collection": ModelInfo(
        name="collection",
        app="stem",
        list_key="collections",
        detail_key="collection",
        operations={
            "create": Operation("POST", ("private",), "collection_create", "stem", body=True),
            "destroy": Operation("DELETE", ("private",), "collection_destroy", "stem", body=False),
            "list": Operation("GET", ("private", "public"), "collection_list", "stem", body=False),
            "partial_update": Operation(
                "PATCH", ("private",), "collection_partial_update", "stem", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "collection_retrieve", "stem", body=False
            ),
        },
        actions={},
        fields=("id", "name", "description", "project", "sessions", "tags"),
        read_only=("id",),
        relations={"project": "project", "sessions": "session"},
        to_many=("sessions",),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "project": "related",
            "sessions": "array",
            "tags": "array",
        },
        id_type="uuid",
    ),
    "consumable": ModelInfo(
        name="consumable",
        app="resources",
        list_key="consumables",
        detail_key="consumable",
        operations={
            "create": Operation("POST", ("private",), "consumable_create", "resources", body=True),
            "destroy": Operation(
                "DELETE", ("private",), "consumable_destroy", "resources", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "consumable_list", "resources", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "consumable_partial_update", "resources", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "consumable_retrieve", "resources", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "name",
            "description",
            "supplier",
            "type",
            "details",
            "rrid",
            "rrid_url",
            "external_identifiers",
            "comments",
        ),
        read_only=("id", "rrid_url"),
        relations={"supplier": "supplier"},
        to_many=(),
        unique=("name",),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "supplier": "related",
            "type": "string",
            "details": "object",
            "rrid": "string",
            "rrid_url": "string",
            "external_identifiers": "array",
            "comments": "string",
        },
        id_type="uuid",
    ),
    "consumableapproval": ModelInfo(
        name="consumableapproval",
        app="resources",
        list_key="consumable_approvals",
        detail_key="consumable_approval",
        operations={
            "list": Operation(
                "GET", ("private",), "consumableapproval_list", "resources", body=False
            ),
            "retrieve": Operation(
                "GET", ("private",), "consumableapproval_retrieve", "resources", body=False
            ),
        },
        actions={
            "accept": Operation(
                "PATCH", ("private",), "consumableapproval_accept", "resources", body=False
            ),
            "reject": Operation(
                "PATCH", ("private",), "consumableapproval_reject", "resources", body=False
            ),
        },
        fields=(
            "id",
            "name",
            "description",
            "supplier",
            "type",
            "details",
            "rrid",
            "rrid_url",
            "external_identifiers",
            "comments",
            "instance_id",
            "action",
            "reviewer",
            "status",
        ),
        read_only=("id", "rrid_url", "instance_id", "action", "reviewer", "status"),
        relations={"supplier": "supplier", "instance_id": "consumable", "reviewer": "user"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "supplier": "related",
            "type": "string",
            "details": "object",
            "rrid": "string",
            "rrid_url": "string",
            "external_identifiers": "array",
            "comments": "string",
            "instance_id": "related",
            "action": "string",
            "reviewer": "related",
            "status": "string",
        },
        id_type="uuid",
    ),
    "consumablestock": ModelInfo(
        name="consumablestock",
        app="modules",
        list_key="consumable stocks",
        detail_key="consumable stock",
        operations={
            "create": Operation(
                "POST", ("private",), "consumablestock_create", "modules", body=True
            ),
            "destroy": Operation(
                "DELETE", ("private",), "consumablestock_destroy", "modules", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "consumablestock_list", "modules", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "consumablestock_partial_update", "modules", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "consumablestock_retrieve", "modules", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "type",
            "status",
            "notes",
            "inventory",
            "acquisition_date",
            "expiration_date",
            "storage_location",
            "storage_conditions",
            "intended_use",
            "cost",
            "consumable",
            "details",
            "type_schema_version",
        ),
        read_only=("id",),
        relations={"inventory": "inventory", "consumable": "consumable"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "type": "string",
            "status": "string",
            "notes": "string",
            "inventory": "related",
            "acquisition_date": "date",
            "expiration_date": "date",
            "storage_location": "string",
            "storage_conditions": "string",
            "intended_use": "string",
            "cost": "string",
            "consumable": "related",
            "details": "object",
            "type_schema_version": "string",
        },
        id_type="uuid",
    ),
    "dataacquisition": ModelInfo(
        name="dataacquisition",
        app="modules",
        list_key="data_acquisitions",
        detail_key="data_acquisition",
        operations={
            "create": Operation(
                "POST", ("private",), "dataacquisition_create", "modules", body=True
            ),
            "destroy": Operation(
                "DELETE", ("private",), "dataacquisition_destroy", "modules", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "dataacquisition_list", "modules", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "dataacquisition_partial_update", "modules", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "dataacquisition_retrieve", "modules", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "type",
            "notes",
            "session",
            "procedures",
            "equipment",
            "details",
            "type_schema_version",
            "image",
            "order",
        ),
        read_only=("id", "image"),
        relations={"session": "session", "procedures": "procedure", "equipment": "equipment"},
        to_many=("procedures", "equipment"),
        unique=(),
        types={
            "id": "uuid",
            "type": "string",
            "notes": "string",
            "session": "related",
            "procedures": "array",
            "equipment": "array",
            "details": "object",
            "type_schema_version": "string",
            "image": "string",
            "order": "integer",
        },
        id_type="uuid",
    ),
    "datastorage": ModelInfo(
        name="datastorage",
        app="personal_attributes",
        list_key="datastorages",
        detail_key="datastorage",
        operations={
            "create": Operation(
                "POST", ("private",), "datastorage_create", "personal_attributes", body=True
            ),
            "destroy": Operation(
                "DELETE", ("private",), "datastorage_destroy", "personal_attributes", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "datastorage_list", "personal_attributes", body=False
            ),
            "partial_update": Operation(
                "PATCH",
                ("private",),
                "datastorage_partial_update",
                "personal_attributes",
                body=True,
            ),
            "retrieve": Operation(
                "GET",
                ("private", "public"),
                "datastorage_retrieve",
                "personal_attributes",
                body=False,
            ),
        },
        actions={},
        fields=(
            "id",
            "name",
            "location",
            "description",
            "is_public",
            "data_organization",
            "data_protocols",
        ),
        read_only=("id",),
        relations={},
        to_many=(),
        unique=("name",),
        types={
            "id": "uuid",
            "name": "string",
            "location": "string",
            "description": "string",
            "is_public": "boolean",
            "data_organization": "array",
            "data_protocols": "array",
        },
        id_type="uuid",
    ),
    "equipment": ModelInfo(
        name="equipment",
        app="modules",
        list_key="equipment",
        detail_key="equipment",
        operations={
            "create": Operation("POST", ("private",), "equipment_create", "modules", body=True),
            "destroy": Operation(
                "DELETE", ("private",), "equipment_destroy", "modules", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "equipment_list", "modules", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "equipment_partial_update", "modules", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "equipment_retrieve", "modules", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "name",
            "type",
            "notes",
            "setup",
            "date_time",
            "consumable",
            "hardwaredevice",
            "details",
            "type_schema_version",
            "coordinates_system",
            "coordinates_details",
            "coordinates_schema_version",
        ),
        read_only=("id",),
        relations={
            "setup": "setup",
            "consumable": "consumable",
            "hardwaredevice": "hardwaredevice",
        },
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "type": "string",
            "notes": "string",
            "setup": "related",
            "date_time": "date-time",
            "consumable": "related",
            "hardwaredevice": "related",
            "details": "object",
            "type_schema_version": "string",
            "coordinates_system": "string",
            "coordinates_details": "object",
            "coordinates_schema_version": "string",
        },
        id_type="uuid",
    ),
    "group": ModelInfo(
        name="group",
        app="users",
        list_key="groups",
        detail_key="group",
        operations={
            "create": Operation("POST", ("private",), "group_create", "users", body=True),
            "destroy": Operation("DELETE", ("private",), "group_destroy", "users", body=False),
            "list": Operation("GET", ("private", "public"), "group_list", "users", body=False),
            "partial_update": Operation(
                "PATCH", ("private",), "group_partial_update", "users", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "group_retrieve", "users", body=False
            ),
        },
        actions={
            "join": Operation("GET", ("private",), "group_join", "users", body=False),
            "leave": Operation("GET", ("private",), "group_leave", "users", body=False),
        },
        fields=("id", "name", "users"),
        read_only=("id",),
        relations={},
        to_many=(),
        unique=(),
        types={"id": "integer", "name": "string", "users": "object"},
        id_type="integer",
    ),
    "groupmembershipinvitation": ModelInfo(
        name="groupmembershipinvitation",
        app="users",
        list_key="group_membership_invitations",
        detail_key="group_membership_invitation",
        operations={
            "list": Operation(
                "GET", ("private",), "groupmembershipinvitation_list", "users", body=False
            ),
            "retrieve": Operation(
                "GET", ("private",), "groupmembershipinvitation_retrieve", "users", body=False
            ),
        },
        actions={
            "accept": Operation(
                "GET", ("private",), "groupmembershipinvitation_accept", "users", body=False
            ),
            "cancel": Operation(
                "GET", ("private",), "groupmembershipinvitation_cancel", "users", body=False
            ),
            "reject": Operation(
                "GET", ("private",), "groupmembershipinvitation_reject", "users", body=False
            ),
        },
        fields=("id", "user_account_invitation", "authgroup", "new_manager", "new_owner"),
        read_only=("id",),
        relations={"user_account_invitation": "user", "authgroup": "group"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "user_account_invitation": "related",
            "authgroup": "related",
            "new_manager": "boolean",
            "new_owner": "boolean",
        },
        id_type="uuid",
    ),
    "groupmembershiprequest": ModelInfo(
        name="groupmembershiprequest",
        app="users",
        list_key="group_membership_requests",
        detail_key="group_membership_request",
        operations={
            "list": Operation(
                "GET", ("private",), "groupmembershiprequest_list", "users", body=False
            ),
            "retrieve": Operation(
                "GET", ("private",), "groupmembershiprequest_retrieve", "users", body=False
            ),
        },
        actions={
            "accept": Operation(
                "GET", ("private",), "groupmembershiprequest_accept", "users", body=False
            ),
            "cancel": Operation(
                "GET", ("private",), "groupmembershiprequest_cancel", "users", body=False
            ),
            "reject": Operation(
                "GET", ("private",), "groupmembershiprequest_reject", "users", body=False
            ),
        },
        fields=("id", "user_account_request", "authgroup"),
        read_only=("id",),
        relations={"user_account_request": "user", "authgroup": "group"},
        to_many=(),
        unique=(),
        types={"id": "uuid", "user_account_request": "related", "authgroup": "related"},
        id_type="uuid",
    ),
    "hardwaredevice": ModelInfo(
        name="hardwaredevice",
        app="resources",
        list_key="hardwaredevices",
        detail_key="hardwaredevice",
        operations={
            "create": Operation(
                "POST", ("private",), "hardwaredevice_create", "resources", body=True
            ),
            "destroy": Operation(
                "DELETE", ("private",), "hardwaredevice_destroy", "resources", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "hardwaredevice_list", "resources", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "hardwaredevice_partial_update", "resources", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "hardwaredevice_retrieve", "resources", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "name",
            "description",
            "supplier",
            "rrid",
            "rrid_url",
            "external_identifiers",
            "comments",
        ),
        read_only=("id", "rrid_url"),
        relations={"supplier": "supplier"},
        to_many=(),
        unique=("name",),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "supplier": "related",
            "rrid": "string",
            "rrid_url": "string",
            "external_identifiers": "array",
            "comments": "string",
        },
        id_type="uuid",
    ),
    "hardwaredeviceapproval": ModelInfo(
        name="hardwaredeviceapproval",
        app="resources",
        list_key="hardwaredevice_approvals",
        detail_key="hardwaredevice_approval",
        operations={
            "list": Operation(
                "GET", ("private",), "hardwaredeviceapproval_list", "resources", body=False
            ),
            "retrieve": Operation(
                "GET", ("private",), "hardwaredeviceapproval_retrieve", "resources", body=False
            ),
        },
        actions={
            "accept": Operation(
                "PATCH", ("private",), "hardwaredeviceapproval_accept", "resources", body=False
            ),
            "reject": Operation(
                "PATCH", ("private",), "hardwaredeviceapproval_reject", "resources", body=False
            ),
        },
        fields=(
            "id",
            "name",
            "description",
            "supplier",
            "rrid",
            "rrid_url",
            "external_identifiers",
            "comments",
            "instance_id",
            "action",
            "reviewer",
            "status",
        ),
        read_only=("id", "rrid_url", "instance_id", "action", "reviewer", "status"),
        relations={"supplier": "supplier", "instance_id": "hardwaredevice", "reviewer": "user"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "supplier": "related",
            "rrid": "string",
            "rrid_url": "string",
            "external_identifiers": "array",
            "comments": "string",
            "instance_id": "related",
            "action": "string",
            "reviewer": "related",
            "status": "string",
        },
        id_type="uuid",
    ),
    "inventory": ModelInfo(
        name="inventory",
        app="personal_attributes",
        list_key="inventories",
        detail_key="inventory",
        operations={
            "create": Operation(
                "POST", ("private",), "inventory_create", "personal_attributes", body=True
            ),
            "destroy": Operation(
                "DELETE", ("private",), "inventory_destroy", "personal_attributes", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "inventory_list", "personal_attributes", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "inventory_partial_update", "personal_attributes", body=True
            ),
            "retrieve": Operation(
                "GET",
                ("private", "public"),
                "inventory_retrieve",
                "personal_attributes",
                body=False,
            ),
        },
        actions={},
        fields=("id", "name", "location", "description", "is_public"),
        read_only=("id",),
        relations={},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "location": "string",
            "description": "string",
            "is_public": "boolean",
        },
        id_type="uuid",
    ),
    "journal": ModelInfo(
        name="journal",
        app="dissemination",
        list_key="journals",
        detail_key="journal",
        operations={
            "create": Operation("POST", ("private",), "journal_create", "dissemination", body=True),
            "destroy": Operation(
                "DELETE", ("private",), "journal_destroy", "dissemination", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "journal_list", "dissemination", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "journal_partial_update", "dissemination", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "journal_retrieve", "dissemination", body=False
            ),
        },
        actions={},
        fields=("id", "name", "description", "website", "comments"),
        read_only=("id",),
        relations={},
        to_many=(),
        unique=("name",),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "website": "string",
            "comments": "string",
        },
        id_type="uuid",
    ),
    "journalapproval": ModelInfo(
        name="journalapproval",
        app="dissemination",
        list_key="journal_approvals",
        detail_key="journal_approval",
        operations={
            "list": Operation(
                "GET", ("private",), "journalapproval_list", "dissemination", body=False
            ),
            "retrieve": Operation(
                "GET", ("private",), "journalapproval_retrieve", "dissemination", body=False
            ),
        },
        actions={
            "accept": Operation(
                "PATCH", ("private",), "journalapproval_accept", "dissemination", body=False
            ),
            "reject": Operation(
                "PATCH", ("private",), "journalapproval_reject", "dissemination", body=False
            ),
        },
        fields=(
            "id",
            "name",
            "description",
            "website",
            "comments",
            "instance_id",
            "action",
            "reviewer",
            "status",
        ),
        read_only=("id", "instance_id", "action", "reviewer", "status"),
        relations={"instance_id": "journal", "reviewer": "user"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "website": "string",
            "comments": "string",
            "instance_id": "related",
            "action": "string",
            "reviewer": "related",
            "status": "string",
        },
        id_type="uuid",
    ),
    "laboratory": ModelInfo(
        name="laboratory",
        app="users",
        list_key="laboratories",
        detail_key="laboratory",
        operations={
            "create": Operation("POST", ("private",), "laboratory_create", "users", body=True),
            "destroy": Operation("DELETE", ("private",), "laboratory_destroy", "users", body=False),
            "list": Operation("GET", ("private", "public"), "laboratory_list", "users", body=False),
            "partial_update": Operation(
                "PATCH", ("private",), "laboratory_partial_update", "users", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "laboratory_retrieve", "users", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "group",
            "principal_investigators",
            "description",
            "website",
            "department",
            "institution",
            "city",
            "country",
        ),
        read_only=("id",),
        relations={"group": "group", "principal_investigators": "user"},
        to_many=("principal_investigators",),
        unique=(),
        types={
            "id": "uuid",
            "group": "related",
            "principal_investigators": "array",
            "description": "string",
            "website": "string",
            "department": "string",
            "institution": "string",
            "city": "string",
            "country": "string",
        },
        id_type="uuid",
    ),
    "license": ModelInfo(
        name="license",
        app="personal_attributes",
        list_key="licenses",
        detail_key="license",
        operations={
            "create": Operation(
                "POST", ("private",), "license_create", "personal_attributes", body=True
            ),
            "destroy": Operation(
                "DELETE", ("private",), "license_destroy", "personal_attributes", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "license_list", "personal_attributes", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "license_partial_update", "personal_attributes", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "license_retrieve", "personal_attributes", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "name",
            "type",
            "status",
            "description",
            "country",
            "regulatory_authority",
            "license_number",
            "license_document",
            "valid_from",
            "valid_until",
            "license_holders",
            "behavioralassays",
            "subjects",
            "procedures",
            "is_public",
        ),
        read_only=("id",),
        relations={
            "regulatory_authority": "regulatoryauthority",
            "license_holders": "user",
            "behavioralassays": "behavioralassay",
            "subjects": "subject",
            "procedures": "procedure",
        },
        to_many=("license_holders", "behavioralassays", "subjects", "procedures"),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "type": "string",
            "status": "string",
            "description": "string",
            "country": "string",
            "regulatory_authority": "related",
            "license_number": "string",
            "license_document": "string",
            "valid_from": "date",
            "valid_until": "date",
            "license_holders": "array",
            "behavioralassays": "array",
            "subjects": "array",
            "procedures": "array",
            "is_public": "boolean",
        },
        id_type="uuid",
    ),
    "manipulation": ModelInfo(
        name="manipulation",
        app="modules",
        list_key="manipulations",
        detail_key="manipulation",
        operations={
            "create": Operation("POST", ("private",), "manipulation_create", "modules", body=True),
            "destroy": Operation(
                "DELETE", ("private",), "manipulation_destroy", "modules", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "manipulation_list", "modules", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "manipulation_partial_update", "modules", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "manipulation_retrieve", "modules", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "type",
            "notes",
            "procedures",
            "session",
            "equipment",
            "details",
            "type_schema_version",
            "order",
        ),
        read_only=("id",),
        relations={"procedures": "procedure", "session": "session", "equipment": "equipment"},
        to_many=("procedures", "equipment"),
        unique=(),
        types={
            "id": "uuid",
            "type": "string",
            "notes": "string",
            "procedures": "array",
            "session": "related",
            "equipment": "array",
            "details": "any",
            "type_schema_version": "string",
            "order": "integer",
        },
        id_type="uuid",
    ),
    "procedure": ModelInfo(
        name="procedure",
        app="modules",
        list_key="procedures",
        detail_key="procedure",
        operations={
            "create": Operation("POST", ("private",), "procedure_create", "modules", body=True),
            "destroy": Operation(
                "DELETE", ("private",), "procedure_destroy", "modules", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "procedure_list", "modules", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "procedure_partial_update", "modules", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "procedure_retrieve", "modules", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "type",
            "notes",
            "subject",
            "date_time",
            "consumablestock",
            "equipment",
            "brain_region",
            "licenses",
            "details",
            "type_schema_version",
            "coordinates_system",
            "coordinates_details",
            "coordinates_schema_version",
            "created_at",
            "updated_at",
        ),
        read_only=("id", "created_at", "updated_at"),
        relations={
            "subject": "subject",
            "consumablestock": "consumablestock",
            "equipment": "equipment",
            "brain_region": "brainregion",
            "licenses": "license",
        },
        to_many=("equipment", "licenses"),
        unique=(),
        types={
            "id": "uuid",
            "type": "string",
            "notes": "string",
            "subject": "related",
            "date_time": "date-time",
            "consumablestock": "related",
            "equipment": "array",
            "brain_region": "related",
            "licenses": "array",
            "details": "object",
            "type_schema_version": "string",
            "coordinates_system": "string",
            "coordinates_details": "object",
            "coordinates_schema_version": "string",
            "created_at": "date-time",
            "updated_at": "date-time",
        },
        id_type="uuid",
    ),
    "procedurelog": ModelInfo(
        name="procedurelog",
        app="modules",
        list_key="procedure_logs",
        detail_key="procedure_log",
        operations={
            "create": Operation("POST", ("private",), "procedurelog_create", "modules", body=True),
            "destroy": Operation(
                "DELETE", ("private",), "procedurelog_destroy", "modules", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "procedurelog_list", "modules", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "procedurelog_partial_update", "modules", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "procedurelog_retrieve", "modules", body=False
            ),
        },
        actions={
            "add_entry": Operation(
                "PATCH", ("private",), "procedurelog_add_entry", "modules", body=True
            ),
            "change_entry": Operation(
                "PATCH", ("private",), "procedurelog_change_entry", "modules", body=True
            ),
            "remove_entry": Operation(
                "PATCH", ("private",), "procedurelog_remove_entry", "modules", body=True
            ),
        },
        fields=("id", "type", "description", "procedure", "entries"),
        read_only=("id", "entries"),
        relations={"procedure": "procedure"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "type": "string",
            "description": "string",
            "procedure": "related",
            "entries": "array",
        },
        id_type="uuid",
    ),
    "project": ModelInfo(
        name="project",
        app="stem",
        list_key="projects",
        detail_key="project",
        operations={
            "create": Operation("POST", ("private",), "project_create", "stem", body=True),
            "destroy": Operation("DELETE", ("private",), "project_destroy", "stem", body=False),
            "list": Operation("GET", ("private", "public"), "project_list", "stem", body=False),
            "partial_update": Operation(
                "PATCH", ("private",), "project_partial_update", "stem", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "project_retrieve", "stem", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "name",
            "description",
            "sessions",
            "subjects",
            "publications",
            "collections",
            "cohorts",
            "extra_fields",
            "is_public",
            "tags",
            "links",
            "users",
            "groups",
        ),
        read_only=("id", "sessions", "subjects", "collections", "cohorts", "links"),
        relations={
            "sessions": "session",
            "subjects": "subject",
            "publications": "publication",
            "collections": "collection",
            "cohorts": "cohort",
        },
        to_many=("sessions", "subjects", "publications", "collections", "cohorts"),
        unique=("name",),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "sessions": "array",
            "subjects": "array",
            "publications": "array",
            "collections": "array",
            "cohorts": "array",
            "extra_fields": "object",
            "is_public": "boolean",
            "tags": "array",
            "links": "object",
            "users": "object",
            "groups": "object",
        },
        id_type="uuid",
    ),
    "projectgroupmembershipinvitation": ModelInfo(
        name="projectgroupmembershipinvitation",
        app="stem",
        list_key="project_group_membership_invitations",
        detail_key="project_group_membership_invitation",
        operations={
            "list": Operation(
                "GET", ("private",), "projectgroupmembershipinvitation_list", "stem", body=False
            ),
            "retrieve": Operation(
                "GET", ("private",), "projectgroupmembershipinvitation_retrieve", "stem", body=False
            ),
        },
        actions={
            "accept": Operation(
                "GET", ("private",), "projectgroupmembershipinvitation_accept", "stem", body=False
            ),
            "cancel": Operation(
                "GET", ("private",), "projectgroupmembershipinvitation_cancel", "stem", body=False
            ),
            "reject": Operation(
                "GET", ("private",), "projectgroupmembershipinvitation_reject", "stem", body=False
            ),
        },
        fields=("id", "invitee", "project", "can_change", "manage_project", "own_project"),
        read_only=("id",),
        relations={"invitee": "group", "project": "project"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "invitee": "related",
            "project": "related",
            "can_change": "boolean",
            "manage_project": "boolean",
            "own_project": "boolean",
        },
        id_type="uuid",
    ),
    "projectmembershipinvitation": ModelInfo(
        name="projectmembershipinvitation",
        app="stem",
        list_key="project_membership_invitations",
        detail_key="project_membership_invitation",
        operations={
            "list": Operation(
                "GET", ("private",), "projectmembershipinvitation_list", "stem", body=False
            ),
            "retrieve": Operation(
                "GET", ("private",), "projectmembershipinvitation_retrieve", "stem", body=False
            ),
        },
        actions={
            "accept": Operation(
                "GET", ("private",), "projectmembershipinvitation_accept", "stem", body=False
            ),
            "cancel": Operation(
                "GET", ("private",), "projectmembershipinvitation_cancel", "stem", body=False
            ),
            "reject": Operation(
                "GET", ("private",), "projectmembershipinvitation_reject", "stem", body=False
            ),
        },
        fields=("id", "invitee", "project", "can_change", "manage_project", "own_project"),
        read_only=("id",),
        relations={"invitee": "user", "project": "project"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "invitee": "related",
            "project": "related",
            "can_change": "boolean",
            "manage_project": "boolean",
            "own_project": "boolean",
        },
        id_type="uuid",
    ),
    "publication": ModelInfo(
        name="publication",
        app="dissemination",
        list_key="publications",
        detail_key="publication",
        operations={
            "create": Operation(
                "POST", ("private",), "publication_create", "dissemination", body=True
            ),
            "destroy": Operation(
                "DELETE", ("private",), "publication_destroy", "dissemination", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "publication_list", "dissemination", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "publication_partial_update", "dissemination", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "publication_retrieve", "dissemination", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "title",
            "authors",
            "journal",
            "abstract",
            "doi",
            "publication_url",
            "pdf_url",
            "publication_date",
        ),
        read_only=("id",),
        relations={"journal": "journal"},
        to_many=(),
        unique=("title",),
        types={
            "id": "uuid",
            "title": "string",
            "authors": "string",
            "journal": "related",
            "abstract": "string",
            "doi": "string",
            "publication_url": "string",
            "pdf_url": "string",
            "publication_date": "date",
        },
        id_type="uuid",
    ),
    "regulatoryauthority": ModelInfo(
        name="regulatoryauthority",
        app="taxonomies",
        list_key="regulatoryauthorities",
        detail_key="regulatoryauthority",
        operations={
            "create": Operation(
                "POST", ("private",), "regulatoryauthority_create", "taxonomies", body=True
            ),
            "destroy": Operation(
                "DELETE", ("private",), "regulatoryauthority_destroy", "taxonomies", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "regulatoryauthority_list", "taxonomies", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "regulatoryauthority_partial_update", "taxonomies", body=True
            ),
            "retrieve": Operation(
                "GET",
                ("private", "public"),
                "regulatoryauthority_retrieve",
                "taxonomies",
                body=False,
            ),
        },
        actions={},
        fields=(
            "id",
            "name",
            "abbreviation",
            "country",
            "authority_type",
            "website",
            "description",
            "is_active",
            "comments",
        ),
        read_only=("id",),
        relations={},
        to_many=(),
        unique=("name",),
        types={
            "id": "uuid",
            "name": "string",
            "abbreviation": "string",
            "country": "string",
            "authority_type": "string",
            "website": "string",
            "description": "string",
            "is_active": "boolean",
            "comments": "string",
        },
        id_type="uuid",
    ),
    "regulatoryauthorityapproval": ModelInfo(
        name="regulatoryauthorityapproval",
        app="taxonomies",
        list_key="regulatoryauthority_approvals",
        detail_key="regulatoryauthority_approval",
        operations={
            "list": Operation(
                "GET", ("private",), "regulatoryauthorityapproval_list", "taxonomies", body=False
            ),
            "retrieve": Operation(
                "GET",
                ("private",),
                "regulatoryauthorityapproval_retrieve",
                "taxonomies",
                body=False,
            ),
        },
        actions={
            "accept": Operation(
                "PATCH",
                ("private",),
                "regulatoryauthorityapproval_accept",
                "taxonomies",
                body=False,
            ),
            "reject": Operation(
                "PATCH",
                ("private",),
                "regulatoryauthorityapproval_reject",
                "taxonomies",
                body=False,
            ),
        },
        fields=(
            "id",
            "name",
            "abbreviation",
            "country",
            "authority_type",
            "website",
            "description",
            "is_active",
            "comments",
            "instance_id",
            "action",
            "reviewer",
            "status",
        ),
        read_only=("id", "instance_id", "action", "reviewer", "status"),
        relations={"instance_id": "regulatoryauthority", "reviewer": "user"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "abbreviation": "string",
            "country": "string",
            "authority_type": "string",
            "website": "string",
            "description": "string",
            "is_active": "boolean",
            "comments": "string",
            "instance_id": "related",
            "action": "string",
            "reviewer": "related",
            "status": "string",
        },
        id_type="uuid",
    ),
    "session": ModelInfo(
        name="session",
        app="stem",
        list_key="sessions",
        detail_key="session",
        operations={
            "create": Operation("POST", ("private",), "session_create", "stem", body=True),
            "destroy": Operation("DELETE", ("private",), "session_destroy", "stem", body=False),
            "list": Operation("GET", ("private", "public"), "session_list", "stem", body=False),
            "partial_update": Operation(
                "PATCH", ("private",), "session_partial_update", "stem", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "session_retrieve", "stem", body=False
            ),
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
        to_many=(
            "projects",
            "epochs",
            "datastorage",
            "dataacquisition",
            "behaviors",
            "manipulations",
        ),
        unique=("name",),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "projects": "array",
            "date_time": "date-time",
            "epochs": "array",
            "datastorage": "array",
            "extra_fields": "object",
            "download_links": "array",
            "dataacquisition": "array",
            "behaviors": "array",
            "manipulations": "array",
            "name_used_in_storage": "string",
            "tags": "array",
            "links": "object",
        },
        id_type="uuid",
    ),
    "sessiondatastorage": ModelInfo(
        name="sessiondatastorage",
        app="stem",
        list_key="session_datastorages",
        detail_key="session_datastorage",
        operations={
            "create": Operation(
                "POST", ("private",), "sessiondatastorage_create", "stem", body=True
            ),
            "destroy": Operation(
                "DELETE", ("private",), "sessiondatastorage_destroy", "stem", body=False
            ),
            "list": Operation("GET", ("private",), "sessiondatastorage_list", "stem", body=False),
            "partial_update": Operation(
                "PATCH", ("private",), "sessiondatastorage_partial_update", "stem", body=True
            ),
            "retrieve": Operation(
                "GET", ("private",), "sessiondatastorage_retrieve", "stem", body=False
            ),
        },
        actions={},
        fields=("id", "session", "datastorage", "order"),
        read_only=("id",),
        relations={"session": "session", "datastorage": "datastorage"},
        to_many=(),
        unique=(),
        types={"id": "uuid", "session": "related", "datastorage": "related", "order": "integer"},
        id_type="uuid",
    ),
    "setup": ModelInfo(
        name="setup",
        app="personal_attributes",
        list_key="setups",
        detail_key="setup",
        operations={
            "create": Operation(
                "POST", ("private",), "setup_create", "personal_attributes", body=True
            ),
            "destroy": Operation(
                "DELETE", ("private",), "setup_destroy", "personal_attributes", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "setup_list", "personal_attributes", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "setup_partial_update", "personal_attributes", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "setup_retrieve", "personal_attributes", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "name",
            "location",
            "description",
            "setup_type",
            "specifications",
            "is_public",
            "image",
        ),
        read_only=("id",),
        relations={"setup_type": "setuptype"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "location": "string",
            "description": "string",
            "setup_type": "related",
            "specifications": "any",
            "is_public": "boolean",
            "image": "string",
        },
        id_type="uuid",
    ),
    "setuptype": ModelInfo(
        name="setuptype",
        app="taxonomies",
        list_key="setup_types",
        detail_key="setup_type",
        operations={
            "create": Operation("POST", ("private",), "setuptype_create", "taxonomies", body=True),
            "destroy": Operation(
                "DELETE", ("private",), "setuptype_destroy", "taxonomies", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "setuptype_list", "taxonomies", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "setuptype_partial_update", "taxonomies", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "setuptype_retrieve", "taxonomies", body=False
            ),
        },
        actions={},
        fields=("id", "name", "description", "category", "comments"),
        read_only=("id",),
        relations={},
        to_many=(),
        unique=("name",),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "category": "string",
            "comments": "string",
        },
        id_type="uuid",
    ),
    "setuptypeapproval": ModelInfo(
        name="setuptypeapproval",
        app="taxonomies",
        list_key="setup_type_approvals",
        detail_key="setup_type_approval",
        operations={
            "list": Operation(
                "GET", ("private",), "setuptypeapproval_list", "taxonomies", body=False
            ),
            "retrieve": Operation(
                "GET", ("private",), "setuptypeapproval_retrieve", "taxonomies", body=False
            ),
        },
        actions={
            "accept": Operation(
                "PATCH", ("private",), "setuptypeapproval_accept", "taxonomies", body=False
            ),
            "reject": Operation(
                "PATCH", ("private",), "setuptypeapproval_reject", "taxonomies", body=False
            ),
        },
        fields=(
            "id",
            "name",
            "description",
            "category",
            "comments",
            "instance_id",
            "action",
            "reviewer",
            "status",
        ),
        read_only=("id", "instance_id", "action", "reviewer", "status"),
        relations={"instance_id": "setuptype", "reviewer": "user"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "category": "string",
            "comments": "string",
            "instance_id": "related",
            "action": "string",
            "reviewer": "related",
            "status": "string",
        },
        id_type="uuid",
    ),
    "species": ModelInfo(
        name="species",
        app="taxonomies",
        list_key="species",
        detail_key="species",
        operations={
            "create": Operation("POST", ("private",), "species_create", "taxonomies", body=True),
            "destroy": Operation(
                "DELETE", ("private",), "species_destroy", "taxonomies", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "species_list", "taxonomies", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "species_partial_update", "taxonomies", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "species_retrieve", "taxonomies", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "name",
            "description",
            "rrid",
            "rrid_url",
            "external_identifiers",
            "comments",
        ),
        read_only=("id", "rrid_url"),
        relations={},
        to_many=(),
        unique=("name",),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "rrid": "string",
            "rrid_url": "string",
            "external_identifiers": "array",
            "comments": "string",
        },
        id_type="uuid",
    ),
    "speciesapproval": ModelInfo(
        name="speciesapproval",
        app="taxonomies",
        list_key="species_approvals",
        detail_key="species_approval",
        operations={
            "list": Operation(
                "GET", ("private",), "speciesapproval_list", "taxonomies", body=False
            ),
            "retrieve": Operation(
                "GET", ("private",), "speciesapproval_retrieve", "taxonomies", body=False
            ),
        },
        actions={
            "accept": Operation(
                "PATCH", ("private",), "speciesapproval_accept", "taxonomies", body=False
            ),
            "reject": Operation(
                "PATCH", ("private",), "speciesapproval_reject", "taxonomies", body=False
            ),
        },
        fields=(
            "id",
            "name",
            "description",
            "rrid",
            "rrid_url",
            "external_identifiers",
            "comments",
            "instance_id",
            "action",
            "reviewer",
            "status",
        ),
        read_only=("id", "rrid_url", "instance_id", "action", "reviewer", "status"),
        relations={"instance_id": "species", "reviewer": "user"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "rrid": "string",
            "rrid_url": "string",
            "external_identifiers": "array",
            "comments": "string",
            "instance_id": "related",
            "action": "string",
            "reviewer": "related",
            "status": "string",
        },
        id_type="uuid",
    ),
    "strain": ModelInfo(
        name="strain",
        app="taxonomies",
        list_key="strains",
        detail_key="strain",
        operations={
            "create": Operation("POST", ("private",), "strain_create", "taxonomies", body=True),
            "destroy": Operation(
                "DELETE", ("private",), "strain_destroy", "taxonomies", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "strain_list", "taxonomies", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "strain_partial_update", "taxonomies", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "strain_retrieve", "taxonomies", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "name",
            "description",
            "species",
            "rrid",
            "rrid_url",
            "external_identifiers",
            "comments",
        ),
        read_only=("id", "rrid_url"),
        relations={"species": "species"},
        to_many=(),
        unique=("name",),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "species": "related",
            "rrid": "string",
            "rrid_url": "string",
            "external_identifiers": "array",
            "comments": "string",
        },
        id_type="uuid",
    ),
    "strainapproval": ModelInfo(
        name="strainapproval",
        app="taxonomies",
        list_key="strain_approvals",
        detail_key="strain_approval",
        operations={
            "list": Operation("GET", ("private",), "strainapproval_list", "taxonomies", body=False),
            "retrieve": Operation(
                "GET", ("private",), "strainapproval_retrieve", "taxonomies", body=False
            ),
        },
        actions={
            "accept": Operation(
                "PATCH", ("private",), "strainapproval_accept", "taxonomies", body=False
            ),
            "reject": Operation(
                "PATCH", ("private",), "strainapproval_reject", "taxonomies", body=False
            ),
        },
        fields=(
            "id",
            "name",
            "description",
            "species",
            "rrid",
            "rrid_url",
            "external_identifiers",
            "comments",
            "instance_id",
            "action",
            "reviewer",
            "status",
        ),
        read_only=("id", "rrid_url", "instance_id", "action", "reviewer", "status"),
        relations={"species": "species", "instance_id": "strain", "reviewer": "user"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "species": "related",
            "rrid": "string",
            "rrid_url": "string",
            "external_identifiers": "array",
            "comments": "string",
            "instance_id": "related",
            "action": "string",
            "reviewer": "related",
            "status": "string",
        },
        id_type="uuid",
    ),
    "subject": ModelInfo(
        name="subject",
        app="stem",
        list_key="subjects",
        detail_key="subject",
        operations={
            "create": Operation("POST", ("private",), "subject_create", "stem", body=True),
            "destroy": Operation("DELETE", ("private",), "subject_destroy", "stem", body=False),
            "list": Operation("GET", ("private", "public"), "subject_list", "stem", body=False),
            "partial_update": Operation(
                "PATCH", ("private",), "subject_partial_update", "stem", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "subject_retrieve", "stem", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "name",
            "description",
            "projects",
            "licenses",
            "strain",
            "sex",
            "genetic_line",
            "genotype",
            "subject_identifier",
            "supplier",
            "breeding",
            "birth_date",
            "death_date",
            "status",
            "extra_fields",
            "procedures",
            "subjectlogs",
            "name_used_in_storage",
            "tags",
            "links",
        ),
        read_only=("id", "procedures", "subjectlogs", "links"),
        relations={
            "projects": "project",
            "licenses": "license",
            "strain": "strain",
            "supplier": "supplier",
            "breeding": "breeding",
            "procedures": "procedure",
            "subjectlogs": "subjectlog",
        },
        to_many=("projects", "licenses", "procedures", "subjectlogs"),
        unique=("name",),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "projects": "array",
            "licenses": "array",
            "strain": "related",
            "sex": "string",
            "genetic_line": "string",
            "genotype": "string",
            "subject_identifier": "string",
            "supplier": "related",
            "breeding": "related",
            "birth_date": "date",
            "death_date": "date",
            "status": "string",
            "extra_fields": "object",
            "procedures": "array",
            "subjectlogs": "array",
            "name_used_in_storage": "string",
            "tags": "array",
            "links": "object",
        },
        id_type="uuid",
    ),
    "subjectlog": ModelInfo(
        name="subjectlog",
        app="modules",
        list_key="subject_logs",
        detail_key="subject_log",
        operations={
            "create": Operation("POST", ("private",), "subjectlog_create", "modules", body=True),
            "destroy": Operation(
                "DELETE", ("private",), "subjectlog_destroy", "modules", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "subjectlog_list", "modules", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "subjectlog_partial_update", "modules", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "subjectlog_retrieve", "modules", body=False
            ),
        },
        actions={
            "add_entry": Operation(
                "PATCH", ("private",), "subjectlog_add_entry", "modules", body=True
            ),
            "change_entry": Operation(
                "PATCH", ("private",), "subjectlog_change_entry", "modules", body=True
            ),
            "remove_entry": Operation(
                "PATCH", ("private",), "subjectlog_remove_entry", "modules", body=True
            ),
        },
        fields=("id", "type", "description", "subject", "user", "entries"),
        read_only=("id", "user", "entries"),
        relations={"subject": "subject", "user": "user"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "type": "string",
            "description": "string",
            "subject": "related",
            "user": "related",
            "entries": "array",
        },
        id_type="uuid",
    ),
    "supplier": ModelInfo(
        name="supplier",
        app="resources",
        list_key="suppliers",
        detail_key="supplier",
        operations={
            "create": Operation("POST", ("private",), "supplier_create", "resources", body=True),
            "destroy": Operation(
                "DELETE", ("private",), "supplier_destroy", "resources", body=False
            ),
            "list": Operation(
                "GET", ("private", "public"), "supplier_list", "resources", body=False
            ),
            "partial_update": Operation(
                "PATCH", ("private",), "supplier_partial_update", "resources", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "supplier_retrieve", "resources", body=False
            ),
        },
        actions={},
        fields=("id", "name", "description", "website", "comments"),
        read_only=("id",),
        relations={},
        to_many=(),
        unique=("name",),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "website": "string",
            "comments": "string",
        },
        id_type="uuid",
    ),
    "supplierapproval": ModelInfo(
        name="supplierapproval",
        app="resources",
        list_key="supplier_approvals",
        detail_key="supplier_approval",
        operations={
            "list": Operation(
                "GET", ("private",), "supplierapproval_list", "resources", body=False
            ),
            "retrieve": Operation(
                "GET", ("private",), "supplierapproval_retrieve", "resources", body=False
            ),
        },
        actions={
            "accept": Operation(
                "PATCH", ("private",), "supplierapproval_accept", "resources", body=False
            ),
            "reject": Operation(
                "PATCH", ("private",), "supplierapproval_reject", "resources", body=False
            ),
        },
        fields=(
            "id",
            "name",
            "description",
            "website",
            "comments",
            "instance_id",
            "action",
            "reviewer",
            "status",
        ),
        read_only=("id", "instance_id", "action", "reviewer", "status"),
        relations={"instance_id": "supplier", "reviewer": "user"},
        to_many=(),
        unique=(),
        types={
            "id": "uuid",
            "name": "string",
            "description": "string",
            "website": "string",
            "comments": "string",
            "instance_id": "related",
            "action": "string",
            "reviewer": "related",
            "status": "string",
        },
        id_type="uuid",
    ),
    "user": ModelInfo(
        name="user",
        app="users",
        list_key="users",
        detail_key="user",
        operations={
            "destroy": Operation("DELETE", ("private",), "user_destroy", "users", body=False),
            "list": Operation("GET", ("private", "public"), "user_list", "users", body=False),
            "partial_update": Operation(
                "PATCH", ("private",), "user_partial_update", "users", body=True
            ),
            "retrieve": Operation(
                "GET", ("private", "public"), "user_retrieve", "users", body=False
            ),
        },
        actions={},
        fields=(
            "id",
            "email",
            "first_name",
            "last_name",
            "groups_own_json",
            "website",
            "google_scholar",
            "orcid_id",
            "atlas_preference",
            "active_projects",
        ),
        read_only=("id", "groups_own_json"),
        relations={"active_projects": "project"},
        to_many=("active_projects",),
        unique=("email",),
        types={
            "id": "integer",
            "email": "string",
            "first_name": "string",
            "last_name": "string",
            "groups_own_json": "array",
            "website": "string",
            "google_scholar": "string",
            "orcid_id": "string",
            "atlas_preference": "string",
            "active_projects": "array",
        },
        id_type="integer",
    ),
}

APPS: tuple[str, ...] = (
    "dissemination",
    "modules",
    "personal_attributes",
    "resources",
    "stem",
    "taxonomies",
    "users",
)

# info.version of openapi.yaml
SPEC_VERSION = "1.0.0"
