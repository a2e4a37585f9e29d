"""Contains all the data models used in inputs/outputs

Each name is imported from its module on first use (PEP 562), so that importing one model
or one endpoint module does not import all of them.
"""

import importlib
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .behavior import Behavior
    from .behavior_detail import BehaviorDetail
    from .behavior_list import BehaviorList
    from .behavior_request import BehaviorRequest
    from .behavioral_assay import BehavioralAssay
    from .behavioral_assay_detail import BehavioralAssayDetail
    from .behavioral_assay_list import BehavioralAssayList
    from .behavioral_assay_request import BehavioralAssayRequest
    from .behavioral_category import BehavioralCategory
    from .behavioral_category_approval import BehavioralCategoryApproval
    from .behavioral_category_approval_detail import BehavioralCategoryApprovalDetail
    from .behavioral_category_approval_list import BehavioralCategoryApprovalList
    from .behavioral_category_detail import BehavioralCategoryDetail
    from .behavioral_category_list import BehavioralCategoryList
    from .behavioral_category_request import BehavioralCategoryRequest
    from .behavioral_paradigm import BehavioralParadigm
    from .behavioral_paradigm_approval import BehavioralParadigmApproval
    from .behavioral_paradigm_approval_detail import BehavioralParadigmApprovalDetail
    from .behavioral_paradigm_approval_external_identifiers_type_0 import (
        BehavioralParadigmApprovalExternalIdentifiersType0,
    )
    from .behavioral_paradigm_approval_list import BehavioralParadigmApprovalList
    from .behavioral_paradigm_detail import BehavioralParadigmDetail
    from .behavioral_paradigm_external_identifiers_type_0 import (
        BehavioralParadigmExternalIdentifiersType0,
    )
    from .behavioral_paradigm_list import BehavioralParadigmList
    from .behavioral_paradigm_request import BehavioralParadigmRequest
    from .behavioral_paradigm_request_external_identifiers_type_0 import (
        BehavioralParadigmRequestExternalIdentifiersType0,
    )
    from .brain_region import BrainRegion
    from .brain_region_atlas import BrainRegionAtlas
    from .brain_region_detail import BrainRegionDetail
    from .brain_region_list import BrainRegionList
    from .brain_region_request import BrainRegionRequest
    from .brain_region_request_atlas import BrainRegionRequestAtlas
    from .breeding import Breeding
    from .breeding_detail import BreedingDetail
    from .breeding_list import BreedingList
    from .breeding_request import BreedingRequest
    from .cohort import Cohort
    from .cohort_detail import CohortDetail
    from .cohort_list import CohortList
    from .cohort_request import CohortRequest
    from .collection import Collection
    from .collection_detail import CollectionDetail
    from .collection_list import CollectionList
    from .collection_request import CollectionRequest
    from .consumable import Consumable
    from .consumable_approval import ConsumableApproval
    from .consumable_approval_detail import ConsumableApprovalDetail
    from .consumable_approval_details import ConsumableApprovalDetails
    from .consumable_approval_list import ConsumableApprovalList
    from .consumable_detail import ConsumableDetail
    from .consumable_details import ConsumableDetails
    from .consumable_list import ConsumableList
    from .consumable_request import ConsumableRequest
    from .consumable_request_details import ConsumableRequestDetails
    from .consumable_stock import ConsumableStock
    from .consumable_stock_detail import ConsumableStockDetail
    from .consumable_stock_details import ConsumableStockDetails
    from .consumable_stock_list import ConsumableStockList
    from .consumable_stock_request import ConsumableStockRequest
    from .consumable_stock_type import ConsumableStockType
    from .coordinates_details import CoordinatesDetails
    from .coordinates_system import CoordinatesSystem
    from .data_acquisition import DataAcquisition
    from .data_acquisition_detail import DataAcquisitionDetail
    from .data_acquisition_details import DataAcquisitionDetails
    from .data_acquisition_list import DataAcquisitionList
    from .data_acquisition_request import DataAcquisitionRequest
    from .data_acquisition_type import DataAcquisitionType
    from .data_storage import DataStorage
    from .data_storage_detail import DataStorageDetail
    from .data_storage_list import DataStorageList
    from .data_storage_request import DataStorageRequest
    from .device_authorization import DeviceAuthorization
    from .device_authorization_request import DeviceAuthorizationRequest
    from .device_token_request import DeviceTokenRequest
    from .device_token_response import DeviceTokenResponse
    from .device_token_response_error import DeviceTokenResponseError
    from .device_token_response_status import DeviceTokenResponseStatus
    from .download_link import DownloadLink
    from .download_link_repository import DownloadLinkRepository
    from .equipment import Equipment
    from .equipment_detail import EquipmentDetail
    from .equipment_details import EquipmentDetails
    from .equipment_list import EquipmentList
    from .equipment_request import EquipmentRequest
    from .equipment_type import EquipmentType
    from .error import Error
    from .error_additional_property_type_2 import ErrorAdditionalPropertyType2
    from .extra_fields import ExtraFields
    from .filters import Filters
    from .group import Group
    from .group_detail import GroupDetail
    from .group_list import GroupList
    from .group_membership_invitation import GroupMembershipInvitation
    from .group_membership_invitation_detail import GroupMembershipInvitationDetail
    from .group_membership_invitation_list import GroupMembershipInvitationList
    from .group_membership_request import GroupMembershipRequest
    from .group_membership_request_detail import GroupMembershipRequestDetail
    from .group_membership_request_list import GroupMembershipRequestList
    from .group_request import GroupRequest
    from .group_users import GroupUsers
    from .group_users_additional_property import GroupUsersAdditionalProperty
    from .hardware_device import HardwareDevice
    from .hardware_device_approval import HardwareDeviceApproval
    from .hardware_device_approval_detail import HardwareDeviceApprovalDetail
    from .hardware_device_approval_list import HardwareDeviceApprovalList
    from .hardware_device_detail import HardwareDeviceDetail
    from .hardware_device_list import HardwareDeviceList
    from .hardware_device_request import HardwareDeviceRequest
    from .included_record import IncludedRecord
    from .inventory import Inventory
    from .inventory_detail import InventoryDetail
    from .inventory_list import InventoryList
    from .inventory_request import InventoryRequest
    from .journal import Journal
    from .journal_approval import JournalApproval
    from .journal_approval_detail import JournalApprovalDetail
    from .journal_approval_list import JournalApprovalList
    from .journal_detail import JournalDetail
    from .journal_list import JournalList
    from .journal_request import JournalRequest
    from .laboratory import Laboratory
    from .laboratory_detail import LaboratoryDetail
    from .laboratory_list import LaboratoryList
    from .laboratory_request import LaboratoryRequest
    from .license_ import License
    from .license_detail import LicenseDetail
    from .license_list import LicenseList
    from .license_request import LicenseRequest
    from .license_request_status import LicenseRequestStatus
    from .license_request_type import LicenseRequestType
    from .license_status import LicenseStatus
    from .license_type import LicenseType
    from .manipulation import Manipulation
    from .manipulation_detail import ManipulationDetail
    from .manipulation_details_type_0_item import ManipulationDetailsType0Item
    from .manipulation_details_type_1 import ManipulationDetailsType1
    from .manipulation_list import ManipulationList
    from .manipulation_request import ManipulationRequest
    from .manipulation_type import ManipulationType
    from .meta import Meta
    from .nullable_extra_fields_type_0 import NullableExtraFieldsType0
    from .patched_behavior_request import PatchedBehaviorRequest
    from .patched_behavioral_assay_request import PatchedBehavioralAssayRequest
    from .patched_behavioral_category_request import PatchedBehavioralCategoryRequest
    from .patched_behavioral_paradigm_request import PatchedBehavioralParadigmRequest
    from .patched_behavioral_paradigm_request_external_identifiers_type_0 import (
        PatchedBehavioralParadigmRequestExternalIdentifiersType0,
    )
    from .patched_brain_region_request import PatchedBrainRegionRequest
    from .patched_brain_region_request_atlas import PatchedBrainRegionRequestAtlas
    from .patched_breeding_request import PatchedBreedingRequest
    from .patched_cohort_request import PatchedCohortRequest
    from .patched_collection_request import PatchedCollectionRequest
    from .patched_consumable_request import PatchedConsumableRequest
    from .patched_consumable_request_details import PatchedConsumableRequestDetails
    from .patched_consumable_stock_request import PatchedConsumableStockRequest
    from .patched_data_acquisition_request import PatchedDataAcquisitionRequest
    from .patched_data_storage_request import PatchedDataStorageRequest
    from .patched_equipment_request import PatchedEquipmentRequest
    from .patched_group_request import PatchedGroupRequest
    from .patched_group_request_users import PatchedGroupRequestUsers
    from .patched_group_request_users_additional_property import (
        PatchedGroupRequestUsersAdditionalProperty,
    )
    from .patched_hardware_device_request import PatchedHardwareDeviceRequest
    from .patched_inventory_request import PatchedInventoryRequest
    from .patched_journal_request import PatchedJournalRequest
    from .patched_laboratory_request import PatchedLaboratoryRequest
    from .patched_license_request import PatchedLicenseRequest
    from .patched_license_request_status import PatchedLicenseRequestStatus
    from .patched_license_request_type import PatchedLicenseRequestType
    from .patched_manipulation_request import PatchedManipulationRequest
    from .patched_procedure_log_request import PatchedProcedureLogRequest
    from .patched_procedure_request import PatchedProcedureRequest
    from .patched_project_request import PatchedProjectRequest
    from .patched_project_request_groups import PatchedProjectRequestGroups
    from .patched_project_request_users import PatchedProjectRequestUsers
    from .patched_publication_request import PatchedPublicationRequest
    from .patched_regulatory_authority_request import PatchedRegulatoryAuthorityRequest
    from .patched_regulatory_authority_request_authority_type import (
        PatchedRegulatoryAuthorityRequestAuthorityType,
    )
    from .patched_session_data_storage_request import PatchedSessionDataStorageRequest
    from .patched_session_request import PatchedSessionRequest
    from .patched_setup_request import PatchedSetupRequest
    from .patched_setup_type_request import PatchedSetupTypeRequest
    from .patched_setup_type_request_category import PatchedSetupTypeRequestCategory
    from .patched_species_request import PatchedSpeciesRequest
    from .patched_strain_request import PatchedStrainRequest
    from .patched_subject_log_request import PatchedSubjectLogRequest
    from .patched_subject_request import PatchedSubjectRequest
    from .patched_subject_request_sex import PatchedSubjectRequestSex
    from .patched_subject_request_status import PatchedSubjectRequestStatus
    from .patched_supplier_request import PatchedSupplierRequest
    from .patched_user_request import PatchedUserRequest
    from .personal_attributes_data_organization_level import (
        PersonalAttributesDataOrganizationLevel,
    )
    from .personal_attributes_data_protocol import PersonalAttributesDataProtocol
    from .personal_attributes_setup_specifications_type_0_item import (
        PersonalAttributesSetupSpecificationsType0Item,
    )
    from .personal_attributes_setup_specifications_type_1 import (
        PersonalAttributesSetupSpecificationsType1,
    )
    from .portal import Portal
    from .private_portal import PrivatePortal
    from .procedure import Procedure
    from .procedure_detail import ProcedureDetail
    from .procedure_details import ProcedureDetails
    from .procedure_list import ProcedureList
    from .procedure_log import ProcedureLog
    from .procedure_log_add_entry_request import ProcedureLogAddEntryRequest
    from .procedure_log_change_entry_request import ProcedureLogChangeEntryRequest
    from .procedure_log_detail import ProcedureLogDetail
    from .procedure_log_details import ProcedureLogDetails
    from .procedure_log_entry import ProcedureLogEntry
    from .procedure_log_list import ProcedureLogList
    from .procedure_log_remove_entry_request import ProcedureLogRemoveEntryRequest
    from .procedure_log_request import ProcedureLogRequest
    from .procedure_log_type import ProcedureLogType
    from .procedure_request import ProcedureRequest
    from .procedure_type import ProcedureType
    from .project import Project
    from .project_detail import ProjectDetail
    from .project_group_membership_invitation import ProjectGroupMembershipInvitation
    from .project_group_membership_invitation_detail import (
        ProjectGroupMembershipInvitationDetail,
    )
    from .project_group_membership_invitation_list import (
        ProjectGroupMembershipInvitationList,
    )
    from .project_groups import ProjectGroups
    from .project_links import ProjectLinks
    from .project_list import ProjectList
    from .project_membership_invitation import ProjectMembershipInvitation
    from .project_membership_invitation_detail import ProjectMembershipInvitationDetail
    from .project_membership_invitation_list import ProjectMembershipInvitationList
    from .project_request import ProjectRequest
    from .project_users import ProjectUsers
    from .publication import Publication
    from .publication_detail import PublicationDetail
    from .publication_list import PublicationList
    from .publication_request import PublicationRequest
    from .regulatory_authority import RegulatoryAuthority
    from .regulatory_authority_approval import RegulatoryAuthorityApproval
    from .regulatory_authority_approval_authority_type import (
        RegulatoryAuthorityApprovalAuthorityType,
    )
    from .regulatory_authority_approval_detail import RegulatoryAuthorityApprovalDetail
    from .regulatory_authority_approval_list import RegulatoryAuthorityApprovalList
    from .regulatory_authority_authority_type import RegulatoryAuthorityAuthorityType
    from .regulatory_authority_detail import RegulatoryAuthorityDetail
    from .regulatory_authority_list import RegulatoryAuthorityList
    from .regulatory_authority_request import RegulatoryAuthorityRequest
    from .regulatory_authority_request_authority_type import (
        RegulatoryAuthorityRequestAuthorityType,
    )
    from .resources_external_identifier import ResourcesExternalIdentifier
    from .session import Session
    from .session_data_storage import SessionDataStorage
    from .session_data_storage_detail import SessionDataStorageDetail
    from .session_data_storage_list import SessionDataStorageList
    from .session_data_storage_request import SessionDataStorageRequest
    from .session_detail import SessionDetail
    from .session_links import SessionLinks
    from .session_list import SessionList
    from .session_request import SessionRequest
    from .setup import Setup
    from .setup_detail import SetupDetail
    from .setup_list import SetupList
    from .setup_request import SetupRequest
    from .setup_type import SetupType
    from .setup_type_approval import SetupTypeApproval
    from .setup_type_approval_category import SetupTypeApprovalCategory
    from .setup_type_approval_detail import SetupTypeApprovalDetail
    from .setup_type_approval_list import SetupTypeApprovalList
    from .setup_type_category import SetupTypeCategory
    from .setup_type_detail import SetupTypeDetail
    from .setup_type_list import SetupTypeList
    from .setup_type_request import SetupTypeRequest
    from .setup_type_request_category import SetupTypeRequestCategory
    from .species import Species
    from .species_approval import SpeciesApproval
    from .species_approval_detail import SpeciesApprovalDetail
    from .species_approval_list import SpeciesApprovalList
    from .species_detail import SpeciesDetail
    from .species_list import SpeciesList
    from .species_request import SpeciesRequest
    from .stem_project_member_permissions import StemProjectMemberPermissions
    from .stem_project_member_permissions_request import (
        StemProjectMemberPermissionsRequest,
    )
    from .strain import Strain
    from .strain_approval import StrainApproval
    from .strain_approval_detail import StrainApprovalDetail
    from .strain_approval_list import StrainApprovalList
    from .strain_detail import StrainDetail
    from .strain_list import StrainList
    from .strain_request import StrainRequest
    from .subject import Subject
    from .subject_detail import SubjectDetail
    from .subject_links import SubjectLinks
    from .subject_list import SubjectList
    from .subject_log import SubjectLog
    from .subject_log_add_entry_request import SubjectLogAddEntryRequest
    from .subject_log_change_entry_request import SubjectLogChangeEntryRequest
    from .subject_log_detail import SubjectLogDetail
    from .subject_log_details import SubjectLogDetails
    from .subject_log_entry import SubjectLogEntry
    from .subject_log_list import SubjectLogList
    from .subject_log_remove_entry_request import SubjectLogRemoveEntryRequest
    from .subject_log_request import SubjectLogRequest
    from .subject_log_type import SubjectLogType
    from .subject_request import SubjectRequest
    from .subject_request_sex import SubjectRequestSex
    from .subject_request_status import SubjectRequestStatus
    from .subject_sex import SubjectSex
    from .subject_status import SubjectStatus
    from .supplier import Supplier
    from .supplier_approval import SupplierApproval
    from .supplier_approval_detail import SupplierApprovalDetail
    from .supplier_approval_list import SupplierApprovalList
    from .supplier_detail import SupplierDetail
    from .supplier_list import SupplierList
    from .supplier_request import SupplierRequest
    from .user import User
    from .user_detail import UserDetail
    from .user_groups_own_json_item import UserGroupsOwnJsonItem
    from .user_list import UserList

__all__ = (
    "Behavior",
    "BehavioralAssay",
    "BehavioralAssayDetail",
    "BehavioralAssayList",
    "BehavioralAssayRequest",
    "BehavioralCategory",
    "BehavioralCategoryApproval",
    "BehavioralCategoryApprovalDetail",
    "BehavioralCategoryApprovalList",
    "BehavioralCategoryDetail",
    "BehavioralCategoryList",
    "BehavioralCategoryRequest",
    "BehavioralParadigm",
    "BehavioralParadigmApproval",
    "BehavioralParadigmApprovalDetail",
    "BehavioralParadigmApprovalExternalIdentifiersType0",
    "BehavioralParadigmApprovalList",
    "BehavioralParadigmDetail",
    "BehavioralParadigmExternalIdentifiersType0",
    "BehavioralParadigmList",
    "BehavioralParadigmRequest",
    "BehavioralParadigmRequestExternalIdentifiersType0",
    "BehaviorDetail",
    "BehaviorList",
    "BehaviorRequest",
    "BrainRegion",
    "BrainRegionAtlas",
    "BrainRegionDetail",
    "BrainRegionList",
    "BrainRegionRequest",
    "BrainRegionRequestAtlas",
    "Breeding",
    "BreedingDetail",
    "BreedingList",
    "BreedingRequest",
    "Cohort",
    "CohortDetail",
    "CohortList",
    "CohortRequest",
    "Collection",
    "CollectionDetail",
    "CollectionList",
    "CollectionRequest",
    "Consumable",
    "ConsumableApproval",
    "ConsumableApprovalDetail",
    "ConsumableApprovalDetails",
    "ConsumableApprovalList",
    "ConsumableDetail",
    "ConsumableDetails",
    "ConsumableList",
    "ConsumableRequest",
    "ConsumableRequestDetails",
    "ConsumableStock",
    "ConsumableStockDetail",
    "ConsumableStockDetails",
    "ConsumableStockList",
    "ConsumableStockRequest",
    "ConsumableStockType",
    "CoordinatesDetails",
    "CoordinatesSystem",
    "DataAcquisition",
    "DataAcquisitionDetail",
    "DataAcquisitionDetails",
    "DataAcquisitionList",
    "DataAcquisitionRequest",
    "DataAcquisitionType",
    "DataStorage",
    "DataStorageDetail",
    "DataStorageList",
    "DataStorageRequest",
    "DeviceAuthorization",
    "DeviceAuthorizationRequest",
    "DeviceTokenRequest",
    "DeviceTokenResponse",
    "DeviceTokenResponseError",
    "DeviceTokenResponseStatus",
    "DownloadLink",
    "DownloadLinkRepository",
    "Equipment",
    "EquipmentDetail",
    "EquipmentDetails",
    "EquipmentList",
    "EquipmentRequest",
    "EquipmentType",
    "Error",
    "ErrorAdditionalPropertyType2",
    "ExtraFields",
    "Filters",
    "Group",
    "GroupDetail",
    "GroupList",
    "GroupMembershipInvitation",
    "GroupMembershipInvitationDetail",
    "GroupMembershipInvitationList",
    "GroupMembershipRequest",
    "GroupMembershipRequestDetail",
    "GroupMembershipRequestList",
    "GroupRequest",
    "GroupUsers",
    "GroupUsersAdditionalProperty",
    "HardwareDevice",
    "HardwareDeviceApproval",
    "HardwareDeviceApprovalDetail",
    "HardwareDeviceApprovalList",
    "HardwareDeviceDetail",
    "HardwareDeviceList",
    "HardwareDeviceRequest",
    "IncludedRecord",
    "Inventory",
    "InventoryDetail",
    "InventoryList",
    "InventoryRequest",
    "Journal",
    "JournalApproval",
    "JournalApprovalDetail",
    "JournalApprovalList",
    "JournalDetail",
    "JournalList",
    "JournalRequest",
    "Laboratory",
    "LaboratoryDetail",
    "LaboratoryList",
    "LaboratoryRequest",
    "License",
    "LicenseDetail",
    "LicenseList",
    "LicenseRequest",
    "LicenseRequestStatus",
    "LicenseRequestType",
    "LicenseStatus",
    "LicenseType",
    "Manipulation",
    "ManipulationDetail",
    "ManipulationDetailsType0Item",
    "ManipulationDetailsType1",
    "ManipulationList",
    "ManipulationRequest",
    "ManipulationType",
    "Meta",
    "NullableExtraFieldsType0",
    "PatchedBehavioralAssayRequest",
    "PatchedBehavioralCategoryRequest",
    "PatchedBehavioralParadigmRequest",
    "PatchedBehavioralParadigmRequestExternalIdentifiersType0",
    "PatchedBehaviorRequest",
    "PatchedBrainRegionRequest",
    "PatchedBrainRegionRequestAtlas",
    "PatchedBreedingRequest",
    "PatchedCohortRequest",
    "PatchedCollectionRequest",
    "PatchedConsumableRequest",
    "PatchedConsumableRequestDetails",
    "PatchedConsumableStockRequest",
    "PatchedDataAcquisitionRequest",
    "PatchedDataStorageRequest",
    "PatchedEquipmentRequest",
    "PatchedGroupRequest",
    "PatchedGroupRequestUsers",
    "PatchedGroupRequestUsersAdditionalProperty",
    "PatchedHardwareDeviceRequest",
    "PatchedInventoryRequest",
    "PatchedJournalRequest",
    "PatchedLaboratoryRequest",
    "PatchedLicenseRequest",
    "PatchedLicenseRequestStatus",
    "PatchedLicenseRequestType",
    "PatchedManipulationRequest",
    "PatchedProcedureLogRequest",
    "PatchedProcedureRequest",
    "PatchedProjectRequest",
    "PatchedProjectRequestGroups",
    "PatchedProjectRequestUsers",
    "PatchedPublicationRequest",
    "PatchedRegulatoryAuthorityRequest",
    "PatchedRegulatoryAuthorityRequestAuthorityType",
    "PatchedSessionDataStorageRequest",
    "PatchedSessionRequest",
    "PatchedSetupRequest",
    "PatchedSetupTypeRequest",
    "PatchedSetupTypeRequestCategory",
    "PatchedSpeciesRequest",
    "PatchedStrainRequest",
    "PatchedSubjectLogRequest",
    "PatchedSubjectRequest",
    "PatchedSubjectRequestSex",
    "PatchedSubjectRequestStatus",
    "PatchedSupplierRequest",
    "PatchedUserRequest",
    "PersonalAttributesDataOrganizationLevel",
    "PersonalAttributesDataProtocol",
    "PersonalAttributesSetupSpecificationsType0Item",
    "PersonalAttributesSetupSpecificationsType1",
    "Portal",
    "PrivatePortal",
    "Procedure",
    "ProcedureDetail",
    "ProcedureDetails",
    "ProcedureList",
    "ProcedureLog",
    "ProcedureLogAddEntryRequest",
    "ProcedureLogChangeEntryRequest",
    "ProcedureLogDetail",
    "ProcedureLogDetails",
    "ProcedureLogEntry",
    "ProcedureLogList",
    "ProcedureLogRemoveEntryRequest",
    "ProcedureLogRequest",
    "ProcedureLogType",
    "ProcedureRequest",
    "ProcedureType",
    "Project",
    "ProjectDetail",
    "ProjectGroupMembershipInvitation",
    "ProjectGroupMembershipInvitationDetail",
    "ProjectGroupMembershipInvitationList",
    "ProjectGroups",
    "ProjectLinks",
    "ProjectList",
    "ProjectMembershipInvitation",
    "ProjectMembershipInvitationDetail",
    "ProjectMembershipInvitationList",
    "ProjectRequest",
    "ProjectUsers",
    "Publication",
    "PublicationDetail",
    "PublicationList",
    "PublicationRequest",
    "RegulatoryAuthority",
    "RegulatoryAuthorityApproval",
    "RegulatoryAuthorityApprovalAuthorityType",
    "RegulatoryAuthorityApprovalDetail",
    "RegulatoryAuthorityApprovalList",
    "RegulatoryAuthorityAuthorityType",
    "RegulatoryAuthorityDetail",
    "RegulatoryAuthorityList",
    "RegulatoryAuthorityRequest",
    "RegulatoryAuthorityRequestAuthorityType",
    "ResourcesExternalIdentifier",
    "Session",
    "SessionDataStorage",
    "SessionDataStorageDetail",
    "SessionDataStorageList",
    "SessionDataStorageRequest",
    "SessionDetail",
    "SessionLinks",
    "SessionList",
    "SessionRequest",
    "Setup",
    "SetupDetail",
    "SetupList",
    "SetupRequest",
    "SetupType",
    "SetupTypeApproval",
    "SetupTypeApprovalCategory",
    "SetupTypeApprovalDetail",
    "SetupTypeApprovalList",
    "SetupTypeCategory",
    "SetupTypeDetail",
    "SetupTypeList",
    "SetupTypeRequest",
    "SetupTypeRequestCategory",
    "Species",
    "SpeciesApproval",
    "SpeciesApprovalDetail",
    "SpeciesApprovalList",
    "SpeciesDetail",
    "SpeciesList",
    "SpeciesRequest",
    "StemProjectMemberPermissions",
    "StemProjectMemberPermissionsRequest",
    "Strain",
    "StrainApproval",
    "StrainApprovalDetail",
    "StrainApprovalList",
    "StrainDetail",
    "StrainList",
    "StrainRequest",
    "Subject",
    "SubjectDetail",
    "SubjectLinks",
    "SubjectList",
    "SubjectLog",
    "SubjectLogAddEntryRequest",
    "SubjectLogChangeEntryRequest",
    "SubjectLogDetail",
    "SubjectLogDetails",
    "SubjectLogEntry",
    "SubjectLogList",
    "SubjectLogRemoveEntryRequest",
    "SubjectLogRequest",
    "SubjectLogType",
    "SubjectRequest",
    "SubjectRequestSex",
    "SubjectRequestStatus",
    "SubjectSex",
    "SubjectStatus",
    "Supplier",
    "SupplierApproval",
    "SupplierApprovalDetail",
    "SupplierApprovalList",
    "SupplierDetail",
    "SupplierList",
    "SupplierRequest",
    "User",
    "UserDetail",
    "UserGroupsOwnJsonItem",
    "UserList",
)

_MODULES = {
    "Behavior": "behavior",
    "BehaviorDetail": "behavior_detail",
    "BehaviorList": "behavior_list",
    "BehaviorRequest": "behavior_request",
    "BehavioralAssay": "behavioral_assay",
    "BehavioralAssayDetail": "behavioral_assay_detail",
    "BehavioralAssayList": "behavioral_assay_list",
    "BehavioralAssayRequest": "behavioral_assay_request",
    "BehavioralCategory": "behavioral_category",
    "BehavioralCategoryApproval": "behavioral_category_approval",
    "BehavioralCategoryApprovalDetail": "behavioral_category_approval_detail",
    "BehavioralCategoryApprovalList": "behavioral_category_approval_list",
    "BehavioralCategoryDetail": "behavioral_category_detail",
    "BehavioralCategoryList": "behavioral_category_list",
    "BehavioralCategoryRequest": "behavioral_category_request",
    "BehavioralParadigm": "behavioral_paradigm",
    "BehavioralParadigmApproval": "behavioral_paradigm_approval",
    "BehavioralParadigmApprovalDetail": "behavioral_paradigm_approval_detail",
    "BehavioralParadigmApprovalExternalIdentifiersType0": "behavioral_paradigm_approval_external_identifiers_type_0",
    "BehavioralParadigmApprovalList": "behavioral_paradigm_approval_list",
    "BehavioralParadigmDetail": "behavioral_paradigm_detail",
    "BehavioralParadigmExternalIdentifiersType0": "behavioral_paradigm_external_identifiers_type_0",
    "BehavioralParadigmList": "behavioral_paradigm_list",
    "BehavioralParadigmRequest": "behavioral_paradigm_request",
    "BehavioralParadigmRequestExternalIdentifiersType0": "behavioral_paradigm_request_external_identifiers_type_0",
    "BrainRegion": "brain_region",
    "BrainRegionAtlas": "brain_region_atlas",
    "BrainRegionDetail": "brain_region_detail",
    "BrainRegionList": "brain_region_list",
    "BrainRegionRequest": "brain_region_request",
    "BrainRegionRequestAtlas": "brain_region_request_atlas",
    "Breeding": "breeding",
    "BreedingDetail": "breeding_detail",
    "BreedingList": "breeding_list",
    "BreedingRequest": "breeding_request",
    "Cohort": "cohort",
    "CohortDetail": "cohort_detail",
    "CohortList": "cohort_list",
    "CohortRequest": "cohort_request",
    "Collection": "collection",
    "CollectionDetail": "collection_detail",
    "CollectionList": "collection_list",
    "CollectionRequest": "collection_request",
    "Consumable": "consumable",
    "ConsumableApproval": "consumable_approval",
    "ConsumableApprovalDetail": "consumable_approval_detail",
    "ConsumableApprovalDetails": "consumable_approval_details",
    "ConsumableApprovalList": "consumable_approval_list",
    "ConsumableDetail": "consumable_detail",
    "ConsumableDetails": "consumable_details",
    "ConsumableList": "consumable_list",
    "ConsumableRequest": "consumable_request",
    "ConsumableRequestDetails": "consumable_request_details",
    "ConsumableStock": "consumable_stock",
    "ConsumableStockDetail": "consumable_stock_detail",
    "ConsumableStockDetails": "consumable_stock_details",
    "ConsumableStockList": "consumable_stock_list",
    "ConsumableStockRequest": "consumable_stock_request",
    "ConsumableStockType": "consumable_stock_type",
    "CoordinatesDetails": "coordinates_details",
    "CoordinatesSystem": "coordinates_system",
    "DataAcquisition": "data_acquisition",
    "DataAcquisitionDetail": "data_acquisition_detail",
    "DataAcquisitionDetails": "data_acquisition_details",
    "DataAcquisitionList": "data_acquisition_list",
    "DataAcquisitionRequest": "data_acquisition_request",
    "DataAcquisitionType": "data_acquisition_type",
    "DataStorage": "data_storage",
    "DataStorageDetail": "data_storage_detail",
    "DataStorageList": "data_storage_list",
    "DataStorageRequest": "data_storage_request",
    "DeviceAuthorization": "device_authorization",
    "DeviceAuthorizationRequest": "device_authorization_request",
    "DeviceTokenRequest": "device_token_request",
    "DeviceTokenResponse": "device_token_response",
    "DeviceTokenResponseError": "device_token_response_error",
    "DeviceTokenResponseStatus": "device_token_response_status",
    "DownloadLink": "download_link",
    "DownloadLinkRepository": "download_link_repository",
    "Equipment": "equipment",
    "EquipmentDetail": "equipment_detail",
    "EquipmentDetails": "equipment_details",
    "EquipmentList": "equipment_list",
    "EquipmentRequest": "equipment_request",
    "EquipmentType": "equipment_type",
    "Error": "error",
    "ErrorAdditionalPropertyType2": "error_additional_property_type_2",
    "ExtraFields": "extra_fields",
    "Filters": "filters",
    "Group": "group",
    "GroupDetail": "group_detail",
    "GroupList": "group_list",
    "GroupMembershipInvitation": "group_membership_invitation",
    "GroupMembershipInvitationDetail": "group_membership_invitation_detail",
    "GroupMembershipInvitationList": "group_membership_invitation_list",
    "GroupMembershipRequest": "group_membership_request",
    "GroupMembershipRequestDetail": "group_membership_request_detail",
    "GroupMembershipRequestList": "group_membership_request_list",
    "GroupRequest": "group_request",
    "GroupUsers": "group_users",
    "GroupUsersAdditionalProperty": "group_users_additional_property",
    "HardwareDevice": "hardware_device",
    "HardwareDeviceApproval": "hardware_device_approval",
    "HardwareDeviceApprovalDetail": "hardware_device_approval_detail",
    "HardwareDeviceApprovalList": "hardware_device_approval_list",
    "HardwareDeviceDetail": "hardware_device_detail",
    "HardwareDeviceList": "hardware_device_list",
    "HardwareDeviceRequest": "hardware_device_request",
    "IncludedRecord": "included_record",
    "Inventory": "inventory",
    "InventoryDetail": "inventory_detail",
    "InventoryList": "inventory_list",
    "InventoryRequest": "inventory_request",
    "Journal": "journal",
    "JournalApproval": "journal_approval",
    "JournalApprovalDetail": "journal_approval_detail",
    "JournalApprovalList": "journal_approval_list",
    "JournalDetail": "journal_detail",
    "JournalList": "journal_list",
    "JournalRequest": "journal_request",
    "Laboratory": "laboratory",
    "LaboratoryDetail": "laboratory_detail",
    "LaboratoryList": "laboratory_list",
    "LaboratoryRequest": "laboratory_request",
    "License": "license_",
    "LicenseDetail": "license_detail",
    "LicenseList": "license_list",
    "LicenseRequest": "license_request",
    "LicenseRequestStatus": "license_request_status",
    "LicenseRequestType": "license_request_type",
    "LicenseStatus": "license_status",
    "LicenseType": "license_type",
    "Manipulation": "manipulation",
    "ManipulationDetail": "manipulation_detail",
    "ManipulationDetailsType0Item": "manipulation_details_type_0_item",
    "ManipulationDetailsType1": "manipulation_details_type_1",
    "ManipulationList": "manipulation_list",
    "ManipulationRequest": "manipulation_request",
    "ManipulationType": "manipulation_type",
    "Meta": "meta",
    "NullableExtraFieldsType0": "nullable_extra_fields_type_0",
    "PatchedBehaviorRequest": "patched_behavior_request",
    "PatchedBehavioralAssayRequest": "patched_behavioral_assay_request",
    "PatchedBehavioralCategoryRequest": "patched_behavioral_category_request",
    "PatchedBehavioralParadigmRequest": "patched_behavioral_paradigm_request",
    "PatchedBehavioralParadigmRequestExternalIdentifiersType0": "patched_behavioral_paradigm_request_external_identifiers_type_0",
    "PatchedBrainRegionRequest": "patched_brain_region_request",
    "PatchedBrainRegionRequestAtlas": "patched_brain_region_request_atlas",
    "PatchedBreedingRequest": "patched_breeding_request",
    "PatchedCohortRequest": "patched_cohort_request",
    "PatchedCollectionRequest": "patched_collection_request",
    "PatchedConsumableRequest": "patched_consumable_request",
    "PatchedConsumableRequestDetails": "patched_consumable_request_details",
    "PatchedConsumableStockRequest": "patched_consumable_stock_request",
    "PatchedDataAcquisitionRequest": "patched_data_acquisition_request",
    "PatchedDataStorageRequest": "patched_data_storage_request",
    "PatchedEquipmentRequest": "patched_equipment_request",
    "PatchedGroupRequest": "patched_group_request",
    "PatchedGroupRequestUsers": "patched_group_request_users",
    "PatchedGroupRequestUsersAdditionalProperty": "patched_group_request_users_additional_property",
    "PatchedHardwareDeviceRequest": "patched_hardware_device_request",
    "PatchedInventoryRequest": "patched_inventory_request",
    "PatchedJournalRequest": "patched_journal_request",
    "PatchedLaboratoryRequest": "patched_laboratory_request",
    "PatchedLicenseRequest": "patched_license_request",
    "PatchedLicenseRequestStatus": "patched_license_request_status",
    "PatchedLicenseRequestType": "patched_license_request_type",
    "PatchedManipulationRequest": "patched_manipulation_request",
    "PatchedProcedureLogRequest": "patched_procedure_log_request",
    "PatchedProcedureRequest": "patched_procedure_request",
    "PatchedProjectRequest": "patched_project_request",
    "PatchedProjectRequestGroups": "patched_project_request_groups",
    "PatchedProjectRequestUsers": "patched_project_request_users",
    "PatchedPublicationRequest": "patched_publication_request",
    "PatchedRegulatoryAuthorityRequest": "patched_regulatory_authority_request",
    "PatchedRegulatoryAuthorityRequestAuthorityType": "patched_regulatory_authority_request_authority_type",
    "PatchedSessionDataStorageRequest": "patched_session_data_storage_request",
    "PatchedSessionRequest": "patched_session_request",
    "PatchedSetupRequest": "patched_setup_request",
    "PatchedSetupTypeRequest": "patched_setup_type_request",
    "PatchedSetupTypeRequestCategory": "patched_setup_type_request_category",
    "PatchedSpeciesRequest": "patched_species_request",
    "PatchedStrainRequest": "patched_strain_request",
    "PatchedSubjectLogRequest": "patched_subject_log_request",
    "PatchedSubjectRequest": "patched_subject_request",
    "PatchedSubjectRequestSex": "patched_subject_request_sex",
    "PatchedSubjectRequestStatus": "patched_subject_request_status",
    "PatchedSupplierRequest": "patched_supplier_request",
    "PatchedUserRequest": "patched_user_request",
    "PersonalAttributesDataOrganizationLevel": "personal_attributes_data_organization_level",
    "PersonalAttributesDataProtocol": "personal_attributes_data_protocol",
    "PersonalAttributesSetupSpecificationsType0Item": "personal_attributes_setup_specifications_type_0_item",
    "PersonalAttributesSetupSpecificationsType1": "personal_attributes_setup_specifications_type_1",
    "Portal": "portal",
    "PrivatePortal": "private_portal",
    "Procedure": "procedure",
    "ProcedureDetail": "procedure_detail",
    "ProcedureDetails": "procedure_details",
    "ProcedureList": "procedure_list",
    "ProcedureLog": "procedure_log",
    "ProcedureLogAddEntryRequest": "procedure_log_add_entry_request",
    "ProcedureLogChangeEntryRequest": "procedure_log_change_entry_request",
    "ProcedureLogDetail": "procedure_log_detail",
    "ProcedureLogDetails": "procedure_log_details",
    "ProcedureLogEntry": "procedure_log_entry",
    "ProcedureLogList": "procedure_log_list",
    "ProcedureLogRemoveEntryRequest": "procedure_log_remove_entry_request",
    "ProcedureLogRequest": "procedure_log_request",
    "ProcedureLogType": "procedure_log_type",
    "ProcedureRequest": "procedure_request",
    "ProcedureType": "procedure_type",
    "Project": "project",
    "ProjectDetail": "project_detail",
    "ProjectGroupMembershipInvitation": "project_group_membership_invitation",
    "ProjectGroupMembershipInvitationDetail": "project_group_membership_invitation_detail",
    "ProjectGroupMembershipInvitationList": "project_group_membership_invitation_list",
    "ProjectGroups": "project_groups",
    "ProjectLinks": "project_links",
    "ProjectList": "project_list",
    "ProjectMembershipInvitation": "project_membership_invitation",
    "ProjectMembershipInvitationDetail": "project_membership_invitation_detail",
    "ProjectMembershipInvitationList": "project_membership_invitation_list",
    "ProjectRequest": "project_request",
    "ProjectUsers": "project_users",
    "Publication": "publication",
    "PublicationDetail": "publication_detail",
    "PublicationList": "publication_list",
    "PublicationRequest": "publication_request",
    "RegulatoryAuthority": "regulatory_authority",
    "RegulatoryAuthorityApproval": "regulatory_authority_approval",
    "RegulatoryAuthorityApprovalAuthorityType": "regulatory_authority_approval_authority_type",
    "RegulatoryAuthorityApprovalDetail": "regulatory_authority_approval_detail",
    "RegulatoryAuthorityApprovalList": "regulatory_authority_approval_list",
    "RegulatoryAuthorityAuthorityType": "regulatory_authority_authority_type",
    "RegulatoryAuthorityDetail": "regulatory_authority_detail",
    "RegulatoryAuthorityList": "regulatory_authority_list",
    "RegulatoryAuthorityRequest": "regulatory_authority_request",
    "RegulatoryAuthorityRequestAuthorityType": "regulatory_authority_request_authority_type",
    "ResourcesExternalIdentifier": "resources_external_identifier",
    "Session": "session",
    "SessionDataStorage": "session_data_storage",
    "SessionDataStorageDetail": "session_data_storage_detail",
    "SessionDataStorageList": "session_data_storage_list",
    "SessionDataStorageRequest": "session_data_storage_request",
    "SessionDetail": "session_detail",
    "SessionLinks": "session_links",
    "SessionList": "session_list",
    "SessionRequest": "session_request",
    "Setup": "setup",
    "SetupDetail": "setup_detail",
    "SetupList": "setup_list",
    "SetupRequest": "setup_request",
    "SetupType": "setup_type",
    "SetupTypeApproval": "setup_type_approval",
    "SetupTypeApprovalCategory": "setup_type_approval_category",
    "SetupTypeApprovalDetail": "setup_type_approval_detail",
    "SetupTypeApprovalList": "setup_type_approval_list",
    "SetupTypeCategory": "setup_type_category",
    "SetupTypeDetail": "setup_type_detail",
    "SetupTypeList": "setup_type_list",
    "SetupTypeRequest": "setup_type_request",
    "SetupTypeRequestCategory": "setup_type_request_category",
    "Species": "species",
    "SpeciesApproval": "species_approval",
    "SpeciesApprovalDetail": "species_approval_detail",
    "SpeciesApprovalList": "species_approval_list",
    "SpeciesDetail": "species_detail",
    "SpeciesList": "species_list",
    "SpeciesRequest": "species_request",
    "StemProjectMemberPermissions": "stem_project_member_permissions",
    "StemProjectMemberPermissionsRequest": "stem_project_member_permissions_request",
    "Strain": "strain",
    "StrainApproval": "strain_approval",
    "StrainApprovalDetail": "strain_approval_detail",
    "StrainApprovalList": "strain_approval_list",
    "StrainDetail": "strain_detail",
    "StrainList": "strain_list",
    "StrainRequest": "strain_request",
    "Subject": "subject",
    "SubjectDetail": "subject_detail",
    "SubjectLinks": "subject_links",
    "SubjectList": "subject_list",
    "SubjectLog": "subject_log",
    "SubjectLogAddEntryRequest": "subject_log_add_entry_request",
    "SubjectLogChangeEntryRequest": "subject_log_change_entry_request",
    "SubjectLogDetail": "subject_log_detail",
    "SubjectLogDetails": "subject_log_details",
    "SubjectLogEntry": "subject_log_entry",
    "SubjectLogList": "subject_log_list",
    "SubjectLogRemoveEntryRequest": "subject_log_remove_entry_request",
    "SubjectLogRequest": "subject_log_request",
    "SubjectLogType": "subject_log_type",
    "SubjectRequest": "subject_request",
    "SubjectRequestSex": "subject_request_sex",
    "SubjectRequestStatus": "subject_request_status",
    "SubjectSex": "subject_sex",
    "SubjectStatus": "subject_status",
    "Supplier": "supplier",
    "SupplierApproval": "supplier_approval",
    "SupplierApprovalDetail": "supplier_approval_detail",
    "SupplierApprovalList": "supplier_approval_list",
    "SupplierDetail": "supplier_detail",
    "SupplierList": "supplier_list",
    "SupplierRequest": "supplier_request",
    "User": "user",
    "UserDetail": "user_detail",
    "UserGroupsOwnJsonItem": "user_groups_own_json_item",
    "UserList": "user_list",
}


if not TYPE_CHECKING:  # type checkers see the imports above, and no catch-all

    def __getattr__(name: str) -> object:
        module = _MODULES.get(name)
        if module is None:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{module}"), name)
        globals()[name] = value
        return value

    def __dir__() -> list[str]:
        return sorted({*globals(), *__all__})
