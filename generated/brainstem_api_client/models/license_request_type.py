from enum import StrEnum


class LicenseRequestType(StrEnum):
    ANIMAL_RESEARCH_AUTHORIZATION = "animal_research_authorization"
    BIOSAFETY_GMO_AUTHORIZATION = "biosafety_gmo_authorization"
    CHEMICAL_USE_AUTHORIZATION = "chemical_use_authorization"
    CONTROLLED_SUBSTANCE_LICENSE = "controlled_substance_license"
    HUMAN_RESEARCH_AUTHORIZATION = "human_research_authorization"
    IMPORT_EXPORT_PERMIT = "import_export_permit"
    WILDLIFE_FIELDWORK_PERMIT = "wildlife_fieldwork_permit"

    def __str__(self) -> str:
        return str(self.value)
