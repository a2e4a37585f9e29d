"""The generated endpoint module of each operation.

Derived from openapi.yaml by scripts/derive_tables.py: do not edit. Run `make generate` after
changing openapi.yaml; `make check-generated` fails on drift.

Each function returns the generated module serving one kind of operation of a model,
typed as the protocol the handwritten layer calls it through (`_endpoint_types.py`):
when a spec change breaks a call, mypy (`make lint`) says so. Each module is imported on
first use only.
"""

from __future__ import annotations

TYPE_CHECKING = False
if TYPE_CHECKING:
    from brainstem_api_tools._endpoint_types import (
        ActionEndpoint,
        BodyActionEndpoint,
        CreateEndpoint,
        DestroyEndpoint,
        ListEndpoint,
        RetrieveEndpoint,
        UpdateEndpoint,
    )


def list_endpoint(model: str) -> ListEndpoint:
    match model:
        case "behavior":
            from brainstem_api_client.api.modules import behavior_list

            return behavior_list
        case "behavioralassay":
            from brainstem_api_client.api.personal_attributes import behavioralassay_list

            return behavioralassay_list
        case "behavioralcategory":
            from brainstem_api_client.api.taxonomies import behavioralcategory_list

            return behavioralcategory_list
        case "behavioralcategoryapproval":
            from brainstem_api_client.api.taxonomies import behavioralcategoryapproval_list

            return behavioralcategoryapproval_list
        case "behavioralparadigm":
            from brainstem_api_client.api.taxonomies import behavioralparadigm_list

            return behavioralparadigm_list
        case "behavioralparadigmapproval":
            from brainstem_api_client.api.taxonomies import behavioralparadigmapproval_list

            return behavioralparadigmapproval_list
        case "brainregion":
            from brainstem_api_client.api.taxonomies import brainregion_list

            return brainregion_list
        case "breeding":
            from brainstem_api_client.api.stem import breeding_list

            return breeding_list
        case "cohort":
            from brainstem_api_client.api.stem import cohort_list

            return cohort_list
        case "collection":
            from brainstem_api_client.api.stem import collection_list

            return collection_list
        case "consumable":
            from brainstem_api_client.api.resources import consumable_list

            return consumable_list
        case "consumableapproval":
            from brainstem_api_client.api.resources import consumableapproval_list

            return consumableapproval_list
        case "consumablestock":
            from brainstem_api_client.api.modules import consumablestock_list

            return consumablestock_list
        case "dataacquisition":
            from brainstem_api_client.api.modules import dataacquisition_list

            return dataacquisition_list
        case "datastorage":
            from brainstem_api_client.api.personal_attributes import datastorage_list

            return datastorage_list
        case "equipment":
            from brainstem_api_client.api.modules import equipment_list

            return equipment_list
        case "group":
            from brainstem_api_client.api.users import group_list

            return group_list
        case "groupmembershipinvitation":
            from brainstem_api_client.api.users import groupmembershipinvitation_list

            return groupmembershipinvitation_list
        case "groupmembershiprequest":
            from brainstem_api_client.api.users import groupmembershiprequest_list

            return groupmembershiprequest_list
        case "hardwaredevice":
            from brainstem_api_client.api.resources import hardwaredevice_list

            return hardwaredevice_list
        case "hardwaredeviceapproval":
            from brainstem_api_client.api.resources import hardwaredeviceapproval_list

            return hardwaredeviceapproval_list
        case "inventory":
            from brainstem_api_client.api.personal_attributes import inventory_list

            return inventory_list
        case "journal":
            from brainstem_api_client.api.dissemination import journal_list

            return journal_list
        case "journalapproval":
            from brainstem_api_client.api.dissemination import journalapproval_list

            return journalapproval_list
        case "laboratory":
            from brainstem_api_client.api.users import laboratory_list

            return laboratory_list
        case "license":
            from brainstem_api_client.api.personal_attributes import license_list

            return license_list
        case "manipulation":
            from brainstem_api_client.api.modules import manipulation_list

            return manipulation_list
        case "procedure":
            from brainstem_api_client.api.modules import procedure_list

            return procedure_list
        case "procedurelog":
            from brainstem_api_client.api.modules import procedurelog_list

            return procedurelog_list
        case "project":
            from brainstem_api_client.api.stem import project_list

            return project_list
        case "projectgroupmembershipinvitation":
            from brainstem_api_client.api.stem import projectgroupmembershipinvitation_list

            return projectgroupmembershipinvitation_list
        case "projectmembershipinvitation":
            from brainstem_api_client.api.stem import projectmembershipinvitation_list

            return projectmembershipinvitation_list
        case "publication":
            from brainstem_api_client.api.dissemination import publication_list

            return publication_list
        case "regulatoryauthority":
            from brainstem_api_client.api.taxonomies import regulatoryauthority_list

            return regulatoryauthority_list
        case "regulatoryauthorityapproval":
            from brainstem_api_client.api.taxonomies import regulatoryauthorityapproval_list

            return regulatoryauthorityapproval_list
        case "session":
            from brainstem_api_client.api.stem import session_list

            return session_list
        case "sessiondatastorage":
            from brainstem_api_client.api.stem import sessiondatastorage_list

            return sessiondatastorage_list
        case "setup":
            from brainstem_api_client.api.personal_attributes import setup_list

            return setup_list
        case "setuptype":
            from brainstem_api_client.api.taxonomies import setuptype_list

            return setuptype_list
        case "setuptypeapproval":
            from brainstem_api_client.api.taxonomies import setuptypeapproval_list

            return setuptypeapproval_list
        case "species":
            from brainstem_api_client.api.taxonomies import species_list

            return species_list
        case "speciesapproval":
            from brainstem_api_client.api.taxonomies import speciesapproval_list

            return speciesapproval_list
        case "strain":
            from brainstem_api_client.api.taxonomies import strain_list

            return strain_list
        case "strainapproval":
            from brainstem_api_client.api.taxonomies import strainapproval_list

            return strainapproval_list
        case "subject":
            from brainstem_api_client.api.stem import subject_list

            return subject_list
        case "subjectlog":
            from brainstem_api_client.api.modules import subjectlog_list

            return subjectlog_list
        case "supplier":
            from brainstem_api_client.api.resources import supplier_list

            return supplier_list
        case "supplierapproval":
            from brainstem_api_client.api.resources import supplierapproval_list

            return supplierapproval_list
        case "user":
            from brainstem_api_client.api.users import user_list

            return user_list
    raise LookupError(f"no list operation for {model!r}")


def retrieve_endpoint(model: str) -> RetrieveEndpoint:
    match model:
        case "behavior":
            from brainstem_api_client.api.modules import behavior_retrieve

            return behavior_retrieve
        case "behavioralassay":
            from brainstem_api_client.api.personal_attributes import behavioralassay_retrieve

            return behavioralassay_retrieve
        case "behavioralcategory":
            from brainstem_api_client.api.taxonomies import behavioralcategory_retrieve

            return behavioralcategory_retrieve
        case "behavioralcategoryapproval":
            from brainstem_api_client.api.taxonomies import behavioralcategoryapproval_retrieve

            return behavioralcategoryapproval_retrieve
        case "behavioralparadigm":
            from brainstem_api_client.api.taxonomies import behavioralparadigm_retrieve

            return behavioralparadigm_retrieve
        case "behavioralparadigmapproval":
            from brainstem_api_client.api.taxonomies import behavioralparadigmapproval_retrieve

            return behavioralparadigmapproval_retrieve
        case "brainregion":
            from brainstem_api_client.api.taxonomies import brainregion_retrieve

            return brainregion_retrieve
        case "breeding":
            from brainstem_api_client.api.stem import breeding_retrieve

            return breeding_retrieve
        case "cohort":
            from brainstem_api_client.api.stem import cohort_retrieve

            return cohort_retrieve
        case "collection":
            from brainstem_api_client.api.stem import collection_retrieve

            return collection_retrieve
        case "consumable":
            from brainstem_api_client.api.resources import consumable_retrieve

            return consumable_retrieve
        case "consumableapproval":
            from brainstem_api_client.api.resources import consumableapproval_retrieve

            return consumableapproval_retrieve
        case "consumablestock":
            from brainstem_api_client.api.modules import consumablestock_retrieve

            return consumablestock_retrieve
        case "dataacquisition":
            from brainstem_api_client.api.modules import dataacquisition_retrieve

            return dataacquisition_retrieve
        case "datastorage":
            from brainstem_api_client.api.personal_attributes import datastorage_retrieve

            return datastorage_retrieve
        case "equipment":
            from brainstem_api_client.api.modules import equipment_retrieve

            return equipment_retrieve
        case "group":
            from brainstem_api_client.api.users import group_retrieve

            return group_retrieve
        case "groupmembershipinvitation":
            from brainstem_api_client.api.users import groupmembershipinvitation_retrieve

            return groupmembershipinvitation_retrieve
        case "groupmembershiprequest":
            from brainstem_api_client.api.users import groupmembershiprequest_retrieve

            return groupmembershiprequest_retrieve
        case "hardwaredevice":
            from brainstem_api_client.api.resources import hardwaredevice_retrieve

            return hardwaredevice_retrieve
        case "hardwaredeviceapproval":
            from brainstem_api_client.api.resources import hardwaredeviceapproval_retrieve

            return hardwaredeviceapproval_retrieve
        case "inventory":
            from brainstem_api_client.api.personal_attributes import inventory_retrieve

            return inventory_retrieve
        case "journal":
            from brainstem_api_client.api.dissemination import journal_retrieve

            return journal_retrieve
        case "journalapproval":
            from brainstem_api_client.api.dissemination import journalapproval_retrieve

            return journalapproval_retrieve
        case "laboratory":
            from brainstem_api_client.api.users import laboratory_retrieve

            return laboratory_retrieve
        case "license":
            from brainstem_api_client.api.personal_attributes import license_retrieve

            return license_retrieve
        case "manipulation":
            from brainstem_api_client.api.modules import manipulation_retrieve

            return manipulation_retrieve
        case "procedure":
            from brainstem_api_client.api.modules import procedure_retrieve

            return procedure_retrieve
        case "procedurelog":
            from brainstem_api_client.api.modules import procedurelog_retrieve

            return procedurelog_retrieve
        case "project":
            from brainstem_api_client.api.stem import project_retrieve

            return project_retrieve
        case "projectgroupmembershipinvitation":
            from brainstem_api_client.api.stem import projectgroupmembershipinvitation_retrieve

            return projectgroupmembershipinvitation_retrieve
        case "projectmembershipinvitation":
            from brainstem_api_client.api.stem import projectmembershipinvitation_retrieve

            return projectmembershipinvitation_retrieve
        case "publication":
            from brainstem_api_client.api.dissemination import publication_retrieve

            return publication_retrieve
        case "regulatoryauthority":
            from brainstem_api_client.api.taxonomies import regulatoryauthority_retrieve

            return regulatoryauthority_retrieve
        case "regulatoryauthorityapproval":
            from brainstem_api_client.api.taxonomies import regulatoryauthorityapproval_retrieve

            return regulatoryauthorityapproval_retrieve
        case "session":
            from brainstem_api_client.api.stem import session_retrieve

            return session_retrieve
        case "sessiondatastorage":
            from brainstem_api_client.api.stem import sessiondatastorage_retrieve

            return sessiondatastorage_retrieve
        case "setup":
            from brainstem_api_client.api.personal_attributes import setup_retrieve

            return setup_retrieve
        case "setuptype":
            from brainstem_api_client.api.taxonomies import setuptype_retrieve

            return setuptype_retrieve
        case "setuptypeapproval":
            from brainstem_api_client.api.taxonomies import setuptypeapproval_retrieve

            return setuptypeapproval_retrieve
        case "species":
            from brainstem_api_client.api.taxonomies import species_retrieve

            return species_retrieve
        case "speciesapproval":
            from brainstem_api_client.api.taxonomies import speciesapproval_retrieve

            return speciesapproval_retrieve
        case "strain":
            from brainstem_api_client.api.taxonomies import strain_retrieve

            return strain_retrieve
        case "strainapproval":
            from brainstem_api_client.api.taxonomies import strainapproval_retrieve

            return strainapproval_retrieve
        case "subject":
            from brainstem_api_client.api.stem import subject_retrieve

            return subject_retrieve
        case "subjectlog":
            from brainstem_api_client.api.modules import subjectlog_retrieve

            return subjectlog_retrieve
        case "supplier":
            from brainstem_api_client.api.resources import supplier_retrieve

            return supplier_retrieve
        case "supplierapproval":
            from brainstem_api_client.api.resources import supplierapproval_retrieve

            return supplierapproval_retrieve
        case "user":
            from brainstem_api_client.api.users import user_retrieve

            return user_retrieve
    raise LookupError(f"no retrieve operation for {model!r}")


def create_endpoint(model: str) -> CreateEndpoint:
    match model:
        case "behavior":
            from brainstem_api_client.api.modules import behavior_create

            return behavior_create
        case "behavioralassay":
            from brainstem_api_client.api.personal_attributes import behavioralassay_create

            return behavioralassay_create
        case "behavioralcategory":
            from brainstem_api_client.api.taxonomies import behavioralcategory_create

            return behavioralcategory_create
        case "behavioralparadigm":
            from brainstem_api_client.api.taxonomies import behavioralparadigm_create

            return behavioralparadigm_create
        case "brainregion":
            from brainstem_api_client.api.taxonomies import brainregion_create

            return brainregion_create
        case "breeding":
            from brainstem_api_client.api.stem import breeding_create

            return breeding_create
        case "cohort":
            from brainstem_api_client.api.stem import cohort_create

            return cohort_create
        case "collection":
            from brainstem_api_client.api.stem import collection_create

            return collection_create
        case "consumable":
            from brainstem_api_client.api.resources import consumable_create

            return consumable_create
        case "consumablestock":
            from brainstem_api_client.api.modules import consumablestock_create

            return consumablestock_create
        case "dataacquisition":
            from brainstem_api_client.api.modules import dataacquisition_create

            return dataacquisition_create
        case "datastorage":
            from brainstem_api_client.api.personal_attributes import datastorage_create

            return datastorage_create
        case "equipment":
            from brainstem_api_client.api.modules import equipment_create

            return equipment_create
        case "group":
            from brainstem_api_client.api.users import group_create

            return group_create
        case "hardwaredevice":
            from brainstem_api_client.api.resources import hardwaredevice_create

            return hardwaredevice_create
        case "inventory":
            from brainstem_api_client.api.personal_attributes import inventory_create

            return inventory_create
        case "journal":
            from brainstem_api_client.api.dissemination import journal_create

            return journal_create
        case "laboratory":
            from brainstem_api_client.api.users import laboratory_create

            return laboratory_create
        case "license":
            from brainstem_api_client.api.personal_attributes import license_create

            return license_create
        case "manipulation":
            from brainstem_api_client.api.modules import manipulation_create

            return manipulation_create
        case "procedure":
            from brainstem_api_client.api.modules import procedure_create

            return procedure_create
        case "procedurelog":
            from brainstem_api_client.api.modules import procedurelog_create

            return procedurelog_create
        case "project":
            from brainstem_api_client.api.stem import project_create

            return project_create
        case "publication":
            from brainstem_api_client.api.dissemination import publication_create

            return publication_create
        case "regulatoryauthority":
            from brainstem_api_client.api.taxonomies import regulatoryauthority_create

            return regulatoryauthority_create
        case "session":
            from brainstem_api_client.api.stem import session_create

            return session_create
        case "sessiondatastorage":
            from brainstem_api_client.api.stem import sessiondatastorage_create

            return sessiondatastorage_create
        case "setup":
            from brainstem_api_client.api.personal_attributes import setup_create

            return setup_create
        case "setuptype":
            from brainstem_api_client.api.taxonomies import setuptype_create

            return setuptype_create
        case "species":
            from brainstem_api_client.api.taxonomies import species_create

            return species_create
        case "strain":
            from brainstem_api_client.api.taxonomies import strain_create

            return strain_create
        case "subject":
            from brainstem_api_client.api.stem import subject_create

            return subject_create
        case "subjectlog":
            from brainstem_api_client.api.modules import subjectlog_create

            return subjectlog_create
        case "supplier":
            from brainstem_api_client.api.resources import supplier_create

            return supplier_create
    raise LookupError(f"no create operation for {model!r}")


def partial_update_endpoint(model: str) -> UpdateEndpoint:
    match model:
        case "behavior":
            from brainstem_api_client.api.modules import behavior_partial_update

            return behavior_partial_update
        case "behavioralassay":
            from brainstem_api_client.api.personal_attributes import behavioralassay_partial_update

            return behavioralassay_partial_update
        case "behavioralcategory":
            from brainstem_api_client.api.taxonomies import behavioralcategory_partial_update

            return behavioralcategory_partial_update
        case "behavioralparadigm":
            from brainstem_api_client.api.taxonomies import behavioralparadigm_partial_update

            return behavioralparadigm_partial_update
        case "brainregion":
            from brainstem_api_client.api.taxonomies import brainregion_partial_update

            return brainregion_partial_update
        case "breeding":
            from brainstem_api_client.api.stem import breeding_partial_update

            return breeding_partial_update
        case "cohort":
            from brainstem_api_client.api.stem import cohort_partial_update

            return cohort_partial_update
        case "collection":
            from brainstem_api_client.api.stem import collection_partial_update

            return collection_partial_update
        case "consumable":
            from brainstem_api_client.api.resources import consumable_partial_update

            return consumable_partial_update
        case "consumablestock":
            from brainstem_api_client.api.modules import consumablestock_partial_update

            return consumablestock_partial_update
        case "dataacquisition":
            from brainstem_api_client.api.modules import dataacquisition_partial_update

            return dataacquisition_partial_update
        case "datastorage":
            from brainstem_api_client.api.personal_attributes import datastorage_partial_update

            return datastorage_partial_update
        case "equipment":
            from brainstem_api_client.api.modules import equipment_partial_update

            return equipment_partial_update
        case "group":
            from brainstem_api_client.api.users import group_partial_update

            return group_partial_update
        case "hardwaredevice":
            from brainstem_api_client.api.resources import hardwaredevice_partial_update

            return hardwaredevice_partial_update
        case "inventory":
            from brainstem_api_client.api.personal_attributes import inventory_partial_update

            return inventory_partial_update
        case "journal":
            from brainstem_api_client.api.dissemination import journal_partial_update

            return journal_partial_update
        case "laboratory":
            from brainstem_api_client.api.users import laboratory_partial_update

            return laboratory_partial_update
        case "license":
            from brainstem_api_client.api.personal_attributes import license_partial_update

            return license_partial_update
        case "manipulation":
            from brainstem_api_client.api.modules import manipulation_partial_update

            return manipulation_partial_update
        case "procedure":
            from brainstem_api_client.api.modules import procedure_partial_update

            return procedure_partial_update
        case "procedurelog":
            from brainstem_api_client.api.modules import procedurelog_partial_update

            return procedurelog_partial_update
        case "project":
            from brainstem_api_client.api.stem import project_partial_update

            return project_partial_update
        case "publication":
            from brainstem_api_client.api.dissemination import publication_partial_update

            return publication_partial_update
        case "regulatoryauthority":
            from brainstem_api_client.api.taxonomies import regulatoryauthority_partial_update

            return regulatoryauthority_partial_update
        case "session":
            from brainstem_api_client.api.stem import session_partial_update

            return session_partial_update
        case "sessiondatastorage":
            from brainstem_api_client.api.stem import sessiondatastorage_partial_update

            return sessiondatastorage_partial_update
        case "setup":
            from brainstem_api_client.api.personal_attributes import setup_partial_update

            return setup_partial_update
        case "setuptype":
            from brainstem_api_client.api.taxonomies import setuptype_partial_update

            return setuptype_partial_update
        case "species":
            from brainstem_api_client.api.taxonomies import species_partial_update

            return species_partial_update
        case "strain":
            from brainstem_api_client.api.taxonomies import strain_partial_update

            return strain_partial_update
        case "subject":
            from brainstem_api_client.api.stem import subject_partial_update

            return subject_partial_update
        case "subjectlog":
            from brainstem_api_client.api.modules import subjectlog_partial_update

            return subjectlog_partial_update
        case "supplier":
            from brainstem_api_client.api.resources import supplier_partial_update

            return supplier_partial_update
        case "user":
            from brainstem_api_client.api.users import user_partial_update

            return user_partial_update
    raise LookupError(f"no partial update operation for {model!r}")


def destroy_endpoint(model: str) -> DestroyEndpoint:
    match model:
        case "behavior":
            from brainstem_api_client.api.modules import behavior_destroy

            return behavior_destroy
        case "behavioralassay":
            from brainstem_api_client.api.personal_attributes import behavioralassay_destroy

            return behavioralassay_destroy
        case "behavioralcategory":
            from brainstem_api_client.api.taxonomies import behavioralcategory_destroy

            return behavioralcategory_destroy
        case "behavioralparadigm":
            from brainstem_api_client.api.taxonomies import behavioralparadigm_destroy

            return behavioralparadigm_destroy
        case "brainregion":
            from brainstem_api_client.api.taxonomies import brainregion_destroy

            return brainregion_destroy
        case "breeding":
            from brainstem_api_client.api.stem import breeding_destroy

            return breeding_destroy
        case "cohort":
            from brainstem_api_client.api.stem import cohort_destroy

            return cohort_destroy
        case "collection":
            from brainstem_api_client.api.stem import collection_destroy

            return collection_destroy
        case "consumable":
            from brainstem_api_client.api.resources import consumable_destroy

            return consumable_destroy
        case "consumablestock":
            from brainstem_api_client.api.modules import consumablestock_destroy

            return consumablestock_destroy
        case "dataacquisition":
            from brainstem_api_client.api.modules import dataacquisition_destroy

            return dataacquisition_destroy
        case "datastorage":
            from brainstem_api_client.api.personal_attributes import datastorage_destroy

            return datastorage_destroy
        case "equipment":
            from brainstem_api_client.api.modules import equipment_destroy

            return equipment_destroy
        case "group":
            from brainstem_api_client.api.users import group_destroy

            return group_destroy
        case "hardwaredevice":
            from brainstem_api_client.api.resources import hardwaredevice_destroy

            return hardwaredevice_destroy
        case "inventory":
            from brainstem_api_client.api.personal_attributes import inventory_destroy

            return inventory_destroy
        case "journal":
            from brainstem_api_client.api.dissemination import journal_destroy

            return journal_destroy
        case "laboratory":
            from brainstem_api_client.api.users import laboratory_destroy

            return laboratory_destroy
        case "license":
            from brainstem_api_client.api.personal_attributes import license_destroy

            return license_destroy
        case "manipulation":
            from brainstem_api_client.api.modules import manipulation_destroy

            return manipulation_destroy
        case "procedure":
            from brainstem_api_client.api.modules import procedure_destroy

            return procedure_destroy
        case "procedurelog":
            from brainstem_api_client.api.modules import procedurelog_destroy

            return procedurelog_destroy
        case "project":
            from brainstem_api_client.api.stem import project_destroy

            return project_destroy
        case "publication":
            from brainstem_api_client.api.dissemination import publication_destroy

            return publication_destroy
        case "regulatoryauthority":
            from brainstem_api_client.api.taxonomies import regulatoryauthority_destroy

            return regulatoryauthority_destroy
        case "session":
            from brainstem_api_client.api.stem import session_destroy

            return session_destroy
        case "sessiondatastorage":
            from brainstem_api_client.api.stem import sessiondatastorage_destroy

            return sessiondatastorage_destroy
        case "setup":
            from brainstem_api_client.api.personal_attributes import setup_destroy

            return setup_destroy
        case "setuptype":
            from brainstem_api_client.api.taxonomies import setuptype_destroy

            return setuptype_destroy
        case "species":
            from brainstem_api_client.api.taxonomies import species_destroy

            return species_destroy
        case "strain":
            from brainstem_api_client.api.taxonomies import strain_destroy

            return strain_destroy
        case "subject":
            from brainstem_api_client.api.stem import subject_destroy

            return subject_destroy
        case "subjectlog":
            from brainstem_api_client.api.modules import subjectlog_destroy

            return subjectlog_destroy
        case "supplier":
            from brainstem_api_client.api.resources import supplier_destroy

            return supplier_destroy
        case "user":
            from brainstem_api_client.api.users import user_destroy

            return user_destroy
    raise LookupError(f"no destroy operation for {model!r}")


def action_endpoint(key: tuple[str, str]) -> ActionEndpoint:
    match key:
        case ("behavioralcategoryapproval", "accept"):
            from brainstem_api_client.api.taxonomies import behavioralcategoryapproval_accept

            return behavioralcategoryapproval_accept
        case ("behavioralcategoryapproval", "reject"):
            from brainstem_api_client.api.taxonomies import behavioralcategoryapproval_reject

            return behavioralcategoryapproval_reject
        case ("behavioralparadigmapproval", "accept"):
            from brainstem_api_client.api.taxonomies import behavioralparadigmapproval_accept

            return behavioralparadigmapproval_accept
        case ("behavioralparadigmapproval", "reject"):
            from brainstem_api_client.api.taxonomies import behavioralparadigmapproval_reject

            return behavioralparadigmapproval_reject
        case ("consumableapproval", "accept"):
            from brainstem_api_client.api.resources import consumableapproval_accept

            return consumableapproval_accept
        case ("consumableapproval", "reject"):
            from brainstem_api_client.api.resources import consumableapproval_reject

            return consumableapproval_reject
        case ("group", "join"):
            from brainstem_api_client.api.users import group_join

            return group_join
        case ("group", "leave"):
            from brainstem_api_client.api.users import group_leave

            return group_leave
        case ("groupmembershipinvitation", "accept"):
            from brainstem_api_client.api.users import groupmembershipinvitation_accept

            return groupmembershipinvitation_accept
        case ("groupmembershipinvitation", "cancel"):
            from brainstem_api_client.api.users import groupmembershipinvitation_cancel

            return groupmembershipinvitation_cancel
        case ("groupmembershipinvitation", "reject"):
            from brainstem_api_client.api.users import groupmembershipinvitation_reject

            return groupmembershipinvitation_reject
        case ("groupmembershiprequest", "accept"):
            from brainstem_api_client.api.users import groupmembershiprequest_accept

            return groupmembershiprequest_accept
        case ("groupmembershiprequest", "cancel"):
            from brainstem_api_client.api.users import groupmembershiprequest_cancel

            return groupmembershiprequest_cancel
        case ("groupmembershiprequest", "reject"):
            from brainstem_api_client.api.users import groupmembershiprequest_reject

            return groupmembershiprequest_reject
        case ("hardwaredeviceapproval", "accept"):
            from brainstem_api_client.api.resources import hardwaredeviceapproval_accept

            return hardwaredeviceapproval_accept
        case ("hardwaredeviceapproval", "reject"):
            from brainstem_api_client.api.resources import hardwaredeviceapproval_reject

            return hardwaredeviceapproval_reject
        case ("journalapproval", "accept"):
            from brainstem_api_client.api.dissemination import journalapproval_accept

            return journalapproval_accept
        case ("journalapproval", "reject"):
            from brainstem_api_client.api.dissemination import journalapproval_reject

            return journalapproval_reject
        case ("projectgroupmembershipinvitation", "accept"):
            from brainstem_api_client.api.stem import projectgroupmembershipinvitation_accept

            return projectgroupmembershipinvitation_accept
        case ("projectgroupmembershipinvitation", "cancel"):
            from brainstem_api_client.api.stem import projectgroupmembershipinvitation_cancel

            return projectgroupmembershipinvitation_cancel
        case ("projectgroupmembershipinvitation", "reject"):
            from brainstem_api_client.api.stem import projectgroupmembershipinvitation_reject

            return projectgroupmembershipinvitation_reject
        case ("projectmembershipinvitation", "accept"):
            from brainstem_api_client.api.stem import projectmembershipinvitation_accept

            return projectmembershipinvitation_accept
        case ("projectmembershipinvitation", "cancel"):
            from brainstem_api_client.api.stem import projectmembershipinvitation_cancel

            return projectmembershipinvitation_cancel
        case ("projectmembershipinvitation", "reject"):
            from brainstem_api_client.api.stem import projectmembershipinvitation_reject

            return projectmembershipinvitation_reject
        case ("regulatoryauthorityapproval", "accept"):
            from brainstem_api_client.api.taxonomies import regulatoryauthorityapproval_accept

            return regulatoryauthorityapproval_accept
        case ("regulatoryauthorityapproval", "reject"):
            from brainstem_api_client.api.taxonomies import regulatoryauthorityapproval_reject

            return regulatoryauthorityapproval_reject
        case ("setuptypeapproval", "accept"):
            from brainstem_api_client.api.taxonomies import setuptypeapproval_accept

            return setuptypeapproval_accept
        case ("setuptypeapproval", "reject"):
            from brainstem_api_client.api.taxonomies import setuptypeapproval_reject

            return setuptypeapproval_reject
        case ("speciesapproval", "accept"):
            from brainstem_api_client.api.taxonomies import speciesapproval_accept

            return speciesapproval_accept
        case ("speciesapproval", "reject"):
            from brainstem_api_client.api.taxonomies import speciesapproval_reject

            return speciesapproval_reject
        case ("strainapproval", "accept"):
            from brainstem_api_client.api.taxonomies import strainapproval_accept

            return strainapproval_accept
        case ("strainapproval", "reject"):
            from brainstem_api_client.api.taxonomies import strainapproval_reject

            return strainapproval_reject
        case ("supplierapproval", "accept"):
            from brainstem_api_client.api.resources import supplierapproval_accept

            return supplierapproval_accept
        case ("supplierapproval", "reject"):
            from brainstem_api_client.api.resources import supplierapproval_reject

            return supplierapproval_reject
    raise LookupError(f"no action operation for {key!r}")


def body_action_endpoint(key: tuple[str, str]) -> BodyActionEndpoint:
    match key:
        case ("procedurelog", "add_entry"):
            from brainstem_api_client.api.modules import procedurelog_add_entry

            return procedurelog_add_entry
        case ("procedurelog", "change_entry"):
            from brainstem_api_client.api.modules import procedurelog_change_entry

            return procedurelog_change_entry
        case ("procedurelog", "remove_entry"):
            from brainstem_api_client.api.modules import procedurelog_remove_entry

            return procedurelog_remove_entry
        case ("subjectlog", "add_entry"):
            from brainstem_api_client.api.modules import subjectlog_add_entry

            return subjectlog_add_entry
        case ("subjectlog", "change_entry"):
            from brainstem_api_client.api.modules import subjectlog_change_entry

            return subjectlog_change_entry
        case ("subjectlog", "remove_entry"):
            from brainstem_api_client.api.modules import subjectlog_remove_entry

            return subjectlog_remove_entry
    raise LookupError(f"no body action operation for {key!r}")
