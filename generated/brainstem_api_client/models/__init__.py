"""Contains all the data models used in inputs/outputs"""

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
from .stem_project_member_permissions_request import StemProjectMemberPermissionsRequest
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
